package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the German half of the thirty-first held-out set (a Bundestag debate reported speaker by speaker, a
 * supplier's results in business-page style), after its one blind run.
 */
class BundestagDebateCopyTest {
    @Test
    void whomTheWordsWereHeldAgainstStandsBeforeTheSpeaker() {
        Suggestions s = Suggestions.ofLanguage("Ticket\nBundesverkehrsministerin Katrin Lembeck (CDU) verteidigte die Pläne. Das Ticket "
                + "sei ein Erfolg, sagte sie.\n„Sie nennen das Verlässlichkeit“, hielt ihr die Grünen-Fraktionschefin Miriam Oschatz entgegen.", "de");
        assertThat(s.quote("Sie nennen das Verlässlichkeit").speaker()).isEqualTo("Miriam Oschatz");
    }

    @Test
    void aPluralSubjunctiveAfterARelativeClauseCarriesReportedSpeechOn() {
        Suggestions s = Suggestions.ofLanguage("Ticket\nDas Ticket werde binnen drei Jahren um 30 Prozent teurer, sagte Miriam Oschatz. "
                + "Gerade Menschen auf dem Land, die ohnehin schlechter angebunden seien, würden so zurück ins Auto gedrängt.", "de");
        assertThat(s.quote("Gerade Menschen auf dem Land, die ohnehin schlechter angebunden seien, würden so zurück ins Auto gedrängt")
                .speaker()).isEqualTo("Miriam Oschatz");
    }

    @Test
    void aClauseInKonjunktivAfterASemicolonGoesOnWithTheSameSpeaker() {
        Suggestions s = Suggestions.ofLanguage("Kessler\nFinanzvorständin Henrike Albrecht-Sommer senkte die Prognose. Der Konzern erwarte "
                + "nun einen Umsatz von 13,6 Milliarden Euro, sagte sie; die Ebit-Marge werde am unteren Ende der Spanne liegen.", "de");
        assertThat(s.quote("die Ebit-Marge werde am unteren Ende der Spanne liegen").speaker()).isEqualTo("Henrike Albrecht-Sommer");
    }

    @Test
    void anAnalystWithHerBankAfterVonIsAPersonThePronounThenMeans() {
        Suggestions s = Suggestions.ofLanguage("Kessler\nSandra Lukowski kritisierte den Plan.\nCarolin Wetzstein von Berenberg hält die "
                + "Einsparungen für zu niedrig. Kessler verliere Marktanteile an chinesische Wettbewerber, schrieb sie an ihre Kunden.", "de");
        assertThat(s.quote("Kessler verliere Marktanteile an chinesische Wettbewerber").speaker()).isEqualTo("Carolin Wetzstein");
    }

    @Test
    void reportedSpeechOnBothSidesOfAnAttributionIsTheSameSpeakers() {
        Suggestions s = Suggestions.ofLanguage("Ticket\nDer CDU-Abgeordnete Florian Wendehorst sprach.\nDie Koalition halte Wort, sagte er, sie "
                + "sichere das Ticket dauerhaft ab.", "de");
        assertThat(s.quote("Die Koalition halte Wort").speaker()).isEqualTo("Florian Wendehorst");
        assertThat(s.quote("sie sichere das Ticket dauerhaft ab").speaker()).isEqualTo("Florian Wendehorst");
    }
}
