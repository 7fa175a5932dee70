package dev.margin.suggest;

import dev.margin.domain.ActorType;
import dev.margin.domain.SpeakerResolution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the fifteenth held-out set (an avalanche in APA style): the nouns German news uses for a speaker.
 * An unnamed "Polizeisprecher", a role set off by commas after a name, "der Deutsche" and "der Tiroler Landeschef"
 * for people named before, and the Austrian "ließ … wissen".
 */
class GermanSpeakerNounsTest {
    private static final String HEADLINE = "Lawine im Ötztal\n";

    @Test
    void aRoleWithAnIndefiniteArticleIsSomeoneUnnamedAndTheReportRunsOnWithThem() {
        Suggestions s = Suggestions.ofLanguage(HEADLINE + "Dr. Lukas Pfurtscheller sagte, viele Hänge sähen harmlos aus.\n"
                + "Die Alpinpolizei habe die Ausrüstung sichergestellt, sagte ein Polizeisprecher. Hinweise auf ein "
                + "Fremdverschulden gebe es derzeit keine.", "de");
        Suggestion seized = s.quote("Die Alpinpolizei habe die Ausrüstung sichergestellt");
        assertThat(seized.speaker()).isEqualTo("ein Polizeisprecher");
        assertThat(seized.resolution()).isEqualTo(SpeakerResolution.ANONYMOUS);
        assertThat(s.quote("Hinweise auf ein Fremdverschulden gebe es derzeit keine").resolution()).isEqualTo(SpeakerResolution.ANONYMOUS);
    }

    @Test
    void aRoleSetOffByCommasAfterTheNameLeavesTheNameTheSpeaker() {
        Suggestions s = Suggestions.ofLanguage(HEADLINE + "Lukas Pfurtscheller, Leiter des Lawinenwarndienstes, sprach von einer "
                + "„klassischen Situation“. Dr. Anna Gstrein, Sprecherin der Bergrettung, sagte, der Hang sei gefährlich.", "de");
        assertThat(s.quote("klassischen Situation").speaker()).isEqualTo("Lukas Pfurtscheller");
        assertThat(s.quote("der Hang sei gefährlich").speaker()).isEqualTo("Anna Gstrein");
    }

    @Test
    void showingOneselfSomethingInMarksIsAPartialQuote() {
        Suggestions s = Suggestions.ofLanguage(HEADLINE + "Landeshauptmann Georg Haidacher (ÖVP) zeigte sich „tief betroffen“.", "de");
        assertThat(s.quote("tief betroffen").speaker()).isEqualTo("Georg Haidacher");
    }

    @Test
    void letItBeKnownAfterTheClauseReportsTheClauseForItsSubject() {
        Suggestions s = Suggestions.ofLanguage(HEADLINE + "Landeshauptmann Georg Haidacher sprach den Familien sein Beileid aus. "
                + "Seine Gedanken seien bei den Angehörigen der Verstorbenen, ließ er in einer Aussendung wissen.", "de");
        assertThat(s.quote("Seine Gedanken seien bei den Angehörigen der Verstorbenen").speaker()).isEqualTo("Georg Haidacher");
    }

    @Test
    void derDeutscheIsTheManNamedBeforeButDeutscheBahnStaysACompany() {
        Suggestions s = Suggestions.ofLanguage(HEADLINE + "Der Überlebende, der 38-jährige Tobias Rennert aus Freising, liegt auf "
                + "der Intensivstation.\n„Ich habe nur ein Krachen gehört“, erzählte der Deutsche.", "de");
        assertThat(s.quote("Ich habe nur ein Krachen gehört").speaker()).isEqualTo("Tobias Rennert");
        Suggestions rail = Suggestions.ofLanguage("Streik\nDie Deutsche Bahn teilte mit, die Züge führen wieder.", "de");
        assertThat(rail.quote("die Züge führen wieder").speaker()).isEqualTo("Deutsche Bahn");
        assertThat(rail.actors()).allSatisfy(a -> assertThat(a.actorType()).isEqualTo(ActorType.ORGANISATION));
    }

    @Test
    void aRegionsHeadOfGovernmentByAnotherWordIsTheOneNamedByHisTitle() {
        Suggestions s = Suggestions.ofLanguage(HEADLINE + "Landeshauptmann Georg Haidacher dankte den Einsatzkräften.\n"
                + "„Die Berge sind in diesem Winter besonders heimtückisch“, sagte der Tiroler Landeschef am Sonntag in Innsbruck.", "de");
        assertThat(s.quote("Die Berge sind in diesem Winter besonders heimtückisch").speaker()).isEqualTo("Georg Haidacher");
    }

    @Test
    void aPlacesAdjectiveOrAnAmpersandOpensNoPersonsName() {
        Suggestions s = Suggestions.ofLanguage("Stellen\nNach einer Studie der Unternehmensberatung Hallmann & Roeder sind rund 58.000 "
                + "Arbeitsplätze weggefallen.\nVor dem Tor des Plochinger Werks stehen am Nachmittag kleine Gruppen zusammen.", "de");
        assertThat(s.actors()).noneMatch(a -> a.actorType() == ActorType.PERSON);
        assertThat(s.actorNames()).containsExactly("Hallmann & Roeder");
    }

    @Test
    void aReportageNamesWorkersByTheirGivenNameAlone() {
        Suggestions s = Suggestions.ofLanguage("Werk\nVor dem Tor stehen kleine Gruppen. Sabine arbeitet seit 24 Jahren in der Endmontage. "
                + "„Ich habe hier meine Ausbildung gemacht“, sagt die 52-jährige Monteurin.\nNeben ihr steht Deniz, 29, Schichtführer. "
                + "Er habe eine Wohnung gekauft, erzählt er.\nDer 61-jährige Jürgen sieht es nüchterner. „Für mich ist das eine "
                + "Chance“, sagt er.\nAnders als erwartet blieb die Kantine leer.", "de");
        assertThat(s.quote("Ich habe hier meine Ausbildung gemacht").speaker()).isEqualTo("Sabine");
        assertThat(s.quote("Er habe eine Wohnung gekauft").speaker()).isEqualTo("Deniz");
        assertThat(s.quote("Für mich ist das eine Chance").speaker()).isEqualTo("Jürgen");
        assertThat(s.actorNames()).containsExactlyInAnyOrder("Sabine", "Deniz", "Jürgen");
    }

    @Test
    void aQuoteAfterAnInvertedReportIsThePronounsNotTheBodiesInTheReportedWords() {
        Suggestions s = Suggestions.ofLanguage("Besuch\nBundespräsident Reinhold Amsberg blieb zurückhaltend. Über Finanzierungsfragen "
                + "entschieden die Bundesregierung und der Bundestag, sagte er. „Aber ich kann Ihnen versichern: Niemand unterschätzt das.“", "de");
        assertThat(s.quote("Aber ich kann Ihnen versichern: Niemand unterschätzt das.").speaker()).isEqualTo("Reinhold Amsberg");
    }

    @Test
    void aPartysMemberAndAPostByItsOtherNameAreThePeopleNamedSo() {
        Suggestions s = Suggestions.ofLanguage("Land\nWirtschaftsministerin Katrin Albrecht-Gmelin (CDU) zeigte sich enttäuscht. Die "
                + "Gesamtbetriebsratsvorsitzende Petra Lämmle sprach von einem Kahlschlag. Sabine arbeitet seit 24 Jahren dort.\n"
                + "Ziel sei, eine Perspektive zu finden, sagte die CDU-Politikerin. „Wir sind nicht die Verhandlungsmasse“, sagte die "
                + "Betriebsratschefin.", "de");
        assertThat(s.quote("Ziel sei, eine Perspektive zu finden").speaker()).isEqualTo("Katrin Albrecht-Gmelin");
        assertThat(s.quote("Wir sind nicht die Verhandlungsmasse").speaker()).isEqualTo("Petra Lämmle");
    }

    @Test
    void wordsQuotedInASentenceAboutOnePersonAreThatPersons() {
        Suggestions s = Suggestions.ofLanguage("Protest\nDie Generalsekretärin der Gewerkschaft CGT, Nadège Fournier, warf dem Konzern vor, "
                + "Lothringen „wie eine verlängerte Werkbank“ zu behandeln, die man zusperrt, sobald es woanders billiger ist.", "de");
        assertThat(s.quote("wie eine verlängerte Werkbank").speaker()).isEqualTo("Nadège Fournier");
    }

    @Test
    void namesWithNoKnownGivenNameAreAPersonOnlyWhereTheArticleUsesThemAsOne() {
        Suggestions s = Suggestions.ofLanguage("Protest\nZum Protest in der Rue de Lille aufgerufen hatte der Bauernverband Wspólna Ziemia (Gemeinsame Erde). Dutzende "
                + "Feuerwehrleute waren im Einsatz, wie in Le Républicain Lorrain zu lesen war. Marquardts Text wurde verlesen.\nDer Grüne Wout "
                + "Declercq sprach von einem Fehler. Declercq sagte, die Abgabe sei unsozial.", "de");
        assertThat(s.actors()).filteredOn(a -> a.actorType() == ActorType.PERSON).extracting(Suggestion::actor)
                .containsOnly("Wout Declercq");
        assertThat(s.quote("die Abgabe sei unsozial").speaker()).isEqualTo("Wout Declercq");
    }

    @Test
    void aScholarByTheEndingOfHisFieldIsTheOneNamedBefore() {
        Suggestions s = Suggestions.ofLanguage("Wahl\nDer Politologe Lorenz Bärtschi beobachtet die Wahl seit Jahren.\n«Hörtnagl hat es "
                + "geschafft», sagte der Politologe.", "de");
        assertThat(s.quote("Hörtnagl hat es geschafft").speaker()).isEqualTo("Lorenz Bärtschi");
    }

    @Test
    void aNameInAnAsideAfterARoleIsTheSubjectButNotANameInAQuestion() {
        Suggestions s = Suggestions.ofLanguage("EU\nDer Berichterstatter des Verkehrsausschusses, der belgische Grüne Wout Declercq, sagte der "
                + "Deutschen Presse-Agentur, er rechne mit einer Abstimmung. „Die Mitgliedstaaten haben zugestimmt.“\nRegierungssprecher "
                + "Stefan Hollerbach trat vor die Presse. Auf die Frage, ob Henning Lasbeck gedroht habe, sagte Hollerbach, er werde "
                + "nichts zitieren.", "de");
        assertThat(s.quote("Die Mitgliedstaaten haben zugestimmt.").speaker()).isEqualTo("Wout Declercq");
        assertThat(s.quote("er werde nichts zitieren").speaker()).isEqualTo("Stefan Hollerbach");
    }

    @Test
    void aPronounAfterTheVerbGoesOnWithTheRoleTwoSentencesBack() {
        Suggestions s = Suggestions.ofLanguage("Kanzler\nBundeskanzler Henning Lasbeck verteidigte den Kompromiss. Oppositionsführer Lars "
                + "Dethlefsen sprach von Flickschusterei.\nDer Kanzler selbst gab sich gelassen. „Ich habe schon schlimmere Nächte "
                + "erlebt“, sagte er. Ernster fügte er hinzu, Deutschland könne sich „eine Regierung, die sich selbst blockiert“, nicht "
                + "leisten.", "de");
        assertThat(s.quote("Ich habe schon schlimmere Nächte erlebt").speaker()).isEqualTo("Henning Lasbeck");
        assertThat(s.quote("Deutschland könne sich „eine Regierung, die sich selbst blockiert“, nicht leisten").speaker())
                .isEqualTo("Henning Lasbeck");
        assertThat(s.quote("eine Regierung, die sich selbst blockiert").speaker()).isEqualTo("Henning Lasbeck");
    }

    @Test
    void aPoliceForceAClubAndAnAdjectiveOfNationalityOpenNoPersonsName() {
        Suggestions s = Suggestions.ofLanguage("Betrug\nDie Polizei Bielefeld nahm den Mann fest. Der 1. FC Viktoria Mannheim verlor. In der "
                + "Mixed Zone stellte sich Kapitän Vogl vor seinen Trainer. Amstutz sagte, er sei froh um «eine Schweizer Lösung» und "
                + "3,85 Mrd. Fr. seien viel Geld.", "de");
        assertThat(s.actors()).filteredOn(a -> a.actorType() == ActorType.PERSON).extracting(Suggestion::actor)
                .doesNotContain("Polizei Bielefeld", "Viktoria Mannheim", "Mixed Zone", "Lösung", "Mrd. Fr");
    }

    @Test
    void aQuantifierOpensNoName() {
        Suggestions s = Suggestions.ofLanguage("Bahn\nDamals hätten zum Start des Ersatzverkehrs Dutzende Busse gefehlt, weil Fahrer fehlten.", "de");
        assertThat(s.actors()).noneMatch(a -> a.actorType() == ActorType.PERSON);
    }
}
