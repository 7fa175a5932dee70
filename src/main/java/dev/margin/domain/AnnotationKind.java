package dev.margin.domain;

/** The four kinds of mark a reader can make. */
public enum AnnotationKind {
    HIGHLIGHT, QUOTE, ACTOR, CLAIM
}
