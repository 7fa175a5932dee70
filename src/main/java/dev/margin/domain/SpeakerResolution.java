package dev.margin.domain;

/** How the speaker of a quote was identified in the text. */
public enum SpeakerResolution {
    EXPLICIT, PRONOUN, ANONYMOUS, UNATTRIBUTED
}
