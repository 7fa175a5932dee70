package dev.margin.service;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorRole;
import dev.margin.domain.Annotation;
import dev.margin.domain.TestBodies;
import dev.margin.domain.Article;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.QuoteDetails;
import dev.margin.export.ExportBundle;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A library's content with its store-assigned ids replaced by what identifies a record to a user
 * (an article by its content hash, an actor by its name), so two libraries can be compared field by
 * field after a restore gave every row a new id.
 */
record LibraryComparison(List<Article> articles, List<String> olderRevisions, List<Actor> actors, List<Annotation> annotations) {
    static LibraryComparison of(ExportBundle bundle) {
        Map<Long, Long> articleKeys = new HashMap<>();
        bundle.articles().forEach(a -> articleKeys.put(a.id(), (long) a.contentHash().hashCode()));
        Map<Long, Long> actorKeys = new HashMap<>();
        bundle.actors().forEach(a -> actorKeys.put(a.id(), (long) a.name().hashCode()));

        List<Article> articles = bundle.articles().stream()
                .map(a -> new Article(articleKeys.get(a.id()), a.title(), a.byline(), a.outlet(), a.url(), a.publishedDate(), a.importedAt(),
                        a.language(), a.text(), a.headings(), a.contentHash(), a.revision()))
                .sorted(Comparator.comparing(Article::contentHash)).toList();
        List<String> older = bundle.olderRevisions().stream()
                .map(r -> articleKeys.get(r.articleId()) + "@" + r.revision() + ":" + r.text()).sorted().toList();
        List<Actor> actors = bundle.actors().stream()
                .map(a -> new Actor(actorKeys.get(a.id()), a.name(), a.aliases(), a.type(), a.description(), a.externalId(),
                        a.parentId() == null ? null : actorKeys.get(a.parentId()),
                        a.roles().stream().map(r -> new ActorRole(r.role(), r.asOf(), r.articleId() == null ? null : articleKeys.get(r.articleId()))).toList()))
                .sorted(Comparator.comparing(Actor::name)).toList();
        List<Annotation> annotations = bundle.annotations().stream()
                .map(a -> new Annotation(a.id(), articleKeys.get(a.articleId()), a.revision(), a.anchor(), a.anchorState(), TestBodies.of(a.kind(),
                        a.quote() == null ? null : mapQuote(a.quote(), actorKeys),
                        a.actorId() == null ? null : actorKeys.get(a.actorId()),
                        a.claim() == null ? null : mapClaim(a.claim(), actorKeys)),
                        a.note(), a.tags(), a.colour(), a.created(), a.modified()))
                .sorted(Comparator.comparing(a -> a.id().toString())).toList();
        return new LibraryComparison(articles, older, actors, annotations);
    }

    private static QuoteDetails mapQuote(QuoteDetails quote, Map<Long, Long> actorKeys) {
        return quote.withSpeaker(quote.speakerActorId() == null ? null : actorKeys.get(quote.speakerActorId()));
    }

    private static ClaimDetails mapClaim(ClaimDetails claim, Map<Long, Long> actorKeys) {
        return claim.withClaimant(claim.claimantActorId() == null ? null : actorKeys.get(claim.claimantActorId()));
    }
}
