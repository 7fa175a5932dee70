package dev.margin.service.change;

import dev.margin.domain.Annotation;
import dev.margin.domain.Evidence;
import dev.margin.service.ClaimService;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Adding one piece of evidence to a claim, as an undoable change. Undo removes that piece (as it was stored,
 * cleaned) in one transaction that re-reads the claim, so anything else changed on the claim meanwhile, in the
 * reader or here, is kept; it is refused when the evidence is no longer there.
 */
public final class EvidenceAddition implements Change {
    private final ClaimService claims;
    private final String description;
    private final UUID claimId;
    private final Evidence evidence;
    private volatile Evidence stored;

    public EvidenceAddition(ClaimService claims, String description, UUID claimId, Evidence evidence) {
        this.claims = Objects.requireNonNull(claims, "claims");
        this.description = Objects.requireNonNull(description, "description");
        this.claimId = Objects.requireNonNull(claimId, "claimId");
        this.evidence = Objects.requireNonNull(evidence, "evidence");
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public ChangeEffect apply() {
        Annotation changed = claims.addEvidence(claimId, evidence);
        List<Evidence> all = changed.claim().evidence();
        stored = all.getLast();
        return ChangeEffect.changed(changed, false);
    }

    @Override
    public ChangeEffect revert() {
        if (stored == null) {
            throw new IllegalStateException("The change \"" + description + "\" was never made, so there is nothing to undo.");
        }
        return ChangeEffect.changed(claims.removeEvidence(claimId, stored), false);
    }
}
