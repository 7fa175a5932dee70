package dev.margin.ui.annotations;

import dev.margin.domain.Annotation;
import dev.margin.store.Store;

/** Deletes an annotation; undo stores it again with the same id, details, note and tags. */
final class DeleteAnnotation implements AnnotationChange {
    private final Store store;
    private final String description;
    private final Annotation annotation;

    DeleteAnnotation(Store store, String description, Annotation annotation) {
        this.store = store;
        this.description = description;
        this.annotation = annotation;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public ChangeEffect apply() {
        store.inTransaction(() -> store.annotations().delete(annotation.id()));
        return ChangeEffect.removed(annotation, false);
    }

    @Override
    public ChangeEffect revert() {
        store.inTransaction(() -> store.annotations().insert(annotation));
        return ChangeEffect.added(annotation, false);
    }
}
