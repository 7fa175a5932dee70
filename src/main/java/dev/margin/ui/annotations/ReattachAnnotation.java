package dev.margin.ui.annotations;

import dev.margin.service.change.ChangeEffect;
import dev.margin.domain.Annotation;
import dev.margin.ui.common.Services;

/** Attaches a moved or orphaned annotation to the selected words through the library service; undo puts the old anchor back. */
final class ReattachAnnotation implements AnnotationChange {
    private final Services services;
    private final String description;
    private final Annotation before;
    private final int start;
    private final int end;

    ReattachAnnotation(Services services, String description, Annotation before, int start, int end) {
        this.services = services;
        this.description = description;
        this.before = before;
        this.start = start;
        this.end = end;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public ChangeEffect apply() {
        return ChangeEffect.changed(services.library().reattach(before.id(), start, end), false);
    }

    @Override
    public ChangeEffect revert() {
        return ChangeEffect.changed(services.annotations().update(before), false);
    }
}
