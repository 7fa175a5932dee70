package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, seventeenth session, from the fifty-fifth and seventy-second held-out sets (a Swiss budget, a Bundesrat debate
 * on a party ban), read after their blind runs: a scholar named once is then "der Staatsrechtler" or "die Politologin"; a sentence that opens with a named
 * person and runs into a colon hands the Konjunktiv after the colon to them.
 */
class ExpertVoicesCopyTest {
    @Test
    void aScholarsWordStandsForTheScholarNamedBefore() {
        Suggestions s = Suggestions.ofLanguage("Verbotsantrag\nInnenminister Florian Aschenbrenner warb für den Antrag. Wie hoch die Hürden "
                + "liegen, kann Gerold Hainbuch genau aufzählen. Die Frage sei nicht, ob die Partei verfassungsfeindlich sei, sagte der "
                + "Freiburger Staatsrechtler dem SPIEGEL.", "de");
        assertThat(s.quote("Die Frage sei nicht, ob die Partei verfassungsfeindlich sei").speaker()).isEqualTo("Gerold Hainbuch");
    }

    @Test
    void aNamedSubjectBeforeAColonSpeaksTheKonjunktivAfterIt() {
        Suggestions s = Suggestions.ofLanguage("Schutzbauten\nRegierungsrat Curdin Arpagaus kritisierte den Bund. Bundesrätin Annelies Furrer "
                + "verteidigte den Plan, sagte sie, die Kantone müssten «ihren Teil» tragen. Die Konferenz der Kantonsregierungen will das "
                + "Geschäft im März traktandieren. Arpagaus jedenfalls hat seine Antwort bereits formuliert: Graubünden werde «keinen "
                + "einzigen Franken» bei den Schutzbauten streichen.", "de");
        assertThat(s.quote("keinen einzigen Franken").speaker()).isEqualTo("Curdin Arpagaus");
    }
}
