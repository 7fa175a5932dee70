package dev.margin.ui.annotations;

import dev.margin.domain.QuoteType;
import dev.margin.domain.SpeakerResolution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpeakerProposerTest {
    private static SpeakerProposal proposeFor(String text, String quote) {
        int start = text.indexOf(quote);
        return SpeakerProposer.propose(text, start, start + quote.length());
    }

    @Test
    void proposesTheNameAfterSaidAndSkipsTheTitle() {
        String text = "Fares rose.\n“We had no choice,” said Transport Minister Adaeze Okafor on Monday.";
        SpeakerProposal proposal = proposeFor(text, "“We had no choice,”");

        assertThat(proposal.name()).isEqualTo("Adaeze Okafor");
        assertThat(text.substring(proposal.nameSpan().start(), proposal.nameSpan().end())).isEqualTo("Adaeze Okafor");
        assertThat(proposal.cue()).isEqualTo("said");
        assertThat(text.substring(proposal.cueSpan().start(), proposal.cueSpan().end())).isEqualTo("said");
        assertThat(proposal.resolution()).isEqualTo(SpeakerResolution.EXPLICIT);
        assertThat(proposal.type()).isEqualTo(QuoteType.DIRECT);
    }

    @Test
    void proposesTheNameBeforeTheCue() {
        String text = "“Nobody will go without water,” Oduya said at a briefing.";
        SpeakerProposal proposal = proposeFor(text, "“Nobody will go without water,”");

        assertThat(proposal.name()).isEqualTo("Oduya");
        assertThat(proposal.cue()).isEqualTo("said");
    }

    @Test
    void aPronounProposesTheLastNameMentionedBefore() {
        String text = "Opposition councillor Hanne Lindqvist accused the board.\n“They knew about the leaks,” she said.";
        SpeakerProposal proposal = proposeFor(text, "“They knew about the leaks,”");

        assertThat(proposal.name()).isEqualTo("Hanne Lindqvist");
        assertThat(proposal.resolution()).isEqualTo(SpeakerResolution.PRONOUN);
        assertThat(text.substring(proposal.nameSpan().start(), proposal.nameSpan().end())).isEqualTo("she");
    }

    @Test
    void reportedSpeechWithTheCueBeforeIsIndirect() {
        String text = "Achterberg said the schedule would be reviewed every fortnight.";
        SpeakerProposal proposal = proposeFor(text, "the schedule would be reviewed every fortnight");

        assertThat(proposal.name()).isEqualTo("Achterberg");
        assertThat(proposal.type()).isEqualTo(QuoteType.INDIRECT);
    }

    @Test
    void accordingToIsOneCue() {
        String text = "According to Lindqvist, the utility loses “nearly 30 per cent” through leaks.";
        SpeakerProposal proposal = proposeFor(text, "the utility loses “nearly 30 per cent” through leaks");

        assertThat(proposal.cue()).isEqualTo("According to");
        assertThat(proposal.name()).isEqualTo("Lindqvist");
        assertThat(proposal.type()).isEqualTo(QuoteType.PARTIAL);
    }

    @Test
    void noCueMeansNoProposal() {
        String text = "The bridge opened in 1968. “It is old,” the sign reads.";
        SpeakerProposal proposal = proposeFor(text, "“It is old,”");

        assertThat(proposal.hasName()).isFalse();
        assertThat(proposal.resolution()).isEqualTo(SpeakerResolution.UNATTRIBUTED);
    }

    @Test
    void theSearchStaysInsideTheParagraph() {
        String text = "“Short,” he wrote.\n“Another paragraph entirely.”\nMayor Rafael Oduya said nothing.";
        SpeakerProposal proposal = proposeFor(text, "“Another paragraph entirely.”");

        assertThat(proposal.hasName()).isFalse();
        assertThat(proposal.cue()).isEmpty();
    }
}
