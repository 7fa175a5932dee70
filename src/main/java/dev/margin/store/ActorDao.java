package dev.margin.store;

import dev.margin.domain.Actor;

import java.util.List;
import java.util.Optional;

/** Actors shared across articles, with their aliases and roles. */
public interface ActorDao {
    /** Stores a new actor (its id is ignored) and returns it with its id. */
    Actor insert(Actor actor);

    /** Replaces the stored actor with this version, aliases and roles included. */
    void update(Actor actor);

    Optional<Actor> find(long id);

    /** Actors whose name or an alias equals {@code nameOrAlias}, ignoring case. */
    List<Actor> findByNameOrAlias(String nameOrAlias);

    /** Actors whose name or an alias starts with {@code prefix}, ignoring case; for autocompletion. */
    List<Actor> findByPrefix(String prefix, int limit);

    /** Every actor, by name. */
    List<Actor> list();

    /** Deletes an actor that nothing refers to any more; throws {@link StoreException} otherwise. */
    void delete(long id);
}
