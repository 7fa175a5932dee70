package dev.margin.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A stored article at its current revision. Older revisions' texts stay in the store so that
 * annotations made on them can be re-anchored.
 *
 * @param contentHash {@link ContentHash#of} of {@link #text()}
 * @param revision    1 for the first import, one more for every changed re-import
 */
public record Article(long id, String title, String byline, String outlet, String url, LocalDate publishedDate,
                      Instant importedAt, String language, String text, List<Integer> headings,
                      String contentHash, int revision) {
    public Article {
        title = title == null ? "" : title;
        byline = byline == null ? "" : byline;
        outlet = outlet == null ? "" : outlet;
        language = language == null ? "" : language;
        Objects.requireNonNull(text, "text");
        headings = headings == null ? List.of() : List.copyOf(headings);
        Objects.requireNonNull(contentHash, "contentHash");
    }

    /** The paragraphs of the text, in order ({@code text} split at '\n'). */
    public List<String> paragraphs() {
        return List.of(text.split("\n", -1));
    }

    /**
     * The title; every article is stored with one ({@link ArticleTitle}), so this differs from {@link #title()} only
     * for an article made outside the library (a file being read back) whose source had none.
     */
    public String displayTitle() {
        return title.isBlank() ? ArticleTitle.fromText(text) : title;
    }
}
