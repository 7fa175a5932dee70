package dev.margin.suggest;

import dev.margin.domain.SpeakerResolution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the sixteenth held-out set (a night of coalition talks): German reports with no one named, "hieß es
 * aus Regierungskreisen", "Aus Teilnehmerkreisen verlautete, …", and the body named after "aus" when there is one.
 */
class GermanImpersonalReportTest {
    @Test
    void aReportFromCirclesHasAnUnnamedSpeakerAndRunsOnInTheSubjunctive() {
        Suggestions s = Suggestions.ofLanguage("Haushalt\nDie Spitzen hätten sich am Montag auf ein Paket verständigt, hieß es aus "
                + "Regierungskreisen. Die Lücke werde damit geschlossen.\nAus Teilnehmerkreisen verlautete, der Durchbruch sei erst "
                + "spät gelungen.", "de");
        for (String reported : new String[] {"Die Spitzen hätten sich am Montag auf ein Paket verständigt",
                "Die Lücke werde damit geschlossen", "der Durchbruch sei erst spät gelungen"}) {
            assertThat(s.quote(reported).resolution()).as(reported).isEqualTo(SpeakerResolution.ANONYMOUS);
        }
        assertThat(s.quote("der Durchbruch sei erst spät gelungen").speaker()).isEqualTo("Aus Teilnehmerkreisen");
    }

    @Test
    void wordsFromInsideABodyOrItsCirclesComeFromNobodyNamed() {
        // (held-out sets 9 to 31 annotate "aus dem Ministerium hieß es" as unnamed people in the ministry, 22 times to one)
        Suggestions s = Suggestions.ofLanguage("Wärme\nDas Finanzministerium prüft den Antrag. Aus dem Finanzministerium hieß es, "
                + "zusätzliche Mittel seien nicht vorgesehen. Die SPD stimmte zu. Aus Fraktionskreisen der SPD hieß es, man sei "
                + "zufrieden.", "de");
        assertThat(s.quote("zusätzliche Mittel seien nicht vorgesehen").speaker()).isEqualTo("Aus dem Finanzministerium");
        assertThat(s.quote("zusätzliche Mittel seien nicht vorgesehen").resolution()).isEqualTo(SpeakerResolution.ANONYMOUS);
        assertThat(s.quote("man sei zufrieden").resolution()).isEqualTo(SpeakerResolution.ANONYMOUS);
    }

    @Test
    void aBodyAfterHießEsBeiSpeaks() {
        Suggestions s = Suggestions.ofLanguage("Rückruf\nDer fränkische Babynahrungshersteller Kornblume Kinderkost ruft einen "
                + "Getreidebrei zurück. Andere Sorten seien nicht betroffen, hieß es bei Kornblume.", "de");
        assertThat(s.quote("Andere Sorten seien nicht betroffen").speaker()).isEqualTo("Kornblume Kinderkost");
    }

    @Test
    void hießEsDarinIsTheStatementOfWhoeverOpenedTheSentenceBefore() {
        Suggestions s = Suggestions.ofLanguage("Fans\nDer Hersteller Brunnhofer AG verlor Kunden.\nDie Brunnhofer AG verurteilte die Aktion "
                + "in einer Stellungnahme. „Wir respektieren jede Meinung“, hieß es darin. Man werde das Gespräch suchen.", "de");
        assertThat(s.quote("Wir respektieren jede Meinung").speaker()).isEqualTo("Brunnhofer AG");
        assertThat(s.quote("Man werde das Gespräch suchen").speaker()).isEqualTo("Brunnhofer AG");
    }
}
