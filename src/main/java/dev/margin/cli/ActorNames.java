package dev.margin.cli;

import dev.margin.domain.Actor;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/** Actor names by id for the legend of {@code margin show}, each name looked up once. */
final class ActorNames {
    private final LongFunction<Optional<Actor>> actors;
    private final Map<Long, String> names = new HashMap<>();

    /** @param actors finds an actor by id (the actor service's {@code find}) */
    ActorNames(LongFunction<Optional<Actor>> actors) {
        this.actors = actors;
    }

    String of(Long actorId) {
        if (actorId == null) {
            return "unknown";
        }
        return names.computeIfAbsent(actorId, id -> actors.apply(id).map(Actor::name).orElse("actor " + id + " (missing)"));
    }

    /** The name with the actor's type: "Bergholm Port Authority (organisation)". */
    String describe(Long actorId) {
        if (actorId == null) {
            return "unknown";
        }
        return actors.apply(actorId).map(actor -> actor.name() + " (" + actor.type().name().toLowerCase(Locale.ROOT) + ")")
                .orElse("actor " + actorId + " (missing)");
    }
}
