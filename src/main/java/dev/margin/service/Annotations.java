package dev.margin.service;

import dev.margin.domain.Annotation;
import dev.margin.domain.ClaimDetails;

import java.time.Instant;
import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

/** Copies of annotations with one thing changed that the domain record has no wither for. */
final class Annotations {
    private Annotations() {
    }

    static Annotation modified(Annotation a, Instant now) {
        return new Annotation(a.id(), a.articleId(), a.revision(), a.anchor(), a.anchorState(), a.body(), a.note(), a.tags(),
                a.colour(), a.created(), now);
    }

    /** The claim citing {@code quoteId} again; its modified time is left alone, as this only undoes a side effect. */
    static Annotation withClaimQuote(Annotation claim, UUID quoteId) {
        ClaimDetails c = claim.claim();
        ClaimDetails linked = new ClaimDetails(c.statement(), c.claimantActorId(), c.claimantIsOutlet(), c.kind(), c.status(),
                c.evidence(), quoteId);
        return claim.withClaim(linked, claim.modified());
    }

    /** Every actor the annotations name: as quote speaker, as mentioned actor, or as claimant; in id order. */
    static SortedSet<Long> actorIds(Collection<Annotation> annotations) {
        SortedSet<Long> ids = new TreeSet<>();
        for (Annotation a : annotations) {
            if (a.actorId() != null) {
                ids.add(a.actorId());
            }
            if (a.quote() != null && a.quote().speakerActorId() != null) {
                ids.add(a.quote().speakerActorId());
            }
            if (a.claim() != null && a.claim().claimantActorId() != null) {
                ids.add(a.claim().claimantActorId());
            }
        }
        return ids;
    }
}
