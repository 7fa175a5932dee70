package dev.margin.cli;

import dev.margin.domain.Actor;

import java.util.Locale;
import java.util.Map;

/** Actor names by id for the legend of {@code margin show}, from the actors read with the article. */
final class ActorNames {
    private final Map<Long, Actor> actors;

    ActorNames(Map<Long, Actor> actors) {
        this.actors = Map.copyOf(actors);
    }

    String of(Long actorId) {
        if (actorId == null) {
            return "unknown";
        }
        Actor actor = actors.get(actorId);
        return actor == null ? "actor " + actorId + " (missing)" : actor.name();
    }

    /** The name with the actor's type: "Bergholm Port Authority (organisation)". */
    String describe(Long actorId) {
        if (actorId == null) {
            return "unknown";
        }
        Actor actor = actors.get(actorId);
        return actor == null ? "actor " + actorId + " (missing)" : actor.name() + " (" + actor.type().name().toLowerCase(Locale.ROOT) + ")";
    }
}
