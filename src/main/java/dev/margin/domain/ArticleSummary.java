package dev.margin.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the library: an article's metadata, what the user noted about it, and how many annotations of each
 * kind it carries.
 */
public record ArticleSummary(long id, String title, String outlet, LocalDate publishedDate, Instant importedAt,
                             int revision, int highlights, int quotes, int actorMentions, int claims,
                             String byline, ArticleAssessment assessment) {
    public ArticleSummary {
        byline = byline == null ? "" : byline;
        assessment = Objects.requireNonNullElse(assessment, ArticleAssessment.NONE);
    }

    /** A row without byline, note, tags or verdict. */
    public ArticleSummary(long id, String title, String outlet, LocalDate publishedDate, Instant importedAt,
                          int revision, int highlights, int quotes, int actorMentions, int claims) {
        this(id, title, outlet, publishedDate, importedAt, revision, highlights, quotes, actorMentions, claims, "",
                ArticleAssessment.NONE);
    }

    public int annotationCount() {
        return highlights + quotes + actorMentions + claims;
    }
}
