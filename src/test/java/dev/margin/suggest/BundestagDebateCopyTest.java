package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the German half of the thirty-first held-out set (a Bundestag debate reported speaker by speaker),
 * after its one blind run.
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
}
