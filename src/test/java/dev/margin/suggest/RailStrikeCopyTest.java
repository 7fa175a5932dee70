package dev.margin.suggest;

import dev.margin.domain.SpeakerResolution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the forty-sixth held-out set's German half (a rail strike, a county hospital, prosecutors and a mayor),
 * read after its one blind run on ff465c6.
 */
class RailStrikeCopyTest {
    @Test
    void theNameInAppositionOutweighsSomeoneNamedBeforeWithTheRole() {
        Suggestion quote = Suggestions.ofLanguage("Streik\nDer GDL-Bundesvorsitzende Mario Reichenbach verteidigte den Streik.\n„Die Fahrgäste "
                + "sind die Leidtragenden“, sagte der Bundesvorsitzende des Fahrgastverbands Pro Bahn, Detlef Ahlbrecht, der Nachrichtenagentur "
                + "dpa.", "de").quote("Die Fahrgäste sind die Leidtragenden");
        assertThat(quote.speaker()).isEqualTo("Detlef Ahlbrecht");
    }

    @Test
    void anAgeWrittenOutIsThePersonJustNamed() {
        Suggestion quote = Suggestions.ofLanguage("Streik\nSandra Köhnke wartet an Gleis 9 auf eine S-Bahn. „Ich habe um sieben Frühdienst“, "
                + "sagt die 43 Jahre alte Pflegekraft aus Hanau.", "de").quote("Ich habe um sieben Frühdienst");
        assertThat(quote.speaker()).isEqualTo("Sandra Köhnke");
        assertThat(quote.resolution()).isEqualTo(SpeakerResolution.PRONOUN);
    }

    @Test
    void aCommaRightAfterTheVerbOpensWhatWasDemanded() {
        Suggestions s = Suggestions.ofLanguage("Tarif\nDie Einigung steht.\nDer Vorsitzende des Beamtenbunds dbb, Ulrich Sommerfeld, forderte, "
                + "das Ergebnis auf die Beamten zu übertragen.", "de");
        assertThat(s.quote("das Ergebnis auf die Beamten zu übertragen").speaker()).isEqualTo("Ulrich Sommerfeld");
        assertThat(s.quotes()).extracting(Suggestion::exact).noneMatch(exact -> exact.startsWith("Der Vorsitzende"));
    }

    @Test
    void aQuoteAfterAColonClosingHerReportedWordsIsHers() {
        Suggestion quote = Suggestions.ofLanguage("Streik\nBahn-Personalvorständin Katrin Ollesch-Wendt nannte den Streik „unverhältnismäßig“. "
                + "„Unser Angebot liegt auf dem Tisch“, sagte sie. Eine weitere Verkürzung der Arbeitszeit sei derzeit nicht zu stemmen: „Uns "
                + "fehlen schon heute rund 3.000 Lokführer.“", "de").quote("Uns fehlen schon heute rund 3.000 Lokführer.");
        assertThat(quote.speaker()).isEqualTo("Katrin Ollesch-Wendt");
    }

    @Test
    void wordsReportedAsHerOwnInsideTheClauseAreHers() {
        Suggestion quote = Suggestions.ofLanguage("Prozess\nRichterin Annegret Wöhrle vertagte die Verhandlung. Ein Urteil könnte nach ihren "
                + "Worten Ende des Monats fallen.", "de").quote("Ein Urteil könnte nach ihren Worten Ende des Monats fallen");
        assertThat(quote.speaker()).isEqualTo("Annegret Wöhrle");
    }
}
