package dev.margin.ui.annotations;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorRole;
import dev.margin.domain.ActorType;
import dev.margin.domain.Article;
import dev.margin.service.change.NewActor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a name the user typed into an actor: an existing one that answers to it (by name, alias or
 * surname), or a new one to create with the change, or no one when the field was left empty. Also
 * reads and sets the role an actor was given by one article.
 */
final class ActorNames {
    private final ActorDirectory actors;

    ActorNames(ActorDirectory actors) {
        this.actors = actors;
    }

    Resolved resolve(String typed, ActorType typeForNew, NewActor.Slot slot) {
        if (typed == null || typed.isBlank()) {
            return Resolved.NONE;
        }
        Optional<Actor> existing = actors.find(typed);
        if (existing.isPresent()) {
            return new Resolved(existing.get().id(), null);
        }
        return new Resolved(null, new NewActor(Actor.named(typed.strip(), typeForNew), slot));
    }

    /** The role an actor was given from this article, or empty. */
    static String roleIn(Actor actor, long articleId) {
        return actor.roles().stream()
                .filter(role -> role.articleId() != null && role.articleId() == articleId)
                .map(ActorRole::role)
                .findFirst().orElse("");
    }

    /** The actor with its role from this article replaced by {@code role} (removed when empty). */
    static Actor withRoleFor(Actor actor, String role, Article article) {
        List<ActorRole> roles = new ArrayList<>(actor.roles());
        roles.removeIf(r -> r.articleId() != null && r.articleId() == article.id());
        if (!role.isEmpty()) {
            roles.add(new ActorRole(role, article.publishedDate(), article.id()));
        }
        return new Actor(actor.id(), actor.name(), actor.aliases(), actor.type(), actor.description(), actor.externalId(),
                actor.parentId(), roles);
    }

    /** A typed name resolved: an existing actor's id, or an actor to create, or neither (no one). */
    record Resolved(Long actorId, NewActor newActor) {
        static final Resolved NONE = new Resolved(null, null);

        boolean isEmpty() {
            return actorId == null && newActor == null;
        }
    }
}
