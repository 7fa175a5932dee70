package dev.margin.ui.annotations;

import dev.margin.service.change.ChangeEffect;
import dev.margin.domain.Annotation;
import dev.margin.ui.common.Services;

/**
 * Saves an edited annotation through the annotation service, optionally creating the actor it now
 * names in the same transaction. Undo saves the previous version back and removes that actor when
 * nothing else refers to it; redo creates the actor afresh.
 */
final class UpdateAnnotation implements AnnotationChange {
    private final Services services;
    private final String description;
    private final Annotation before;
    private final Annotation after;
    private final CreatedActor newActor;

    UpdateAnnotation(Services services, String description, Annotation before, Annotation after, NewActor newActor) {
        this.services = services;
        this.description = description;
        this.before = before;
        this.after = after;
        this.newActor = new CreatedActor(services, newActor);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public ChangeEffect apply() {
        return services.store().inTransaction(() -> {
            Annotation wanted = newActor.createAndBind(after, after.modified());
            return ChangeEffect.changed(services.annotations().update(wanted), newActor.wanted());
        });
    }

    @Override
    public ChangeEffect revert() {
        return services.store().inTransaction(() -> {
            Annotation restored = services.annotations().update(before);
            boolean actorRemoved = newActor.removeIfUnused();
            newActor.forget();
            return ChangeEffect.changed(restored, actorRemoved);
        });
    }
}
