package dev.margin.ui.actors;

import dev.margin.domain.Actor;
import dev.margin.service.ActorService;
import dev.margin.store.Store;
import dev.margin.store.StoreException;
import dev.margin.ui.annotations.AnnotationChange;
import dev.margin.service.change.ChangeEffect;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A change the review window makes to an actor's name or aliases, on its undo history. Undo puts back both the
 * name and the aliases as they were (a rename can drop an alias equal to the new name); redo the edited pair.
 * {@code done} refreshes the actors view and the reader after each step, on the FX thread.
 */
final class ActorEdit implements AnnotationChange {
    private final ActorService actors;
    private final Store store;
    private final String description;
    private final long actorId;
    private final UnaryOperator<Actor> edit;
    private final Runnable done;
    private Actor before;
    private Actor after;

    /** {@code edit} makes the change through {@code actors} and returns the actor as stored. */
    ActorEdit(ActorService actors, Store store, String description, long actorId, UnaryOperator<Actor> edit, Runnable done) {
        this.actors = actors;
        this.store = store;
        this.description = description;
        this.actorId = actorId;
        this.edit = edit;
        this.done = done;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public ChangeEffect apply() {
        if (after == null) {
            store.inTransaction(() -> {
                before = store.actors().find(actorId)
                        .orElseThrow(() -> new StoreException("There is no actor " + actorId + " in " + store.file() + "."));
                after = edit.apply(before);
            });
        } else {
            restore(after);
        }
        return new ChangeEffect(List.of(), List.of(), List.of(), true);
    }

    @Override
    public ChangeEffect revert() {
        restore(before);
        return new ChangeEffect(List.of(), List.of(), List.of(), true);
    }

    private void restore(Actor version) {
        store.inTransaction(() -> {
            actors.rename(actorId, version.name());
            actors.setAliases(actorId, version.aliases());
        });
    }

    @Override
    public void applied() {
        done.run();
    }

    @Override
    public void reverted() {
        done.run();
    }
}
