package dev.margin.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.List;
import java.util.Objects;

/**
 * A stored article at its current revision. Older revisions' texts stay in the store so that
 * annotations made on them can be re-anchored.
 *
 * @param contentHash {@link ContentHash#of} of {@link #text()}
 * @param revision    1 for the first import, one more for every changed re-import
 * @param publishedTime the time of day and offset of publication when the source gave them, else null (see
 *                      {@link ArticleDraft})
 */
public record Article(long id, String title, String byline, String outlet, String url, LocalDate publishedDate,
                      Instant importedAt, String language, String text, List<Integer> headings,
                      String contentHash, int revision, OffsetTime publishedTime) {
    public Article {
        publishedTime = publishedDate == null ? null : publishedTime;
        title = title == null ? "" : title;
        byline = byline == null ? "" : byline;
        outlet = outlet == null ? "" : outlet;
        language = language == null ? "" : language;
        Objects.requireNonNull(text, "text");
        headings = headings == null ? List.of() : List.copyOf(headings);
        Objects.requireNonNull(contentHash, "contentHash");
    }

    /** An article whose source gave the publication date only. */
    public Article(long id, String title, String byline, String outlet, String url, LocalDate publishedDate,
                   Instant importedAt, String language, String text, List<Integer> headings, String contentHash,
                   int revision) {
        this(id, title, byline, outlet, url, publishedDate, importedAt, language, text, headings, contentHash, revision,
                null);
    }

    /** The publication instant with the source's offset, or null when the source gave no time with an offset. */
    public OffsetDateTime publishedAt() {
        return PublishedTimes.at(publishedDate, publishedTime);
    }

    /** The publication date, with its time and offset when known: "2026-03-04 23:30 -05:00", or "" when unknown. */
    public String publishedText() {
        return PublishedTimes.text(publishedDate, publishedTime);
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
