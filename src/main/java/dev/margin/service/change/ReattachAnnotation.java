package dev.margin.service.change;

import dev.margin.domain.Annotation;
import dev.margin.service.AnnotationService;
import dev.margin.service.LibraryService;
import dev.margin.store.Store;

import java.util.UUID;

/** Attaches a moved or orphaned annotation to the selected words through the library service; undo puts the old anchor back. */
final class ReattachAnnotation extends StoredChange {
    private final LibraryService library;
    private final AnnotationService annotations;
    private final UUID annotationId;
    private final int start;
    private final int end;
    /** The annotation as it was before it was re-attached, put back by undo. */
    private Annotation before;
    /** The version the last apply or revert left in the library. */
    private Annotation left;

    ReattachAnnotation(Store store, LibraryService library, AnnotationService annotations, String description, UUID annotationId,
                       int start, int end) {
        super(store, description);
        this.library = library;
        this.annotations = annotations;
        this.annotationId = annotationId;
        this.start = start;
        this.end = end;
    }

    @Override
    protected ChangeEffect applyStep() {
        Annotation stored = left == null
                ? store.annotations().find(annotationId).orElse(null)
                : guard.unchanged(left, Guard.Step.REDO);
        Annotation attached = library.reattach(annotationId, start, end);
        before = stored;
        left = attached;
        return ChangeEffect.changed(attached, false);
    }

    @Override
    protected ChangeEffect revertStep() {
        guard.unchanged(left, Guard.Step.UNDO);
        left = annotations.update(before);
        return ChangeEffect.changed(left, false);
    }
}
