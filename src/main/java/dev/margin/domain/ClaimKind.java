package dev.margin.domain;

public enum ClaimKind {
    STATISTIC, CAUSAL, PREDICTION, CHARACTERISATION, OTHER
}
