package dev.margin.service.change;

import dev.margin.domain.Actor;
import dev.margin.domain.Annotation;

import java.time.Instant;

/**
 * An actor typed by the user that does not exist yet, and where the annotation refers to it. A change
 * carrying one creates the actor together with the annotation, in one transaction, and removes it
 * again on undo when nothing else refers to it.
 */
public record NewActor(Actor draft, Slot slot) {
    /** The place in an annotation that names an actor. */
    public enum Slot {
        SPEAKER, MENTION, CLAIMANT;

        /** The annotation with this slot pointing at the actor {@code actorId}. */
        public Annotation bind(Annotation annotation, long actorId, Instant now) {
            return switch (this) {
                case SPEAKER -> annotation.withQuote(annotation.quote().withSpeaker(actorId), now);
                case MENTION -> annotation.withActor(actorId, now);
                case CLAIMANT -> annotation.withClaim(annotation.claim().withClaimant(actorId), now);
            };
        }
    }
}
