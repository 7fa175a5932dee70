package dev.margin.suggest;

import dev.margin.domain.ActorType;
import dev.margin.domain.QuoteType;
import dev.margin.domain.SpeakerResolution;
import dev.margin.domain.Span;

/**
 * What the rules propose for words the user marks as a quote by hand: its type, who said it and with which
 * cue, found by the same engine that makes quote suggestions.
 *
 * @param name         the speaker's canonical name (a library actor's name when it is one), empty when none
 * @param nameSpan     where the text names the speaker (the name, the pronoun, "a senior official"), or null
 * @param cue          the reporting verb or phrase as the text writes it ("said", "According to"), empty when none
 * @param cueSpan      where the cue stands, or null
 * @param knownActorId the library actor the speaker is, or null when the name is new or there is none
 * @param speakerType  what kind of actor the speaker seems to be, for creating it when it is new
 */
public record QuoteProposal(String name, Span nameSpan, String cue, Span cueSpan, SpeakerResolution resolution,
                            QuoteType type, Long knownActorId, ActorType speakerType) {
    public QuoteProposal {
        name = name == null ? "" : name;
        cue = cue == null ? "" : cue;
        resolution = resolution == null ? SpeakerResolution.UNATTRIBUTED : resolution;
        speakerType = speakerType == null ? ActorType.PERSON : speakerType;
    }

    /** Nothing known about the speaker; only the type. */
    public static QuoteProposal none(QuoteType type) {
        return new QuoteProposal("", null, "", null, SpeakerResolution.UNATTRIBUTED, type, null, ActorType.PERSON);
    }

    /** The proposal with its speaker being the library actor {@code id}, named and typed as it is there. */
    public QuoteProposal knownAs(long id, String actorName, ActorType actorType) {
        return new QuoteProposal(actorName, nameSpan, cue, cueSpan, resolution, type, id, actorType);
    }

    public boolean hasName() {
        return !name.isEmpty();
    }
}
