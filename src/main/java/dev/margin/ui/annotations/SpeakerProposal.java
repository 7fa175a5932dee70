package dev.margin.ui.annotations;

import dev.margin.domain.QuoteType;
import dev.margin.domain.Span;
import dev.margin.domain.SpeakerResolution;

/**
 * What the quote dialog proposes for a selected quote: the speaker's name and where it stands, the
 * reporting cue and where it stands, how the speaker was found and the quote's type.
 *
 * @param name     the proposed speaker name, empty when none was found
 * @param nameSpan where the name (or the pronoun) stands, or null
 * @param cue      the reporting verb or phrase, empty when none was found
 * @param cueSpan  where the cue stands, or null
 */
public record SpeakerProposal(String name, Span nameSpan, String cue, Span cueSpan,
                              SpeakerResolution resolution, QuoteType type) {
    public static SpeakerProposal none(QuoteType type) {
        return new SpeakerProposal("", null, "", null, SpeakerResolution.UNATTRIBUTED, type);
    }

    public boolean hasName() {
        return !name.isEmpty();
    }
}
