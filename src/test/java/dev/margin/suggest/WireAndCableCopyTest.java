package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the English half of the thirty-first held-out set (a Reuters story on ceasefire talks, a CNN story on
 * a White House briefing), after its one blind run: where a reported clause begins and ends.
 */
class WireAndCableCopyTest {
    @Test
    void aWeekdayAfterTheVerbIsWhenNotWhatAndTheWritersParticipleEndsTheClause() {
        Suggestions s = Suggestions.of("Rail money frozen\nThe White House said Tuesday it was freezing $1.6 billion for a light-rail "
                + "line in Portland, Oregon, escalating a weekslong feud with the state's governor.");
        assertThat(s.quote("it was freezing $1.6 billion for a light-rail line in Portland, Oregon").speaker()).isEqualTo("White House");
    }

    @Test
    void aLongListenerBeforeThatIsNoPartOfTheClause() {
        Suggestions s = Suggestions.of("Talks\nForeign Minister Arkady Voronin told reporters on the sidelines of a meeting of BRICS "
                + "foreign ministers in Rio de Janeiro that Moscow was open to any format.");
        assertThat(s.quote("Moscow was open to any format").speaker()).isEqualTo("Arkady Voronin");
    }

    @Test
    void aSceneInAParticipleBeforeTheSpeakerIsNotWhatTheySaid() {
        Suggestions s = Suggestions.of("Rail money frozen\nGov. Teresa Lindgren called the freeze unlawful.\nSpeaking to reporters in Salem "
                + "later Tuesday, Lindgren said her office had received no warning.");
        assertThat(s.quoteTexts()).contains("her office had received no warning").doesNotContain("Speaking to reporters in Salem later Tuesday");
    }
}
