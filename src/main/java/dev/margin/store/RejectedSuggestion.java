package dev.margin.store;

import dev.margin.domain.AnnotationKind;

import java.time.Instant;
import java.util.Objects;

/**
 * A suggestion the user rejected in one article: never offered there again.
 *
 * @param revision     the article revision the suggestion was made on (its offsets refer to it)
 * @param suggestionId the suggestion's id: a hash of its kind and span, stable on that revision
 * @param kind         QUOTE, ACTOR or CLAIM
 * @param exact        the words it covered, so the rejection survives a revision that moved them
 */
public record RejectedSuggestion(long articleId, int revision, String suggestionId, AnnotationKind kind,
                                 int start, int end, String exact, Instant rejectedAt) {
    public RejectedSuggestion {
        Objects.requireNonNull(suggestionId, "suggestionId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(rejectedAt, "rejectedAt");
        if (kind == AnnotationKind.HIGHLIGHT) {
            throw new IllegalArgumentException("highlights are never suggested, so none can be rejected");
        }
        if (suggestionId.isEmpty() || start < 0 || end < start || exact.length() != end - start) {
            throw new IllegalArgumentException("bad rejected suggestion '" + suggestionId + "' [" + start + ", " + end + ") '" + exact + "'");
        }
    }
}
