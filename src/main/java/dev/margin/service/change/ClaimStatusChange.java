package dev.margin.service.change;

import dev.margin.domain.ClaimStatus;
import dev.margin.service.ClaimService;

import java.util.Objects;
import java.util.UUID;

/**
 * Giving a claim a new verification status, as an undoable change. Apply and undo each re-read the claim and
 * set only its status (through {@link ClaimService#changeStatus}), so a note, a tag or evidence changed
 * meanwhile in the reader is kept.
 */
public final class ClaimStatusChange implements Change {
    private final ClaimService claims;
    private final String description;
    private final UUID claimId;
    private final ClaimStatus before;
    private final ClaimStatus after;

    /** Moves the claim from status {@code before} (what the user saw) to {@code after}. */
    public ClaimStatusChange(ClaimService claims, String description, UUID claimId, ClaimStatus before, ClaimStatus after) {
        this.claims = Objects.requireNonNull(claims, "claims");
        this.description = Objects.requireNonNull(description, "description");
        this.claimId = Objects.requireNonNull(claimId, "claimId");
        this.before = Objects.requireNonNull(before, "before");
        this.after = Objects.requireNonNull(after, "after");
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public ChangeEffect apply() {
        return ChangeEffect.changed(claims.changeStatus(claimId, after), false);
    }

    @Override
    public ChangeEffect revert() {
        return ChangeEffect.changed(claims.changeStatus(claimId, before), false);
    }
}
