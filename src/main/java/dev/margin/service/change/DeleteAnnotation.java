package dev.margin.service.change;

import dev.margin.domain.Annotation;
import dev.margin.service.AnnotationService;
import dev.margin.store.Store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Deletes an annotation through the annotation service; undo restores it with the same id and every
 * detail, and claims that cited a deleted quote cite it again.
 */
final class DeleteAnnotation extends StoredChange {
    private final AnnotationService annotations;
    private final UUID annotationId;
    private AnnotationService.DeletedAnnotation deleted;

    DeleteAnnotation(Store store, AnnotationService annotations, String description, UUID annotationId) {
        super(store, description);
        this.annotations = annotations;
        this.annotationId = annotationId;
    }

    @Override
    protected ChangeEffect applyStep() {
        if (deleted != null) {
            guard.unchanged(deleted.annotation(), Guard.Step.REDO);
        }
        deleted = annotations.delete(annotationId);
        return ChangeEffect.removed(deleted.annotation(), false);
    }

    @Override
    protected ChangeEffect revertStep() {
        guard.absent(deleted.annotation(), Guard.Step.UNDO);
        guard.fitsArticle(deleted.annotation(), Guard.Step.UNDO);
        annotations.restore(deleted);
        List<Annotation> citing = deleted.claimsThatCitedIt().stream()
                .map(id -> store.annotations().find(id))
                .flatMap(Optional::stream)
                .toList();
        return new ChangeEffect(List.of(deleted.annotation()), citing, List.of(), false);
    }
}
