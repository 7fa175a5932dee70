package dev.margin.ui.review.agreement;

import dev.margin.agreement.Unit;
import dev.margin.service.AgreementKind;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One line of the agreement view's table: a stretch of an article where the compared annotators' codings of one kind
 * differ, the words there, and each annotator's units in it (an empty list: none).
 */
public record DifferenceRow(long articleId, String articleTitle, AgreementKind kind, int start, int end, String words,
                            Map<String, List<Unit>> byAnnotator) {
    /** The annotation to show for this row: {@code annotator}'s first unit here, else anyone's; null when none has a source. */
    public UUID annotationFor(String annotator) {
        List<Unit> theirs = annotator == null ? List.of() : byAnnotator.getOrDefault(annotator, List.of());
        return (theirs.isEmpty() ? byAnnotator.values().stream().flatMap(List::stream) : theirs.stream())
                .map(Unit::source).filter(source -> source != null).findFirst().map(UUID::fromString).orElse(null);
    }
}
