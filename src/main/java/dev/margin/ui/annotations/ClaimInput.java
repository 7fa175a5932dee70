package dev.margin.ui.annotations;

import dev.margin.domain.ClaimKind;
import dev.margin.domain.ClaimStatus;

/**
 * What the claim dialog hands back: the claimant as typed (empty for none), whether the outlet itself
 * makes the claim, its kind, status and a short statement (may be empty).
 */
public record ClaimInput(String claimant, boolean outlet, ClaimKind kind, ClaimStatus status, String statement) {
    public ClaimInput {
        claimant = claimant == null ? "" : claimant.strip();
        statement = statement == null ? "" : statement.strip();
    }
}
