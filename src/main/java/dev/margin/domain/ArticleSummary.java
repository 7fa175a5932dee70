package dev.margin.domain;

import java.time.Instant;
import java.time.LocalDate;

/** One row of the library: an article's metadata and how many annotations of each kind it carries. */
public record ArticleSummary(long id, String title, String outlet, LocalDate publishedDate, Instant importedAt,
                             int revision, int highlights, int quotes, int actorMentions, int claims) {
    public int annotationCount() {
        return highlights + quotes + actorMentions + claims;
    }
}
