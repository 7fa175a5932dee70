package dev.margin.service.change;

import dev.margin.domain.Actor;
import dev.margin.service.ActorService;
import dev.margin.store.Store;

import java.util.List;

/**
 * Changes an actor's type and roles, and its aliases when the change adds one (a mention worded another way),
 * through the actor service; undo puts back what the library held before. Aliases are written only when this
 * change alters them, so aliases edited elsewhere meanwhile are not written back over.
 */
final class UpdateActor extends StoredChange {
    private final ActorService actors;
    private final Actor after;
    /** The actor as the library held it before the change. */
    private Actor previous;
    private boolean aliasesChanged;

    UpdateActor(Store store, ActorService actors, String description, Actor after) {
        super(store, description);
        this.actors = actors;
        this.after = after;
    }

    @Override
    protected ChangeEffect applyStep() {
        Actor before = previous == null
                ? store.actors().find(after.id()).orElseThrow(() -> guard.refused(Guard.Step.APPLY,
                        "the actor \u201c" + after.name() + "\u201d is no longer in the library"))
                : guard.sameTypeAndRoles(previous, Guard.Step.REDO);
        previous = before;
        aliasesChanged = !before.aliases().equals(after.aliases());
        save(after);
        return actorsChanged();
    }

    @Override
    protected ChangeEffect revertStep() {
        guard.sameTypeAndRoles(after, Guard.Step.UNDO);
        save(previous);
        return actorsChanged();
    }

    private void save(Actor version) {
        if (aliasesChanged) {
            actors.setAliases(version.id(), version.aliases());
        }
        actors.setType(version.id(), version.type());
        actors.setRoles(version.id(), version.roles());
    }

    private static ChangeEffect actorsChanged() {
        return new ChangeEffect(List.of(), List.of(), List.of(), true);
    }
}
