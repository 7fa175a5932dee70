package dev.margin.service.change;

import dev.margin.domain.Actor;
import dev.margin.service.ActorService;

import java.util.List;
import java.util.Objects;

/**
 * Renaming an actor or setting its aliases, as an undoable change. The first apply reads the actor and edits
 * it in one transaction, remembering both versions; undo puts back the name and the aliases together (a rename
 * drops an alias equal to the new name, and undo brings it back), redo the edited pair. Every other part of
 * the actor (type, roles, description) is left as stored, so an edit made meanwhile elsewhere is kept.
 */
public final class ActorNamesChange implements Change {
    private final ActorService actors;
    private final String description;
    private final long actorId;
    private final String newName;
    private final List<String> newAliases;
    private volatile Actor before;
    private volatile Actor after;

    private ActorNamesChange(ActorService actors, String description, long actorId, String newName, List<String> newAliases) {
        this.actors = Objects.requireNonNull(actors, "actors");
        this.description = Objects.requireNonNull(description, "description");
        this.actorId = actorId;
        this.newName = newName;
        this.newAliases = newAliases == null ? null : List.copyOf(newAliases);
    }

    /** Gives the actor {@code newName}, keeping its aliases (but one equal to the new name). */
    public static ActorNamesChange rename(ActorService actors, String description, long actorId, String newName) {
        return new ActorNamesChange(actors, description, actorId, Objects.requireNonNull(newName, "newName"), null);
    }

    /** Gives the actor these aliases instead of its own (cleaned: no blanks, repeats or the name itself). */
    public static ActorNamesChange aliases(ActorService actors, String description, long actorId, List<String> aliases) {
        return new ActorNamesChange(actors, description, actorId, null, Objects.requireNonNull(aliases, "aliases"));
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public ChangeEffect apply() {
        if (after == null) {
            ActorService.NamesEdit edit = actors.changeNames(actorId, newName, newAliases);
            before = edit.before();
            after = edit.after();
        } else {
            actors.changeNames(actorId, after.name(), after.aliases());
        }
        return actorsChanged();
    }

    @Override
    public ChangeEffect revert() {
        if (before == null) {
            throw new IllegalStateException("The change \"" + description + "\" was never made, so there is nothing to undo.");
        }
        actors.changeNames(actorId, before.name(), before.aliases());
        return actorsChanged();
    }

    private static ChangeEffect actorsChanged() {
        return new ChangeEffect(List.of(), List.of(), List.of(), true);
    }
}
