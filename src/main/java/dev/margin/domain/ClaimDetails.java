package dev.margin.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What is asserted and how it stands. The anchor of the owning annotation is the claim's span.
 *
 * @param statement         a short normalised statement of the claim, editable, may be empty
 * @param claimantActorId   the actor making the claim, or null
 * @param claimantIsOutlet  true when the article or outlet itself makes the claim
 * @param quoteId           the quote annotation the claim appears in, or null
 */
public record ClaimDetails(String statement, Long claimantActorId, boolean claimantIsOutlet, ClaimKind kind,
                           ClaimStatus status, List<Evidence> evidence, UUID quoteId) implements AnnotationBody {
    public ClaimDetails {
        statement = statement == null ? "" : statement;
        kind = kind == null ? ClaimKind.OTHER : kind;
        status = status == null ? ClaimStatus.UNVERIFIED : status;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    @Override
    public AnnotationKind annotationKind() {
        return AnnotationKind.CLAIM;
    }

    public static ClaimDetails unverified(Long claimantActorId) {
        return new ClaimDetails("", claimantActorId, false, ClaimKind.OTHER, ClaimStatus.UNVERIFIED, List.of(), null);
    }

    public ClaimDetails withStatus(ClaimStatus newStatus) {
        return new ClaimDetails(statement, claimantActorId, claimantIsOutlet, kind, Objects.requireNonNull(newStatus), evidence, quoteId);
    }

    public ClaimDetails withClaimant(Long actorId) {
        return new ClaimDetails(statement, actorId, claimantIsOutlet, kind, status, evidence, quoteId);
    }
}
