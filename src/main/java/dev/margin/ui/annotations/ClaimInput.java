package dev.margin.ui.annotations;

import dev.margin.domain.ClaimKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.Evidence;

import java.util.List;

/**
 * What the claim dialog hands back: the claimant as typed (empty for none), whether the outlet itself
 * makes the claim, its kind, status, a short statement (may be empty) and the evidence given (may be none).
 */
public record ClaimInput(String claimant, boolean outlet, ClaimKind kind, ClaimStatus status, String statement, List<Evidence> evidence) {
    public ClaimInput {
        claimant = claimant == null ? "" : claimant.strip();
        statement = statement == null ? "" : statement.strip();
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** A claim given without evidence. */
    public ClaimInput(String claimant, boolean outlet, ClaimKind kind, ClaimStatus status, String statement) {
        this(claimant, outlet, kind, status, statement, List.of());
    }
}
