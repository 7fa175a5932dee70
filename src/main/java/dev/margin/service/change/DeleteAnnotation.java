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
final class DeleteAnnotation implements Change {
    private final Store store;
    private final AnnotationService annotations;
    private final String description;
    private final UUID annotationId;
    private final Guard guard;
    private AnnotationService.DeletedAnnotation deleted;

    DeleteAnnotation(Store store, AnnotationService annotations, String description, UUID annotationId) {
        this.store = store;
        this.annotations = annotations;
        this.description = description;
        this.annotationId = annotationId;
        this.guard = new Guard(store, description);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public ChangeEffect apply() {
        return store.inTransaction(() -> {
            if (deleted != null) {
                guard.unchanged(deleted.annotation(), Guard.Step.REDO);
            }
            deleted = annotations.delete(annotationId);
            return ChangeEffect.removed(deleted.annotation(), false);
        });
    }

    @Override
    public ChangeEffect revert() {
        return store.inTransaction(() -> {
            guard.absent(deleted.annotation(), Guard.Step.UNDO);
            guard.fitsArticle(deleted.annotation(), Guard.Step.UNDO);
            annotations.restore(deleted);
            List<Annotation> citing = deleted.claimsThatCitedIt().stream()
                    .map(id -> store.annotations().find(id))
                    .flatMap(Optional::stream)
                    .toList();
            return new ChangeEffect(List.of(deleted.annotation()), citing, List.of(), false);
        });
    }
}
