package dev.margin.ui.annotations;

import dev.margin.domain.Actor;
import dev.margin.domain.Annotation;
import dev.margin.store.Store;

import java.time.Clock;

/**
 * Creates an annotation, or replaces one by an edited version, optionally creating the actor it
 * names in the same transaction. Undo restores the previous version (or deletes the new annotation)
 * and removes the actor it created when nothing else refers to it; redo creates that actor afresh.
 */
final class SaveAnnotation implements AnnotationChange {
    private final Store store;
    private final Clock clock;
    private final String description;
    private final Annotation before;
    private final Annotation requested;
    private final NewActor newActor;
    private Annotation saved;
    private Long createdActorId;

    /**
     * @param before    the stored version, or null to create {@code after}
     * @param after     the version to store
     * @param newActor  an actor to create first and bind into {@code after}, or null
     */
    SaveAnnotation(Store store, Clock clock, String description, Annotation before, Annotation after, NewActor newActor) {
        this.store = store;
        this.clock = clock;
        this.description = description;
        this.before = before;
        this.requested = after;
        this.newActor = newActor;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public ChangeEffect apply() {
        return store.inTransaction(() -> {
            Annotation toSave = requested;
            if (newActor != null) {
                Actor actor = store.actors().insert(newActor.draft());
                createdActorId = actor.id();
                toSave = newActor.slot().bind(requested, actor.id(), clock.instant());
            }
            if (before == null) {
                store.annotations().insert(toSave);
            } else {
                store.annotations().update(toSave);
            }
            saved = toSave;
            return before == null ? ChangeEffect.added(toSave, newActor != null) : ChangeEffect.changed(toSave, newActor != null);
        });
    }

    @Override
    public ChangeEffect revert() {
        return store.inTransaction(() -> {
            if (before == null) {
                store.annotations().delete(saved.id());
            } else {
                store.annotations().update(before);
            }
            boolean actorRemoved = false;
            if (createdActorId != null && store.annotations().forActor(createdActorId).isEmpty()) {
                store.actors().delete(createdActorId);
                actorRemoved = true;
            }
            createdActorId = null;
            return before == null ? ChangeEffect.removed(saved, actorRemoved) : ChangeEffect.changed(before, actorRemoved);
        });
    }

    /** The version stored by the last {@link #apply()}, with the new actor's id bound in. */
    Annotation saved() {
        return saved;
    }
}
