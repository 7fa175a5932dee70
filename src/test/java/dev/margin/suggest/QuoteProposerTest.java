package dev.margin.suggest;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorType;
import dev.margin.domain.QuoteType;
import dev.margin.domain.SpeakerResolution;
import dev.margin.domain.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proposal of the Q dialog, from the suggestion engine: the cases the dialog's own proposer covered before
 * the two were made one, and the quotation-mark shapes it read wrong (issue 16: “…low,” proposed "indirect").
 */
class QuoteProposerTest {
    private static final QuoteProposer PROPOSER = new QuoteProposer(Lexicon.load());

    private static QuoteProposal proposeFor(String text, String quote) {
        return proposeFor(text, quote, List.of());
    }

    private static QuoteProposal proposeFor(String text, String quote, List<Actor> known) {
        int start = text.indexOf(quote);
        assertThat(start).as("the quote is in the text").isNotNegative();
        return PROPOSER.propose(text, start, start + quote.length(), known);
    }

    private static String at(String text, Span span) {
        return text.substring(span.start(), span.end());
    }

    @Test
    void proposesTheNameAfterSaidAndSkipsTheTitle() {
        String text = "Fares rose.\n“We had no choice,” said Transport Minister Adaeze Okafor on Monday.";
        QuoteProposal proposal = proposeFor(text, "“We had no choice,”");

        assertThat(proposal.name()).isEqualTo("Adaeze Okafor");
        assertThat(at(text, proposal.nameSpan())).isEqualTo("Adaeze Okafor");
        assertThat(proposal.cue()).isEqualTo("said");
        assertThat(at(text, proposal.cueSpan())).isEqualTo("said");
        assertThat(proposal.resolution()).isEqualTo(SpeakerResolution.EXPLICIT);
        assertThat(proposal.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(proposal.speakerType()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void proposesTheNameBeforeTheCue() {
        String text = "“Nobody will go without water,” Oduya said at a briefing.";
        QuoteProposal proposal = proposeFor(text, "“Nobody will go without water,”");

        assertThat(proposal.name()).isEqualTo("Oduya");
        assertThat(proposal.cue()).isEqualTo("said");
    }

    @Test
    void aPronounProposesThePersonMentionedBefore() {
        String text = "Opposition councillor Hanne Lindqvist accused the board.\n“They knew about the leaks,” she said.";
        QuoteProposal proposal = proposeFor(text, "“They knew about the leaks,”");

        assertThat(proposal.name()).isEqualTo("Hanne Lindqvist");
        assertThat(proposal.resolution()).isEqualTo(SpeakerResolution.PRONOUN);
        assertThat(at(text, proposal.nameSpan())).isEqualTo("she");
    }

    @Test
    void reportedSpeechWithTheCueBeforeIsIndirect() {
        String text = "Achterberg said the schedule would be reviewed every fortnight.";
        QuoteProposal proposal = proposeFor(text, "the schedule would be reviewed every fortnight");

        assertThat(proposal.name()).isEqualTo("Achterberg");
        assertThat(proposal.cue()).isEqualTo("said");
        assertThat(proposal.type()).isEqualTo(QuoteType.INDIRECT);
    }

    @Test
    void accordingToIsOneCueWrittenAsInTheText() {
        String text = "According to Lindqvist, the utility loses “nearly 30 per cent” through leaks.";
        QuoteProposal proposal = proposeFor(text, "the utility loses “nearly 30 per cent” through leaks");

        assertThat(proposal.cue()).isEqualTo("According to");
        assertThat(proposal.name()).isEqualTo("Lindqvist");
        assertThat(proposal.type()).isEqualTo(QuoteType.PARTIAL);
    }

    @Test
    void noCueMeansNoProposal() {
        String text = "The bridge opened in 1968. “It is old,” the sign reads.";
        QuoteProposal proposal = proposeFor(text, "“It is old,”");

        assertThat(proposal.hasName()).isFalse();
        assertThat(proposal.resolution()).isEqualTo(SpeakerResolution.UNATTRIBUTED);
    }

    @Test
    void theSearchStaysInsideTheParagraph() {
        String text = "“Short,” he wrote.\n“Another paragraph entirely.”\nMayor Rafael Oduya said nothing.";
        QuoteProposal proposal = proposeFor(text, "“Another paragraph entirely.”");

        assertThat(proposal.hasName()).isFalse();
        assertThat(proposal.cue()).isEmpty();
    }

    @Test
    void aWordsFragmentWithoutAFoundQuoteTakesTheNearestCue() {
        String text = "The minister spoke late. Fares will stay where they are, Okafor told reporters on Monday.";
        QuoteProposal proposal = proposeFor(text, "stay where they are");

        assertThat(proposal.name()).isEqualTo("Okafor");
        assertThat(proposal.cue()).isEqualTo("told");
        assertThat(proposal.type()).isEqualTo(QuoteType.INDIRECT);
    }

    @Test
    void aSpeakerTheLibraryKnowsIsProposedByItsNameAndId() {
        Actor okafor = new Actor(7, "Adaeze Okafor", List.of("Okafor"), ActorType.PERSON, "", null, null, List.of());
        String text = "“We will keep fares low,” Okafor said.";
        QuoteProposal proposal = proposeFor(text, "We will keep fares low", List.of(okafor));

        assertThat(proposal.name()).isEqualTo("Adaeze Okafor");
        assertThat(proposal.knownActorId()).isEqualTo(7L);
        assertThat(at(text, proposal.nameSpan())).isEqualTo("Okafor");
    }

    @Test
    void anUnnamedSourceIsNoActorButKeepsItsWords() {
        String text = "“The talks are over,” said a senior diplomat who asked not to be named.";
        QuoteProposal proposal = proposeFor(text, "The talks are over,");

        assertThat(proposal.hasName()).isFalse();
        assertThat(proposal.resolution()).isEqualTo(SpeakerResolution.ANONYMOUS);
        assertThat(at(text, proposal.nameSpan())).startsWith("a senior diplomat");
        assertThat(proposal.type()).isEqualTo(QuoteType.DIRECT);
    }

    /** Issue 16: the closing mark after a comma or full stop, selections snapped to the words inside the marks. */
    @ParameterizedTest(name = "{0} selected as «{1}»")
    @CsvSource(delimiter = '|', value = {
            "“We will keep fares low,” she said.|We will keep fares low",
            "“We will keep fares low,” she said.|We will keep fares low,",
            "“We will keep fares low,” she said.|“We will keep fares low,”",
            "“We will keep fares low,” she said.|We will keep fares low,”",
            "“We will keep fares low,” she said.|“We will keep fares low",
            "‘We will keep fares low,’ she said.|We will keep fares low",
            "«We will keep fares low,» she said.|We will keep fares low",
            "« We will keep fares low, » she said.|We will keep fares low",
            "„We will keep fares low“, she said.|We will keep fares low",
            "\"We will keep fares low,\" she said.|We will keep fares low",
            "“We will keep fares low. Nobody pays more.” she said.|Nobody pays more",
    })
    void wordsInsideQuotationMarksAreADirectQuote(String sentence, String selected) {
        String text = "Transport Minister Adaeze Okafor defended the budget.\n" + sentence;
        QuoteProposal proposal = proposeFor(text, selected);

        assertThat(proposal.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(proposal.name()).isEqualTo("Adaeze Okafor");
        assertThat(proposal.resolution()).isEqualTo(SpeakerResolution.PRONOUN);
        assertThat(proposal.cue()).isEqualTo("said");
    }

    @Test
    void aQuoteSplitAroundItsAttributionSelectedWholeIsDirect() {
        String text = "“We will keep fares low,” Okafor said, “and nobody pays more.”";
        QuoteProposal proposal = proposeFor(text, "“We will keep fares low,” Okafor said, “and nobody pays more.”");

        assertThat(proposal.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(proposal.name()).isEqualTo("Okafor");
    }

    @Test
    void quotedWordsRunningOnFromTheWritersSentenceArePartial() {
        String text = "Okafor said the increase was “simply not on the table” this year.";

        assertThat(proposeFor(text, "simply not on the table").type()).isEqualTo(QuoteType.PARTIAL);
        assertThat(proposeFor(text, "the increase was “simply not on the table” this year").type()).isEqualTo(QuoteType.PARTIAL);
        assertThat(proposeFor(text, "the increase was").type()).isEqualTo(QuoteType.INDIRECT);
    }

    @Test
    void anApostropheIsNoQuotationMark() {
        String text = "Okafor said the ministry’s plan would not change this year.";
        QuoteProposal proposal = proposeFor(text, "the ministry’s plan would not change");

        assertThat(proposal.type()).isEqualTo(QuoteType.INDIRECT);
        assertThat(proposal.name()).isEqualTo("Okafor");
    }
}
