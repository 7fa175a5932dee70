package dev.margin.service;

import dev.margin.domain.ActorMention;
import dev.margin.domain.ActorRole;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationBody;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.Highlight;
import dev.margin.domain.QuoteDetails;
import dev.margin.domain.read.AnnotationFilter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The numbers a copy gives articles and actors in the library it copies into (annotation ids are UUIDs and stay),
 * and the records of the source rewritten onto them. All at once, never one mapping after another: the source's
 * actor 2 may become 3 while its actor 3 becomes 2.
 */
final class CopiedIds {
    private final Map<Long, Long> articles = new HashMap<>();
    private final Map<Long, Long> actors = new HashMap<>();

    void article(long from, long to) {
        articles.put(from, to);
    }

    void actor(long from, long to) {
        actors.put(from, to);
    }

    boolean hasArticle(long from) {
        return articles.containsKey(from);
    }

    boolean hasActor(long from) {
        return actors.containsKey(from);
    }

    Long article(Long from) {
        return from == null ? null : articles.get(from);
    }

    Long actor(Long from) {
        return from == null ? null : actors.get(from);
    }

    /** A role's article, when that article was copied; else the role names none (the date stays). */
    ActorRole role(ActorRole role) {
        return new ActorRole(role.role(), role.asOf(), article(role.articleId()));
    }

    /**
     * The annotation on its copied article, naming the copied actors; a claim citing a quote that is not copied
     * (nor already there, {@code quotesThere}) cites none.
     */
    Annotation annotation(Annotation source, Set<UUID> quotesThere) {
        AnnotationBody body = switch (source.body()) {
            case Highlight highlight -> highlight;
            case ActorMention mention -> new ActorMention(actor(mention.actorId()));
            case QuoteDetails quote -> quote.withSpeaker(actor(quote.speakerActorId()));
            case ClaimDetails claim -> new ClaimDetails(claim.statement(), actor(claim.claimantActorId()), claim.claimantIsOutlet(),
                    claim.kind(), claim.status(), claim.evidence(),
                    claim.quoteId() != null && quotesThere.contains(claim.quoteId()) ? claim.quoteId() : null);
        };
        return new Annotation(source.id(), article(source.articleId()), source.revision(), source.anchor(), source.anchorState(),
                body, source.note(), source.tags(), source.colour(), source.created(), source.modified());
    }

    /** A saved filter naming copied articles and actors; one naming an article or actor not copied is not copied (null). */
    AnnotationFilter filter(AnnotationFilter source) {
        if ((source.articleId() != null && !hasArticle(source.articleId())) || (source.actorId() != null && !hasActor(source.actorId()))) {
            return null;
        }
        return source.withArticle(article(source.articleId())).withActor(actor(source.actorId()), List.copyOf(source.actorLinks()));
    }
}
