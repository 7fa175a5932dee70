package dev.margin.service;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorRole;
import dev.margin.domain.ActorType;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.store.Store;
import dev.margin.suggest.Suggestion;
import dev.margin.suggest.SuggestionKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The actor side of accepting one suggestion, inside {@link SuggestionService}'s transaction: finds the
 * library's actor by id or by {@link ActorNaming}'s rule, or creates it, and records a role the article gives; remembers
 * what it created and what it changed so the acceptance can be undone.
 */
final class SuggestionAcceptance {
    private final Store store;
    private final ActorService actors;
    private final Article article;
    private final List<Suggestion> context;
    private final List<Actor> created = new ArrayList<>();
    private final List<Actor> changedBefore = new ArrayList<>();

    SuggestionAcceptance(Store store, ActorService actors, Article article, List<Suggestion> context) {
        this.store = store;
        this.actors = actors;
        this.article = article;
        this.context = context == null ? List.of() : context;
    }

    /** The stored actor with this id, or the one answering to the name, or a new one of {@code typeIfNew}. */
    Actor actorFor(String name, Long knownId, ActorType typeIfNew) {
        if (knownId != null) {
            Optional<Actor> known = store.actors().find(knownId);
            if (known.isPresent()) {
                return known.get();
            }
        }
        Optional<Actor> existing = actors.resolve(name);
        if (existing.isPresent()) {
            return existing.get();
        }
        Actor actor = actors.findOrCreate(name.strip(), typeIfNew);
        created.add(actor);
        return actor;
    }

    /** The type the article's actor suggestions give this name (a speaker may be a ministry); a person otherwise. */
    ActorType typeOf(String name) {
        return context.stream()
                .filter(s -> s.kind() == SuggestionKind.ACTOR && s.actorType() != null)
                .filter(s -> name.equalsIgnoreCase(s.actor()) || name.equalsIgnoreCase(s.exact()))
                .map(Suggestion::actorType)
                .findFirst().orElse(ActorType.PERSON);
    }

    /** Adds the role this article gives the actor, dated with the article, unless it has it from this article already. */
    void recordRole(Actor actor, String role) {
        boolean known = actor.roles().stream().anyMatch(r -> Objects.equals(r.articleId(), article.id()) && r.role().equalsIgnoreCase(role));
        if (known) {
            return;
        }
        Actor current = store.actors().find(actor.id()).orElse(actor);
        if (created.stream().noneMatch(c -> c.id() == actor.id())) {
            changedBefore.add(current);
        }
        store.actors().update(current.withRole(new ActorRole(role, article.publishedDate(), article.id())));
    }

    List<Actor> created() {
        // The created actors as they are now (with the role just recorded), so a redo recreates them whole.
        List<Actor> now = new ArrayList<>();
        for (Actor actor : created) {
            now.add(store.actors().find(actor.id()).orElse(actor));
        }
        return now;
    }

    List<Actor> changedBefore() {
        return changedBefore;
    }

    /** The actor with the role the suggestion's article gives it (for redoing an acceptance). */
    static Actor withRolesOf(Actor actor, Suggestion suggestion, Article article) {
        if (suggestion.role() == null || suggestion.role().isBlank()) {
            return actor;
        }
        boolean known = actor.roles().stream().anyMatch(r -> Objects.equals(r.articleId(), article.id())
                && r.role().equalsIgnoreCase(suggestion.role().strip()));
        return known ? actor : actor.withRole(new ActorRole(suggestion.role().strip(), article.publishedDate(), article.id()));
    }

}
