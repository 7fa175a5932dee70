package dev.margin.ui.annotations;

import dev.margin.domain.QuoteType;

/**
 * What the quote dialog hands back: the speaker as typed (an existing actor's name or alias, a new
 * name, or empty for an unattributed quote), the cue and the type. The proposal it started from lets
 * the quote keep the spans of the speaker's mention and of the cue when the user accepted them.
 */
public record QuoteInput(String speaker, String cue, QuoteType type, SpeakerProposal proposal) {
    public QuoteInput {
        speaker = speaker == null ? "" : speaker.strip();
        cue = cue == null ? "" : cue.strip();
    }
}
