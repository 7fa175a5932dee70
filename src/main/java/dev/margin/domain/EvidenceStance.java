package dev.margin.domain;

public enum EvidenceStance {
    SUPPORTS, REFUTES, CONTEXT
}
