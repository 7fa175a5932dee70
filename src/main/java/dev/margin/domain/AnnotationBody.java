package dev.margin.domain;

/**
 * What one annotation says beyond where it stands: nothing (a highlight), who spoke (a quote), who is meant (an actor
 * mention) or what is claimed (a claim). Sealed, so that every {@code switch} over a body names each kind and the
 * compiler says where a new kind must be handled; a body can never carry the details of another kind.
 */
public sealed interface AnnotationBody permits Highlight, QuoteDetails, ActorMention, ClaimDetails {

    /**
     * The kind as stored, filtered and shown; derived from the body, never stored beside it. (Not {@code kind()}:
     * a claim's own {@code kind()} is its {@link ClaimKind}.)
     */
    AnnotationKind annotationKind();

    /** This body pointing to actor {@code to} wherever it pointed to {@code from} (a speaker, a mention, a claimant). */
    default AnnotationBody withActorRepointed(long from, long to) {
        return switch (this) {
            case Highlight highlight -> highlight;
            case QuoteDetails quote -> quote.speakerActorId() != null && quote.speakerActorId() == from
                    ? quote.withSpeaker(to) : quote;
            case ActorMention mention -> mention.actorId() == from ? new ActorMention(to) : mention;
            case ClaimDetails claim -> claim.claimantActorId() != null && claim.claimantActorId() == from
                    ? claim.withClaimant(to) : claim;
        };
    }
}
