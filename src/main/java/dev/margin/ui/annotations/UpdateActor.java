package dev.margin.ui.annotations;

import dev.margin.domain.Actor;
import dev.margin.store.Store;

import java.util.List;

/** Replaces an actor's stored details (type, roles) by an edited version; undo puts the old ones back. */
final class UpdateActor implements AnnotationChange {
    private final Store store;
    private final String description;
    private final Actor before;
    private final Actor after;

    UpdateActor(Store store, String description, Actor before, Actor after) {
        this.store = store;
        this.description = description;
        this.before = before;
        this.after = after;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public ChangeEffect apply() {
        store.inTransaction(() -> store.actors().update(after));
        return new ChangeEffect(List.of(), List.of(), List.of(), true);
    }

    @Override
    public ChangeEffect revert() {
        store.inTransaction(() -> store.actors().update(before));
        return new ChangeEffect(List.of(), List.of(), List.of(), true);
    }
}
