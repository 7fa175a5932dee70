package dev.margin.suggest;

import dev.margin.domain.SpeakerResolution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: German bodies as the subject of a report, the commonest source in German news after people ("Die Bahn
 * teilte mit", "Das Gesundheitsamt erklärte", "Siemens teilte mit"), which lost their reported clause or went to an
 * unnamed source; and a body's name declined with its sentence ("des Deutschen Wetterdienstes").
 */
class GermanBodiesSpeakingTest {
    private static Suggestion report(String sentence, String clause) {
        return Suggestions.ofLanguage("Meldung\nIn Mainz gab es am Montag einen Vorfall.\n" + sentence, "de").quote(clause);
    }

    @Test
    void anOfficeNamedByACompoundReports() {
        Suggestion quote = report("Das Gesundheitsamt teilte mit, es gebe zwölf bestätigte Fälle.", "es gebe zwölf bestätigte Fälle");
        assertThat(quote.speaker()).isEqualTo("Gesundheitsamt");
        assertThat(quote.resolution()).isEqualTo(SpeakerResolution.EXPLICIT);
        assertThat(report("Die Stadtverwaltung erklärte, man habe alle Betriebe kontrolliert.", "man habe alle Betriebe kontrolliert").speaker())
                .isEqualTo("Stadtverwaltung");
    }

    @Test
    void theRailwayReports() {
        assertThat(report("Die Bahn teilte mit, der Fernverkehr sei weitgehend eingestellt.", "der Fernverkehr sei weitgehend eingestellt")
                .speaker()).isEqualTo("Bahn");
    }

    @Test
    void anInstitutionKeepsItsNameAfterFuer() {
        assertThat(report("Die Senatsverwaltung für Stadtentwicklung teilte mit, der Senat nehme die Sorgen ernst.",
                "der Senat nehme die Sorgen ernst").speaker()).isEqualTo("Senatsverwaltung für Stadtentwicklung");
    }

    @Test
    void aProperNounWithAVerbInTheSingularIsABody() {
        Suggestion degewo = report("Die Degewo teilte auf Anfrage mit, man werde die neuen Spielräume nutzen.", "man werde die neuen Spielräume nutzen");
        assertThat(degewo.speaker()).isEqualTo("Degewo");
        assertThat(degewo.resolution()).isEqualTo(SpeakerResolution.EXPLICIT);
        assertThat(report("Siemens teilte mit, man prüfe den Fall genau.", "man prüfe den Fall genau").speaker()).isEqualTo("Siemens");
    }

    @Test
    void aNounWithAVerbInThePluralOrAnAdjectiveMadeANounIsSomeoneUnnamed() {
        assertThat(report("Zeugen berichteten, der Mann sei geflohen.", "der Mann sei geflohen").resolution())
                .isEqualTo(SpeakerResolution.ANONYMOUS);
        assertThat(report("Die Betroffene sagte, sie sei sehr müde.", "sie sei sehr müde").resolution())
                .isEqualTo(SpeakerResolution.ANONYMOUS);
    }

    @Test
    void aTimeAfterAnOfficeIsNoPartOfItsName() {
        assertThat(report("Wie das Auswärtige Amt am Abend mitteilte, werde der Minister erwartet.", "werde der Minister erwartet")
                .speaker()).doesNotContain("Abend");
    }

    @Test
    void aBodysDeclinedNameIsOneActor() {
        Suggestions s = Suggestions.ofLanguage("Wetter\nDer Deutsche Wetterdienst warnt vor Sturm. Nach Angaben des Deutschen "
                + "Wetterdienstes sind Böen bis 120 Kilometer pro Stunde möglich. Die Europäische Zentralbank ließ die Zinsen gleich.", "de");
        // (one suggestion per mention, all of one actor: the declined form joins the one named before)
        assertThat(s.actors()).extracting(Suggestion::actor).contains("Europäische Zentralbank")
                .filteredOn(name -> name.contains("Wetterdienst")).containsOnly("Deutsche Wetterdienst").hasSize(2);
    }

    @Test
    void theNominativeFollowsTheNounsGender() {
        LanguageProfile german = LanguageProfile.load("de");
        assertThat(GermanBodyNames.nominative("Statistischen Bundesamtes", german)).isEqualTo("Statistisches Bundesamt");
        assertThat(GermanBodyNames.nominative("Deutschen Wetterdienst", german)).isEqualTo("Deutscher Wetterdienst");
        assertThat(GermanBodyNames.nominative("Tierärztlichen Hochschule Hannover", german)).isEqualTo("Tierärztliche Hochschule Hannover");
        assertThat(GermanBodyNames.nominative("Deutschen Telekom", german)).isEqualTo("Deutschen Telekom");
    }
}
