package dev.margin.suggest;

import dev.margin.domain.SpeakerResolution;
import dev.margin.domain.Span;

/**
 * Who a quote is attributed to: the actor's canonical name (or the words of an unnamed source), where
 * the text mentions them, how they were identified, and the actor when one was resolved.
 */
record Speaker(String name, Span span, SpeakerResolution resolution, ActorEntity entity) {
    /** Someone unnamed ("a spokesman", "Einer von ihnen"), known by the words of {@code words}. */
    static Speaker unnamed(TextLayout layout, Span words) {
        return new Speaker(layout.text.substring(words.start(), words.end()), words, SpeakerResolution.ANONYMOUS, null);
    }

    /** True when the speaker was resolved to a person the article names (not a body, nor someone unnamed). */
    boolean namesPerson() {
        return entity != null && entity.type == dev.margin.domain.ActorType.PERSON;
    }
}
