package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, seventeenth session, from the sixty-eighth held-out set (a corruption inquiry hearing), read after its blind
 * run: letters after a name set off by commas ("Dominic Farrell, SC, asked") are neither an actor nor the speaker; in an
 * exchange of questions and answers, an answer that names the asker ("I was a minister, Mr Farrell.") is the other side's.
 */
class HearingExchangeCopyTest {
    private static final String HEARING = "Inquiry hears texts\nThe former minister Gregory Tannous gave evidence on Monday.\n"
            + "“What did you mean by ‘coming round’, Mr Tannous?” counsel assisting Dominic Farrell, SC, asked.\n"
            + "“I meant she was reading the file,” Gregory Tannous replied. “That’s all I meant.”\n"
            + "“At 11.42 at night?” Mr Farrell asked.\n"
            + "“I was a minister, Mr Farrell. Ministers read files at 11.42 at night.”";

    @Test
    void lettersAfterANameSetOffByCommasAreTheNamesNotAnActor() {
        Suggestions s = Suggestions.ofLanguage(HEARING, "en");
        assertThat(s.actorNames()).doesNotContain("SC");
        assertThat(s.quote("What did you mean by ‘coming round’, Mr Tannous?").speaker()).isEqualTo("Dominic Farrell");
    }

    @Test
    void anAnswerThatNamesTheAskerIsTheOtherSides() {
        Suggestions s = Suggestions.ofLanguage(HEARING, "en");
        assertThat(s.quote("I was a minister, Mr Farrell. Ministers read files at 11.42 at night.").speaker()).isEqualTo("Gregory Tannous");
    }
}
