package dev.margin.cli;

import dev.margin.domain.Actor;
import dev.margin.store.ActorDao;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Actor names by id for the legend of {@code margin show}, each name looked up once. */
final class ActorNames {
    private final ActorDao actors;
    private final Map<Long, String> names = new HashMap<>();

    ActorNames(ActorDao actors) {
        this.actors = actors;
    }

    String of(Long actorId) {
        if (actorId == null) {
            return "unknown";
        }
        return names.computeIfAbsent(actorId, id -> actors.find(id).map(Actor::name).orElse("actor " + id + " (missing)"));
    }

    /** The name with the actor's type: "Bergholm Port Authority (organisation)". */
    String describe(Long actorId) {
        if (actorId == null) {
            return "unknown";
        }
        return actors.find(actorId).map(actor -> actor.name() + " (" + actor.type().name().toLowerCase(Locale.ROOT) + ")")
                .orElse("actor " + actorId + " (missing)");
    }
}
