package dev.margin.domain;

/** The verification status of a claim, as a fact-checker records it. */
public enum ClaimStatus {
    UNVERIFIED, SUPPORTED, REFUTED, MISLEADING, DISPUTED, UNVERIFIABLE
}
