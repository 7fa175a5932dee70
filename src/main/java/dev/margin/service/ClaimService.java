package dev.margin.service;

import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.Evidence;
import dev.margin.store.Store;
import dev.margin.store.StoreException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A fact-checker's work on a claim from the review side: its verification status and its evidence. Each
 * change reads the claim as stored now and saves it through {@link AnnotationService#update} in one
 * transaction, so a change made meanwhile in the reader is never overwritten with an older copy.
 */
public final class ClaimService {
    private final Store store;
    private final AnnotationService annotations;

    public ClaimService(Store store, AnnotationService annotations) {
        this.store = Objects.requireNonNull(store, "store");
        this.annotations = Objects.requireNonNull(annotations, "annotations");
    }

    public Annotation changeStatus(UUID claimId, ClaimStatus status) {
        Objects.requireNonNull(status, "status");
        return change(claimId, claim -> claim.withStatus(status));
    }

    /** Adds evidence after the claim's existing evidence; a blank URL is refused. */
    public Annotation addEvidence(UUID claimId, Evidence evidence) {
        Objects.requireNonNull(evidence, "evidence");
        if (evidence.url().isBlank()) {
            throw new IllegalArgumentException("Evidence needs a URL.");
        }
        Evidence cleaned = new Evidence(evidence.url().strip(),
                evidence.archivedUrl() == null || evidence.archivedUrl().isBlank() ? null : evidence.archivedUrl().strip(),
                evidence.stance(), evidence.note().strip());
        return change(claimId, claim -> {
            List<Evidence> more = new ArrayList<>(claim.evidence());
            more.add(cleaned);
            return withEvidence(claim, more);
        });
    }

    /** Removes the evidence at {@code index} (0-based) of the claim's list. */
    public Annotation removeEvidence(UUID claimId, int index) {
        return change(claimId, claim -> {
            if (index < 0 || index >= claim.evidence().size()) {
                throw new IllegalArgumentException("The claim has no evidence number " + (index + 1) + ".");
            }
            List<Evidence> fewer = new ArrayList<>(claim.evidence());
            fewer.remove(index);
            return withEvidence(claim, fewer);
        });
    }

    /**
     * Removes the last piece of evidence equal to {@code evidence} (as stored: cleaned) from the claim, reading
     * and saving it in one transaction, so evidence added or removed meanwhile stays as it is. Refused when the
     * claim no longer has that evidence.
     */
    public Annotation removeEvidence(UUID claimId, Evidence evidence) {
        Objects.requireNonNull(evidence, "evidence");
        return change(claimId, claim -> {
            int index = claim.evidence().lastIndexOf(evidence);
            if (index < 0) {
                throw new IllegalStateException("The claim no longer has the evidence " + evidence.url() + ".");
            }
            List<Evidence> fewer = new ArrayList<>(claim.evidence());
            fewer.remove(index);
            return withEvidence(claim, fewer);
        });
    }

    /** The claim as stored now. */
    public Annotation claim(UUID claimId) {
        Annotation annotation = store.annotations().find(claimId)
                .orElseThrow(() -> new StoreException("There is no annotation " + claimId + " in " + store.file() + "."));
        if (annotation.kind() != AnnotationKind.CLAIM) {
            throw new IllegalArgumentException("The annotation " + claimId + " is a " + annotation.kind() + ", not a claim.");
        }
        return annotation;
    }

    private Annotation change(UUID claimId, UnaryOperator<ClaimDetails> edit) {
        return store.inTransaction(() -> {
            Annotation claim = claim(claimId);
            return annotations.update(claim.withClaim(edit.apply(claim.claim()), claim.modified()));
        });
    }

    private static ClaimDetails withEvidence(ClaimDetails claim, List<Evidence> evidence) {
        return new ClaimDetails(claim.statement(), claim.claimantActorId(), claim.claimantIsOutlet(), claim.kind(), claim.status(),
                evidence, claim.quoteId());
    }
}
