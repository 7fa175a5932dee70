package dev.margin.service;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorRole;
import dev.margin.domain.ActorType;
import dev.margin.domain.Annotation;
import dev.margin.store.Store;
import dev.margin.store.StoreException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Actors shared across articles: creating, editing, finding by name, and merging two into one. */
public final class ActorService {
    /** The actor that absorbed another, and how many annotations and actors now point to it instead. */
    public record MergeOutcome(Actor actor, int annotationsRepointed, int childActorsRepointed) {
    }

    /** An actor before and after a change of its name or aliases, so the change can be undone exactly. */
    public record NamesEdit(Actor before, Actor after) {
    }

    private final Store store;
    private final Clock clock;

    public ActorService(Store store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Every actor of the library, by name. */
    public List<Actor> all() {
        return store.actors().list();
    }

    /** Saves a new actor; its aliases are cleaned (blank ones, repeats and the name itself dropped). */
    public Actor create(Actor actor) {
        return store.inTransaction(() -> store.actors().insert(actor.withAliases(cleanAliases(actor.name(), actor.aliases()))));
    }

    public Actor rename(long actorId, String newName) {
        return changeNames(actorId, Objects.requireNonNull(newName, "newName"), null).after();
    }

    public Actor setAliases(long actorId, List<String> aliases) {
        return changeNames(actorId, null, Objects.requireNonNull(aliases, "aliases")).after();
    }

    /**
     * Gives the actor {@code newName} and {@code newAliases} (either null: keep it) in one transaction and says
     * what it was before. The aliases are cleaned against the name the actor ends up with, so an alias equal
     * to a new name is dropped; undoing with the "before" pair brings it back.
     */
    public NamesEdit changeNames(long actorId, String newName, List<String> newAliases) {
        return store.inTransaction(() -> {
            Actor before = existing(actorId);
            Actor named = newName == null ? before : before.withName(newName);
            Actor after = named.withAliases(cleanAliases(named.name(), newAliases == null ? before.aliases() : newAliases));
            store.actors().update(after);
            return new NamesEdit(before, after);
        });
    }

    public Actor setType(long actorId, ActorType type) {
        return change(actorId, actor -> actor.withType(type));
    }

    public Actor setDescription(long actorId, String description) {
        return change(actorId, actor -> actor.withDescription(description));
    }

    public Actor setRoles(long actorId, List<ActorRole> roles) {
        return change(actorId, actor -> new Actor(actor.id(), actor.name(), actor.aliases(), actor.type(), actor.description(),
                actor.externalId(), actor.parentId(), roles));
    }

    public Actor setExternalId(long actorId, String externalId) {
        String cleaned = externalId == null || externalId.isBlank() ? null : externalId.strip();
        return change(actorId, actor -> new Actor(actor.id(), actor.name(), actor.aliases(), actor.type(), actor.description(),
                cleaned, actor.parentId(), actor.roles()));
    }

    /** Sets the actor this one belongs to (a minister's government), or none; refuses a cycle. */
    public Actor setParent(long actorId, Long parentId) {
        return store.inTransaction(() -> {
            Set<Long> seen = new LinkedHashSet<>();
            for (Long ancestor = parentId; ancestor != null && seen.add(ancestor); ancestor = existing(ancestor).parentId()) {
                if (ancestor == actorId) {
                    throw new IllegalArgumentException("Actor " + actorId + " cannot belong to " + parentId
                            + ": that actor already belongs to it.");
                }
            }
            return change(actorId, actor -> new Actor(actor.id(), actor.name(), actor.aliases(), actor.type(), actor.description(),
                    actor.externalId(), parentId, actor.roles()));
        });
    }

    /**
     * The actor {@code typed} names by {@link ActorNaming}'s rule (name, alias, then a unique surname or part of a
     * name), or a new one of {@code typeIfNew} named so.
     */
    public Actor findOrCreate(String typed, ActorType typeIfNew) {
        return store.inTransaction(() -> resolve(typed).orElseGet(() -> store.actors().insert(Actor.named(typed, typeIfNew))));
    }

    /** The actor {@code typed} names by {@link ActorNaming}'s rule, or empty when it names none. */
    public Optional<Actor> resolve(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        return ActorNaming.resolve(store.actors().list(), typed);
    }

    public Optional<Actor> find(long actorId) {
        return store.actors().find(actorId);
    }

    /** Every actor of the library. */
    public List<Actor> list() {
        return store.actors().list();
    }

    /**
     * Merges {@code absorbedId} into {@code keptId} in one transaction: every quote it spoke, every mention of it,
     * every claim it made and every actor belonging to it now points to the kept actor; the kept actor gains the
     * absorbed one's name and aliases as aliases, its roles, and its description, external id and type where its
     * own are missing; then the absorbed actor is deleted.
     */
    public MergeOutcome merge(long keptId, long absorbedId) {
        if (keptId == absorbedId) {
            throw new IllegalArgumentException("An actor cannot be merged into itself.");
        }
        return store.inTransaction(() -> {
            Actor kept = existing(keptId);
            Actor absorbed = existing(absorbedId);
            Instant now = clock.instant();

            int annotations = 0;
            for (Annotation annotation : store.annotations().forActor(absorbedId)) {
                store.annotations().update(annotation.withActorRepointed(absorbedId, keptId, now));
                annotations++;
            }
            int children = 0;
            for (Actor child : store.actors().list()) {
                if (Objects.equals(child.parentId(), absorbedId) && child.id() != keptId) {
                    store.actors().update(withParent(child, keptId));
                    children++;
                }
            }
            Actor merged = merged(kept, absorbed);
            store.actors().update(merged);
            store.actors().delete(absorbedId);
            return new MergeOutcome(merged, annotations, children);
        });
    }

    private static Actor merged(Actor kept, Actor absorbed) {
        List<String> aliases = new ArrayList<>(kept.aliases());
        aliases.add(absorbed.name());
        aliases.addAll(absorbed.aliases());
        Set<ActorRole> roles = new LinkedHashSet<>(kept.roles());
        roles.addAll(absorbed.roles());
        Long parent = kept.parentId();
        if (Objects.equals(parent, absorbed.id())) {
            parent = Objects.equals(absorbed.parentId(), kept.id()) ? null : absorbed.parentId();
        }
        return new Actor(kept.id(), kept.name(), cleanAliases(kept.name(), aliases),
                kept.type() == ActorType.OTHER ? absorbed.type() : kept.type(),
                kept.description().isBlank() ? absorbed.description() : kept.description(),
                kept.externalId() == null ? absorbed.externalId() : kept.externalId(),
                parent, List.copyOf(roles));
    }


    private static Actor withParent(Actor actor, Long parentId) {
        return new Actor(actor.id(), actor.name(), actor.aliases(), actor.type(), actor.description(), actor.externalId(),
                parentId, actor.roles());
    }

    /** Aliases stripped, without blanks, without the name itself and without repeats (ignoring case), in order. */
    static List<String> cleanAliases(String name, List<String> aliases) {
        Set<String> seen = new LinkedHashSet<>();
        seen.add(name.strip().toLowerCase(Locale.ROOT));
        List<String> cleaned = new ArrayList<>();
        for (String alias : aliases) {
            String stripped = alias == null ? "" : alias.strip();
            if (!stripped.isEmpty() && seen.add(stripped.toLowerCase(Locale.ROOT))) {
                cleaned.add(stripped);
            }
        }
        return cleaned;
    }

    private Actor change(long actorId, UnaryOperator<Actor> edit) {
        return store.inTransaction(() -> {
            Actor changed = edit.apply(existing(actorId));
            store.actors().update(changed);
            return changed;
        });
    }

    private Actor existing(long actorId) {
        return store.actors().find(actorId)
                .orElseThrow(() -> new StoreException("There is no actor " + actorId + " in " + store.file() + "."));
    }
}
