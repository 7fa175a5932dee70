package dev.margin.domain.read;

/** How an annotation names an actor: as a quote's speaker, as the actor a mention is of, or as a claim's claimant. */
public enum ActorLink {
    SPEAKER, MENTION, CLAIMANT
}
