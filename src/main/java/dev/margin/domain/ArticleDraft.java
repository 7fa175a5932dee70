package dev.margin.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.List;
import java.util.Objects;

/**
 * An article as an importer produced it, before the store gives it an id and a revision.
 *
 * @param url           the canonical source URL, or null for pasted text and local files without one
 * @param publishedDate the publication date, or null when unknown: the calendar date where it was published, as the
 *                      source gives it (never moved to another time zone)
 * @param publishedTime the time of day with the offset the source gives ("23:30-05:00"), or null when the source
 *                      gives only a date or a time without an offset; always null without a date
 * @param language      a BCP 47 tag ("en", "ar"), or empty when unknown
 * @param text          the normalised reading text (see the package comment)
 * @param headings      indexes of the paragraphs that are headings
 */
public record ArticleDraft(String title, String byline, String outlet, String url, LocalDate publishedDate,
                           String language, String text, List<Integer> headings, OffsetTime publishedTime) {
    public ArticleDraft {
        publishedTime = publishedDate == null ? null : publishedTime;
        title = title == null ? "" : title.strip();
        byline = byline == null ? "" : byline.strip();
        outlet = outlet == null ? "" : outlet.strip();
        language = language == null ? "" : language.strip();
        Objects.requireNonNull(text, "text");
        headings = headings == null ? List.of() : List.copyOf(headings);
    }

    /** A draft whose source gives the publication date only. */
    public ArticleDraft(String title, String byline, String outlet, String url, LocalDate publishedDate,
                        String language, String text, List<Integer> headings) {
        this(title, byline, outlet, url, publishedDate, language, text, headings, null);
    }

    /** The publication instant with the source's offset, or null when the source gives no time with an offset. */
    public OffsetDateTime publishedAt() {
        return PublishedTimes.at(publishedDate, publishedTime);
    }

    public String contentHash() {
        return ContentHash.of(text);
    }

    public ArticleDraft withTitle(String newTitle) {
        return new ArticleDraft(newTitle, byline, outlet, url, publishedDate, language, text, headings, publishedTime);
    }

    /** The same draft with another reading text and headings (a dropped block brought back, for one). */
    public ArticleDraft withText(String newText, List<Integer> newHeadings) {
        return new ArticleDraft(title, byline, outlet, url, publishedDate, language, newText, newHeadings, publishedTime);
    }
}
