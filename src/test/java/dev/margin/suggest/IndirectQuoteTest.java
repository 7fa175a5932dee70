package dev.margin.suggest;

import dev.margin.domain.QuoteType;
import dev.margin.domain.SpeakerResolution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reported speech with its reporting verb or phrase. */
class IndirectQuoteTest {
    @Test
    void saidThatGivesTheClauseAfterThat() {
        Suggestion quote = Suggestions.of("Central bank governor Ama Mensah said on Tuesday that inflation had peaked.")
                .quote("inflation had peaked");
        assertThat(quote.quoteType()).isEqualTo(QuoteType.INDIRECT);
        assertThat(quote.speaker()).isEqualTo("Ama Mensah");
        assertThat(quote.cue()).isEqualTo("said");
    }

    @Test
    void saidWithoutThat() {
        assertThat(Suggestions.of("Ama Mensah said the bank would hold rates at 27 percent.")
                .quote("the bank would hold rates at 27 percent").speaker()).isEqualTo("Ama Mensah");
    }

    @Test
    void toldReportersSkipsTheAudience() {
        assertThat(Suggestions.of("Samuel Eze told reporters in Abuja the vote had been rigged.").quoteTexts())
                .containsExactly("the vote had been rigged");
    }

    @Test
    void hasStatedThatAndOtherVerbs() {
        Suggestions s = Suggestions.of("The ministry has stated that no wells were contaminated. "
                + "Musa Bello warned that the strike would spread. She denied the shortage was caused by hoarding.");
        assertThat(s.quoteTexts()).contains("no wells were contaminated", "the strike would spread",
                "the shortage was caused by hoarding");
        assertThat(s.quote("the strike would spread").speaker()).isEqualTo("Musa Bello");
    }

    @Test
    void accordingToAtEitherEnd() {
        Suggestions s = Suggestions.of("According to the World Bank, growth will slow to 2 percent. "
                + "Exports fell by a third, according to customs officials.");
        assertThat(s.quote("growth will slow to 2 percent").speaker()).isEqualTo("World Bank");
        Suggestion exports = s.quote("Exports fell by a third");
        assertThat(exports.resolution()).isEqualTo(SpeakerResolution.ANONYMOUS);
        assertThat(exports.cue()).isEqualTo("according to");
    }

    @Test
    void invertedAttributionAtTheEnd() {
        Suggestions s = Suggestions.of("The talks broke down over inspections, officials said. "
                + "Prices will rise again in May, said Ama Mensah.");
        assertThat(s.quote("The talks broke down over inspections").resolution()).isEqualTo(SpeakerResolution.ANONYMOUS);
        assertThat(s.quote("Prices will rise again in May").speaker()).isEqualTo("Ama Mensah");
    }

    @Test
    void plainNarrationIsNoReportedSpeech() {
        assertThat(Suggestions.of("The company added 200 jobs in March. The claims were rejected by the court.").quotes()).isEmpty();
    }
}
