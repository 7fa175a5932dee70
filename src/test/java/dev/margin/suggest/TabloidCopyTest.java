package dev.margin.suggest;

import dev.margin.domain.SpeakerResolution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the German half of the thirty-first held-out set (a Bundestag debate, a supplier's job cuts, a
 * tabloid's story of a closed bridge), after its one blind run: how tabloid copy places its speakers.
 */
class TabloidCopyTest {
    @Test
    void aQuoteOpeningAParagraphIsThePersonTheNextSentenceOpensWith() {
        Suggestions s = Suggestions.ofLanguage("Brücke\nDas Dorf ist abgeschnitten.\n„Das ist ein Schlag ins Gesicht für jeden hier!“ "
                + "Ortsbürgermeister Heiner Wöltje (62, CDU) ist stinksauer. Seit Wochen schreibt er Briefe.", "de");
        assertThat(s.quote("Das ist ein Schlag ins Gesicht für jeden hier!").speaker()).isEqualTo("Heiner Wöltje");
    }

    @Test
    void aQuoteAfterSentencesAboutOnePersonIsTheirs() {
        Suggestions s = Suggestions.ofLanguage("Brücke\nBesonders hart trifft es Anke Brüning (54). Die Bäckerin beliefert jeden Morgen "
                + "das Seniorenheim. Seit 1998 backt sie in der Dorfstraße. „Früher war ich in vier Minuten drüben.“", "de");
        assertThat(s.quote("Früher war ich in vier Minuten drüben.").speaker()).isEqualTo("Anke Brüning");
    }

    @Test
    void aNameAndAgeBeforeAColonIntroduceReportedSpeech() {
        Suggestions s = Suggestions.ofLanguage("Brücke\nNoch dramatischer: die Rettungszeiten! Ortsbrandmeister Jörg Meinecke (48): Die "
                + "Feuerwehr brauche für Einsätze jetzt bis zu zwölf Minuten länger.", "de");
        assertThat(s.quote("Die Feuerwehr brauche für Einsätze jetzt bis zu zwölf Minuten länger").speaker()).isEqualTo("Jörg Meinecke");
    }

    @Test
    void reportedSpeechAfterAnUnnamedSourcesConfirmationIsThatSources() {
        Suggestions s = Suggestions.ofLanguage("Brücke\n„Im Ernstfall kann das über Leben und Tod entscheiden“, sagte Jörg Meinecke.\n"
                + "Ein Sprecher des Ministeriums bestätigte auf Anfrage die Verzögerung. Die Brücke müsse komplett neu gebaut werden.", "de");
        assertThat(s.quote("Die Brücke müsse komplett neu gebaut werden").resolution()).isEqualTo(SpeakerResolution.ANONYMOUS);
    }

    @Test
    void aPluralRoleBeforeANounUsedOnceIsNoTitledPerson() {
        Suggestions s = Suggestions.ofLanguage("Brücke\nBei einer Prüfung im Herbst hätten Gutachter Risse in den Stahlträgern "
                + "festgestellt, sagte Jörg Meinecke.", "de");
        assertThat(s.actorNames()).containsExactly("Jörg Meinecke");
    }

    @Test
    void wordsOnABannerOrASignAreNobodysQuote() {
        Suggestions s = Suggestions.ofLanguage("Demo\nAuf einem Transparent an einem Balkon stand „Enteignen ist auch eine Lösung“. Ilse schiebt "
                + "ihren Rollator, an dem ein Pappschild mit der Aufschrift „Seit 1971 in der Wrangelstraße“ hängt. „Wo soll ich denn hin?“, "
                + "fragt die 78-Jährige.", "de");
        assertThat(s.quoteTexts()).containsExactly("Wo soll ich denn hin?");
    }
}
