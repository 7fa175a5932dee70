package dev.margin.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An article as an importer produced it, before the store gives it an id and a revision.
 *
 * @param url           the canonical source URL, or null for pasted text and local files without one
 * @param publishedDate the publication date, or null when unknown
 * @param language      a BCP 47 tag ("en", "ar"), or empty when unknown
 * @param text          the normalised reading text (see the package comment)
 * @param headings      indexes of the paragraphs that are headings
 */
public record ArticleDraft(String title, String byline, String outlet, String url, LocalDate publishedDate,
                           String language, String text, List<Integer> headings) {
    public ArticleDraft {
        title = title == null ? "" : title.strip();
        byline = byline == null ? "" : byline.strip();
        outlet = outlet == null ? "" : outlet.strip();
        language = language == null ? "" : language.strip();
        Objects.requireNonNull(text, "text");
        headings = headings == null ? List.of() : List.copyOf(headings);
    }

    public String contentHash() {
        return ContentHash.of(text);
    }

    public ArticleDraft withTitle(String newTitle) {
        return new ArticleDraft(newTitle, byline, outlet, url, publishedDate, language, text, headings);
    }
}
