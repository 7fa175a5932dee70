package dev.margin.domain;

import java.util.Objects;

/**
 * Who said the quoted words, and how. The anchor of the owning annotation is the quoted content.
 *
 * @param speakerActorId the speaking actor, or null while unknown
 * @param speakerSpan    where the speaker is mentioned ("Okafor", "she"), or null
 * @param cue            the reporting verb or phrase ("said", "according to"), may be empty
 * @param cueSpan        where the cue stands, or null
 */
public record QuoteDetails(Long speakerActorId, Span speakerSpan, String cue, Span cueSpan,
                           QuoteType type, SpeakerResolution resolution) implements AnnotationBody {
    public QuoteDetails {
        cue = cue == null ? "" : cue;
        Objects.requireNonNull(type, "type");
        resolution = resolution == null
                ? (speakerActorId == null ? SpeakerResolution.UNATTRIBUTED : SpeakerResolution.EXPLICIT)
                : resolution;
    }

    @Override
    public AnnotationKind annotationKind() {
        return AnnotationKind.QUOTE;
    }

    public static QuoteDetails direct(Long speakerActorId, String cue) {
        return new QuoteDetails(speakerActorId, null, cue, null, QuoteType.DIRECT, null);
    }

    public QuoteDetails withSpeaker(Long actorId) {
        return new QuoteDetails(actorId, speakerSpan, cue, cueSpan, type, resolution);
    }
}
