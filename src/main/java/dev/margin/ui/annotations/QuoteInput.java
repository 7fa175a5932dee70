package dev.margin.ui.annotations;

import dev.margin.domain.ActorType;
import dev.margin.domain.QuoteType;
import dev.margin.suggest.QuoteProposal;

/**
 * What the quote dialog hands back: the speaker as typed (an existing actor's name or alias, a new
 * name, or empty for an unattributed quote), the type to give the speaker when it is a new actor, the
 * cue and the quote's type. The proposal it started from lets the quote keep the spans of the speaker's
 * mention and of the cue when the user accepted them.
 */
public record QuoteInput(String speaker, ActorType newSpeakerType, String cue, QuoteType type, QuoteProposal proposal) {
    public QuoteInput {
        speaker = speaker == null ? "" : speaker.strip();
        newSpeakerType = newSpeakerType == null ? ActorType.PERSON : newSpeakerType;
        cue = cue == null ? "" : cue.strip();
    }
}
