package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, nineteenth session, from the forty-eighth and eighty-second held-out sets, read after their runs: a quote in
 * a headline that says someone said it, with no speaker there, is the words of whoever says them in the body; a
 * headline that is only a quote and a topic stays the editor's pick, with no speaker.
 */
class HeadlineQuoteCopyTest {
    @Test
    void aHeadlineQuoteASpeakerRepeatsInTheBodyIsTheirs() {
        Suggestions s = Suggestions.ofLanguage("Builder who told pensioners their roofs were ‘about to collapse’ jailed\nA roofer from Leeds was "
                + "jailed for six years on Friday.\n“Your roof is about to collapse,” Darren Holt told Maureen Fisk, 81, the court heard.", "en");
        assertThat(s.quote("about to collapse").speaker()).isEqualTo("Darren Holt");
    }

    @Test
    void germanHeadlinesThatSaySomeoneSaidItAreTheSame() {
        Suggestions s = Suggestions.ofLanguage("Stadtrat: Kämmerer nennt Etat „auf Kante genäht“\nDer Stadtrat hat am Dienstag den Haushalt "
                + "beschlossen. „Dieser Etat ist auf Kante genäht“, sagte Kämmerer Ulrich Brandes.", "de");
        assertThat(s.quote("auf Kante genäht").speaker()).isEqualTo("Ulrich Brandes");
    }

    @Test
    void aHeadlineThatIsOnlyAQuoteAndATopicStaysWithNobody() {
        Suggestions s = Suggestions.ofLanguage("‘We are still underwater’: bayou towns wait for power\nThree weeks after the storm, Yvette Naquin "
                + "still has no power. “We are still underwater,” she said.", "en");
        assertThat(s.quote("We are still underwater").speaker()).isNull();
    }
}
