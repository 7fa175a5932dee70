package dev.margin.ui.editor.spans;

import dev.margin.domain.AnnotationKind;

import java.util.Objects;
import java.util.UUID;

/**
 * A span the application proposes to annotate but the user has not accepted yet. It is drawn in a
 * style of its own (a dashed outline, no fill) so it never looks like an accepted annotation.
 *
 * @param start first UTF-16 offset into the article text
 * @param end   offset just past the span
 * @param kind  the kind of annotation proposed
 * @param id    identifies the suggestion for later accept / dismiss
 */
public record SuggestedSpan(int start, int end, AnnotationKind kind, UUID id) {
    public SuggestedSpan {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad suggested span [" + start + ", " + end + ")");
        }
    }
}
