package dev.margin.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One stored revision of an article: its text as imported then, with its headings and content hash.
 * Read so that a deleted article can be put back with every revision its annotations may refer to.
 */
public record ArticleRevision(int revision, String text, List<Integer> headings, String contentHash, Instant importedAt) {
    public ArticleRevision {
        if (revision < 1) {
            throw new IllegalArgumentException("a revision number starts at 1, not " + revision);
        }
        Objects.requireNonNull(text, "text");
        headings = headings == null ? List.of() : List.copyOf(headings);
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(importedAt, "importedAt");
    }
}
