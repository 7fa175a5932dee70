package dev.margin.suggest;

import dev.margin.domain.SpeakerResolution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the twenty-second held-out set (a Landtag budget debate, an Austrian flood report): a writer's sentence
 * that opens with another person hands the Konjunktiv after it to that person, "kündigte an," reports without "dass",
 * "der Ortschef" is the mayor, "Kommandant Hettegger" carries a title, "hieß es von der Landeswarnzentrale" is that
 * body's, a German genitive in "-rats" is no group, a resident named by given name and age is a person, "erinnert
 * daran, dass" reports, and words quoted after the subject's comma leave the clause before the verb reported.
 */
class GermanLocalReportTest {
    @Test
    void aSentenceOpeningWithAnotherPersonHandsTheSubjunctiveAfterItToThatPerson() {
        Suggestions s = Suggestions.ofLanguage("Schlagabtausch im Landtag\nFinanzminister Albert Heimerl (CSU) legte den Entwurf vor. "
                + "SPD-Fraktionschef Matthias Brunnhuber sagte, der Finanzausgleich decke nicht einmal die Tarifsteigerungen.\n"
                + "Heimerl wies das zurück. Der Freistaat überweise den Kommunen so viel Geld wie nie zuvor.", "de");
        assertThat(s.quote("Der Freistaat überweise den Kommunen so viel Geld wie nie zuvor").speaker()).isEqualTo("Albert Heimerl");
    }

    @Test
    void anAnnouncementReportsTheSubjunctiveClauseAfterItsParticle() {
        Suggestions s = Suggestions.ofLanguage("Haushalt\nEin CSU-Abgeordneter sagte, der Finanzminister habe nichts mehr zu verteilen.\n"
                + "Die Grünen-Fraktionschefin Katharina Lechner-Oswald kündigte an, ihre Fraktion werde mehr als 200 Änderungsanträge einbringen.", "de");
        assertThat(s.quote("ihre Fraktion werde mehr als 200 Änderungsanträge einbringen").speaker()).isEqualTo("Katharina Lechner-Oswald");
    }

    @Test
    void theHeadOfTheVillageIsTheMayorAndAFireChiefsTitleIsNoName() {
        Suggestions s = Suggestions.ofLanguage("Hochwasser im Tal\nBürgermeister Johann Kendlbacher (ÖVP) war seit vier Uhr im Einsatz. "
                + "Feuerwehrkommandant Markus Hettegger auch.\nKommandant Hettegger ließ noch einmal 3.000 Sandsäcke befüllen. "
                + "„Wir hoffen das Beste“, sagt er.\nBezirkshauptmann Dr. Wolfgang Pirchner rief den Katastrophenfall aus. "
                + "„Ich will jetzt niemandem etwas vorwerfen“, sagt der Ortschef.", "de");
        assertThat(s.quote("Wir hoffen das Beste").speaker()).isEqualTo("Markus Hettegger");
        assertThat(s.quote("Ich will jetzt niemandem etwas vorwerfen").speaker()).isEqualTo("Johann Kendlbacher");
    }

    @Test
    void aReportFromABodyAfterVonIsThatBodysAndAnOfficesGenitiveIsNoGroup() {
        Suggestions s = Suggestions.ofLanguage("Hochwasser im Tal\nDer Pegel stieg binnen drei Stunden um 1,9 Meter. Ein derartiges "
                + "Ereignis sei statistisch seltener als einmal in hundert Jahren, hieß es von der Landeswarnzentrale.\n"
                + "Aus dem Büro des zuständigen Landesrats hieß es auf Nachfrage, das Projekt sei weit oben gereiht.", "de");
        assertThat(s.quote("Ein derartiges Ereignis sei statistisch seltener als einmal in hundert Jahren").speaker())
                .isEqualTo("Landeswarnzentrale");
        Suggestion office = s.quote("das Projekt sei weit oben gereiht");
        assertThat(office.speaker()).isEqualTo("Aus dem Büro des zuständigen Landesrats");
        assertThat(office.resolution()).isEqualTo(SpeakerResolution.ANONYMOUS);
        assertThat(s.actorNames()).doesNotContain("Landesrats");
    }

    @Test
    void aResidentNamedByGivenNameAndAgeSpeaksAndTheWordsQuotedAfterTheSubjectAreAddedOn() {
        Suggestions s = Suggestions.ofLanguage("Mure im Ortsteil\nDort hat eine Mure zwei Garagen mitgerissen. Theresia, 71, wohnt "
                + "seit ihrer Hochzeit in dem Haus am Hang. Sie sei vom Poltern aufgewacht, erzählt sie, »wie wenn ein Zug durchs "
                + "Wohnzimmer fährt«.", "de");
        assertThat(s.actorNames()).contains("Theresia");
        assertThat(s.quote("Sie sei vom Poltern aufgewacht").speaker()).isEqualTo("Theresia");
    }

    @Test
    void aReminderWithDassReportsTheClause() {
        Suggestions s = Suggestions.ofLanguage("Rückhaltebecken\nBürgermeister Johann Kendlbacher erinnert daran, dass die Gemeinde "
                + "bereits 2021 einen Antrag für ein Rückhaltebecken gestellt habe.", "de");
        assertThat(s.quote("die Gemeinde bereits 2021 einen Antrag für ein Rückhaltebecken gestellt habe").speaker())
                .isEqualTo("Johann Kendlbacher");
    }

    @Test
    void aSpokesmanWithAnIndefiniteArticleIsUnnamedAndTheSubjectStandsBeforeTheAuxiliary() {
        Suggestions s = Suggestions.ofLanguage("Unterkunft\nIhr Sprecher Mario Kaden betonte vor der Sitzung, man habe nichts gegen Menschen.\n"
                + "Die Polizeidirektion Chemnitz war im Einsatz. Ein Sprecher sagte am Freitag, der Abend sei weitgehend friedlich verlaufen.\n"
                + "Landrat Gerd Uhlemann (CDU) hatte bereits im Januar erklärt, ohne zusätzliche Plätze müsse der Kreis auf Turnhallen "
                + "zurückgreifen.", "de");
        Suggestion police = s.quote("der Abend sei weitgehend friedlich verlaufen");
        assertThat(police.speaker()).isNotEqualTo("Mario Kaden");
        assertThat(police.resolution()).isEqualTo(SpeakerResolution.ANONYMOUS);
        assertThat(s.quote("ohne zusätzliche Plätze müsse der Kreis auf Turnhallen zurückgreifen").speaker()).isEqualTo("Gerd Uhlemann");
    }

    @Test
    void theOnePersonTheWritersSentenceNamesTakesTheSubjunctiveAfterIt() {
        Suggestions s = Suggestions.ofLanguage("Unterkunft\nCDU-Fraktionschefin Katrin Melzer stimmte zu. Sie habe sich die Entscheidung nicht "
                + "leicht gemacht, sagte die 49-Jährige.\nFür Grüne und SPD, die eine gemeinsame Fraktion bilden, verteidigte Stadträtin "
                + "Miriam Oehme den Beschluss. Wer jetzt von Überfremdung rede, solle sich die Zahlen ansehen.", "de");
        assertThat(s.quote("Wer jetzt von Überfremdung rede, solle sich die Zahlen ansehen").speaker()).isEqualTo("Miriam Oehme");
    }

    @Test
    void anAustrianGroupLeadersPostAndDegreeAreNoPartOfTheName() {
        Suggestions s = Suggestions.ofLanguage("Misstrauensantrag\nFPÖ-Klubobmann Herwig Mairhofer eröffnete die Debatte. NEOS-Klubobfrau Mag. "
                + "Verena Haidacher warf dem Kanzler vor, zu zögern. „Sie haben dieses Haus angelogen“, sagte Mairhofer.", "de");
        assertThat(s.actorNames()).contains("Herwig Mairhofer", "Verena Haidacher")
                .doesNotContain("FPÖ-Klubobmann Herwig Mairhofer", "Mag");
        assertThat(s.quote("Sie haben dieses Haus angelogen").speaker()).isEqualTo("Herwig Mairhofer");
    }
}
