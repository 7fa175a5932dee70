package dev.margin.domain;

import java.util.Objects;

/** A source that bears on a claim: its URL, an optional archived copy, its stance and a note. */
public record Evidence(String url, String archivedUrl, EvidenceStance stance, String note) {
    public Evidence {
        Objects.requireNonNull(url, "url");
        stance = stance == null ? EvidenceStance.CONTEXT : stance;
        note = note == null ? "" : note;
    }
}
