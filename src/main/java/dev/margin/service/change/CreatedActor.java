package dev.margin.service.change;

import dev.margin.domain.Actor;
import dev.margin.domain.Annotation;
import dev.margin.service.ActorService;
import dev.margin.store.Store;

import java.time.Instant;

/**
 * The actor a change creates for the {@link NewActor} its annotation names, remembered so that undo
 * can remove it again when nothing else refers to it. Shared by the changes that create and update
 * annotations; every method runs inside the caller's transaction.
 */
final class CreatedActor {
    private final Store store;
    private final ActorService actors;
    private final NewActor newActor;
    private Long id;

    /** @param newActor the actor to create, or null when the annotation names only existing actors */
    CreatedActor(Store store, ActorService actors, NewActor newActor) {
        this.store = store;
        this.actors = actors;
        this.newActor = newActor;
    }

    /** Whether the change names an actor that it has to create. */
    boolean wanted() {
        return newActor != null;
    }

    /** Whether the actor has been created and not removed since. */
    boolean exists() {
        return id != null;
    }

    /** Creates the actor and returns {@code annotation} pointing at it; the annotation as it is when no actor is wanted. */
    Annotation createAndBind(Annotation annotation, Instant now) {
        if (newActor == null) {
            return annotation;
        }
        Actor actor = actors.create(newActor.draft());
        id = actor.id();
        return newActor.slot().bind(annotation, actor.id(), now);
    }

    /** Deletes the created actor when no annotation refers to it any more; true when it did. */
    boolean removeIfUnused() {
        if (id != null && store.annotations().forActor(id).isEmpty()) {
            store.actors().delete(id);
            id = null;
            return true;
        }
        return false;
    }

    /** Forgets the created actor, so that the next {@link #createAndBind} creates a fresh one. */
    void forget() {
        id = null;
    }
}
