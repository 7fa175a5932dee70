package dev.margin.service.change;

import dev.margin.domain.Actor;
import dev.margin.domain.Annotation;
import dev.margin.domain.TestBodies;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleSummary;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.QuoteDetails;
import dev.margin.store.Store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything a library holds, read straight from the store, in a form two moments can be compared in: actors by
 * name (a redo may recreate an actor under a new id), annotations without their modified time (a redo stamps it
 * again), rejected suggestions without the time they were rejected.
 */
record StoredState(List<Article> articles, List<Actor> actors, List<Annotation> annotations, List<String> rejections) {
    /**
     * Applies {@code change}, reverts it and applies it again, checking the library each time: the undo gives back
     * the state before, the redo the state after. Returns the state after the change.
     */
    static StoredState assertUndoAndRedo(Store store, Change change) {
        StoredState before = of(store);
        change.apply();
        StoredState after = of(store);
        assertThat(after).isNotEqualTo(before);
        change.revert();
        assertThat(of(store)).isEqualTo(before);
        change.apply();
        assertThat(of(store)).isEqualTo(after);
        return after;
    }

    static StoredState of(Store store) {
        Map<Long, Long> actorKeys = new HashMap<>();
        store.actors().list().forEach(a -> actorKeys.put(a.id(), (long) a.name().hashCode()));
        List<Article> articles = new ArrayList<>();
        List<Annotation> annotations = new ArrayList<>();
        List<String> rejections = new ArrayList<>();
        for (ArticleSummary summary : store.articles().listSummaries()) {
            articles.add(store.articles().find(summary.id()).orElseThrow());
            for (Annotation a : store.annotations().forArticle(summary.id())) {
                annotations.add(new Annotation(a.id(), a.articleId(), a.revision(), a.anchor(), a.anchorState(), TestBodies.of(a.kind(),
                        a.quote() == null ? null : quote(a.quote(), actorKeys), key(a.actorId(), actorKeys),
                        a.claim() == null ? null : claim(a.claim(), actorKeys)), a.note(), a.tags(), a.colour(), a.created(), a.created()));
            }
            store.rejectedSuggestions().forArticle(summary.id())
                    .forEach(r -> rejections.add(r.articleId() + "@" + r.revision() + ":" + r.suggestionId()));
        }
        List<Actor> actors = store.actors().list().stream()
                .map(a -> new Actor(actorKeys.get(a.id()), a.name(), a.aliases(), a.type(), a.description(), a.externalId(),
                        key(a.parentId(), actorKeys), a.roles()))
                .sorted(Comparator.comparing(Actor::name)).toList();
        annotations.sort(Comparator.comparing(a -> a.id().toString()));
        rejections.sort(Comparator.naturalOrder());
        return new StoredState(articles, actors, annotations, rejections);
    }

    private static Long key(Long actorId, Map<Long, Long> actorKeys) {
        return actorId == null ? null : actorKeys.get(actorId);
    }

    private static QuoteDetails quote(QuoteDetails quote, Map<Long, Long> actorKeys) {
        return quote.withSpeaker(key(quote.speakerActorId(), actorKeys));
    }

    private static ClaimDetails claim(ClaimDetails claim, Map<Long, Long> actorKeys) {
        return claim.withClaimant(key(claim.claimantActorId(), actorKeys));
    }
}
