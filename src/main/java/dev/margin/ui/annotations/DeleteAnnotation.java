package dev.margin.ui.annotations;

import dev.margin.service.change.ChangeEffect;
import dev.margin.domain.Annotation;
import dev.margin.service.AnnotationService;
import dev.margin.ui.common.Services;

import java.util.List;
import java.util.Optional;

/**
 * Deletes an annotation through the annotation service; undo restores it with the same id and every
 * detail, and claims that cited a deleted quote cite it again.
 */
final class DeleteAnnotation implements AnnotationChange {
    private final Services services;
    private final String description;
    private final Annotation annotation;
    private AnnotationService.DeletedAnnotation deleted;

    DeleteAnnotation(Services services, String description, Annotation annotation) {
        this.services = services;
        this.description = description;
        this.annotation = annotation;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public ChangeEffect apply() {
        deleted = services.annotations().delete(annotation.id());
        return ChangeEffect.removed(deleted.annotation(), false);
    }

    @Override
    public ChangeEffect revert() {
        services.annotations().restore(deleted);
        List<Annotation> citing = deleted.claimsThatCitedIt().stream()
                .map(id -> services.store().annotations().find(id))
                .flatMap(Optional::stream)
                .toList();
        return new ChangeEffect(List.of(deleted.annotation()), citing, List.of(), false);
    }
}
