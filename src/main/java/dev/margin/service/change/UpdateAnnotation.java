package dev.margin.service.change;

import dev.margin.domain.Annotation;
import dev.margin.service.ActorService;
import dev.margin.service.AnnotationService;
import dev.margin.store.Store;

/**
 * Saves an edited annotation through the annotation service, optionally creating the actor it now
 * names in the same transaction. Undo saves back the version the library held before and removes that
 * actor when nothing else refers to it; redo creates the actor afresh.
 */
final class UpdateAnnotation extends StoredChange {
    private final AnnotationService annotations;
    private final Annotation after;
    private final CreatedActor newActor;
    /** The version the library held before the change, put back by undo. */
    private Annotation previous;
    /** The version the last apply or revert left in the library. */
    private Annotation left;

    UpdateAnnotation(Store store, AnnotationService annotations, ActorService actors, String description, Annotation after,
                     NewActor newActor) {
        super(store, description);
        this.annotations = annotations;
        this.after = after;
        this.newActor = new CreatedActor(store, actors, newActor);
    }

    @Override
    protected ChangeEffect applyStep() {
        Annotation before = left == null
                ? store.annotations().find(after.id()).orElseThrow(() -> guard.refused(Guard.Step.APPLY,
                        "the " + Guard.kindName(after) + " is no longer in the library"))
                : guard.unchanged(left, Guard.Step.REDO);
        Annotation wanted = newActor.createAndBind(after, after.modified());
        Annotation saved = annotations.update(wanted);
        previous = before;
        left = saved;
        return ChangeEffect.changed(saved, newActor.wanted());
    }

    @Override
    protected ChangeEffect revertStep() {
        guard.unchanged(left, Guard.Step.UNDO);
        Annotation restored = annotations.update(previous);
        boolean actorRemoved = newActor.removeIfUnused();
        newActor.forget();
        left = restored;
        return ChangeEffect.changed(restored, actorRemoved);
    }
}
