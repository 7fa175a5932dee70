package dev.margin.domain;

public enum QuoteType {
    /** The speaker's words in quotation marks. */
    DIRECT,
    /** Reported speech: "X said that ...". */
    INDIRECT,
    /** A few quoted words inside the writer's own sentence, or a mix of both. */
    PARTIAL
}
