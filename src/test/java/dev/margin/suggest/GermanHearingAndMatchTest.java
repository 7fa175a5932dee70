package dev.margin.suggest;

import dev.margin.domain.SpeakerResolution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the twenty-third held-out set (a Bundesliga match report, a Bundestag committee hearing): a player's
 * position stands for the player named before, verbs of saying with feeling report, "1. FC" and "rd." end no sentence,
 * "aus dem Ministerium" is no company, a pronoun opening reported words is not the subject of the verb after the comma,
 * an adverb before the verb still lets Konjunktiv run on, a demand in an infinitive after "und forderte" or "schlug vor"
 * is reported, the person named right before a colon speaks, and "der frühere Lokführer" is the man named before.
 */
class GermanHearingAndMatchTest {
    @Test
    void aPlayersPositionStandsForThePlayerNamedBeforeAndAnAngryVerbReports() {
        Suggestions s = Suggestions.ofLanguage("Freiburg dreht das Spiel\nIn der 61. Minute glich Kapitän Hartwig per Kopf aus. „Ich stand "
                + "einfach richtig“, sagte der Innenverteidiger.\n„Für mich ist das nie und nimmer ein Elfmeter“, schimpfte Wolfsburgs "
                + "Trainer Ralf Szymanski.", "de");
        assertThat(s.quote("Ich stand einfach richtig").speaker()).isEqualTo("Hartwig");
        assertThat(s.quote("Für mich ist das nie und nimmer ein Elfmeter").speaker()).isEqualTo("Ralf Szymanski");
    }

    @Test
    void aClubsRankAndAnAbbreviationEndNoSentence() {
        Suggestions s = Suggestions.ofLanguage("Ausblick\nFreiburg tritt am kommenden Samstag beim 1. FC Union Berlin an. Die Bahn "
                + "will dort eine Koordinierungsstelle mit rd. 120 Beschäftigten einrichten.", "de");
        assertThat(s.claims()).extracting(Suggestion::exact).noneMatch(c -> c.endsWith("beim 1") || c.endsWith("mit rd"));
    }

    @Test
    void theMinistryIsNoCompanyNamedBefore() {
        Suggestions s = Suggestions.ofLanguage("Bahn im Ausschuss\nDie Deutsche Bahn hat vor dem Ausschuss eingeräumt, dass sie ihr "
                + "Pünktlichkeitsziel verfehlen wird.\nAus dem Ministerium hieß es am Rande der Sitzung, man prüfe, ob Bonuszahlungen "
                + "gekoppelt werden könnten.", "de");
        assertThat(s.quote("sie ihr Pünktlichkeitsziel verfehlen wird").speaker()).isEqualTo("Deutsche Bahn");
        Suggestion ministry = s.quote("man prüfe, ob Bonuszahlungen gekoppelt werden könnten");
        assertThat(ministry.speaker()).isNotEqualTo("Deutsche Bahn");
        assertThat(ministry.resolution()).isEqualTo(SpeakerResolution.ANONYMOUS);
    }

    @Test
    void aPronounOpeningTheReportedWordsLeavesTheSubjectAfterTheVerb() {
        Suggestions s = Suggestions.ofLanguage("Bahn im Ausschuss\nVorsichtiger äußerte sich der CDU-Verkehrspolitiker Dr. Hans-Jürgen "
                + "Kellermann. Er halte nichts von einer Zerschlagung, sagte der Abgeordnete aus dem Wahlkreis Fulda.", "de");
        assertThat(s.quote("Er halte nichts von einer Zerschlagung").speaker()).isEqualTo("Hans-Jürgen Kellermann");
    }

    @Test
    void konjunktivRunsOnAfterAnOpeningAdverb() {
        Suggestions s = Suggestions.ofLanguage("Bahn im Ausschuss\nBundesverkehrsminister Jochen Brückner stellte sich hinter das "
                + "Programm. „Wer jetzt die Sanierung infrage stellt, der verlängert das Chaos“, sagte er. Zugleich erwarte er "
                + "von der Bahn „keine Ausreden mehr, sondern Ergebnisse“.", "de");
        assertThat(s.quote("Zugleich erwarte er von der Bahn „keine Ausreden mehr, sondern Ergebnisse“").speaker()).isEqualTo("Jochen Brückner");
    }

    @Test
    void demandsInAnInfinitiveAfterUndForderteOrSchlugVorAreReported() {
        Suggestions s = Suggestions.ofLanguage("Bahn im Ausschuss\nDie Linken-Abgeordnete Sevim Acar war empört. Sie sprach von einem "
                + "„Totalversagen mit Ansage“ und forderte, die Infrastruktur vollständig aus dem Konzern herauszulösen.\n"
                + "Der CDU-Politiker Hans-Jürgen Kellermann schlug vor, dem Bundesrechnungshof ein jährliches Prüfrecht einzuräumen.", "de");
        assertThat(s.quote("die Infrastruktur vollständig aus dem Konzern herauszulösen").speaker()).isEqualTo("Sevim Acar");
        assertThat(s.quote("dem Bundesrechnungshof ein jährliches Prüfrecht einzuräumen").speaker()).isEqualTo("Hans-Jürgen Kellermann");
    }

    @Test
    void thePersonNamedRightBeforeAColonSpeaks() {
        Suggestions s = Suggestions.ofLanguage("Bahn im Ausschuss\nDie Grünen-Abgeordnete Leonie Marquardt hörte zu. Ob das reicht, "
                + "bezweifelte Marquardt: „Berichte haben wir genug.“", "de");
        assertThat(s.quote("Berichte haben wir genug.").speaker()).isEqualTo("Leonie Marquardt");
    }

    @Test
    void whatSomeoneOnceWasStandsForThePersonNamedBefore() {
        Suggestions s = Suggestions.ofLanguage("Bahn im Ausschuss\nAls Sachverständiger war Detlef Rauschenbach vom Fahrgastverband "
                + "geladen. „Der Ersatzverkehr ist das eigentliche Gesicht der Sanierung“, sagte der frühere Lokführer.", "de");
        assertThat(s.quote("Der Ersatzverkehr ist das eigentliche Gesicht der Sanierung").speaker()).isEqualTo("Detlef Rauschenbach");
    }

    @Test
    void swissSpellingReportsAndTheBankIsTheBankTheStoryNamesMost() {
        Suggestions s = Suggestions.ofLanguage("Aufsicht ermittelt\nDie Aare Regionalbank gerät ins Visier der Aufsicht. Die Aare Regionalbank "
                + "erwartet einen Verlust. Die Dividende werde gestrichen, hiess es bei der Aare Regionalbank.\nReto Baumberger, Analyst bei der "
                + "Zürcher Kantonalbank, senkte sein Kursziel.\nDie Bank betonte, die Einlagen der Kundschaft seien nie gefährdet gewesen.", "de");
        assertThat(s.quote("die Einlagen der Kundschaft seien nie gefährdet gewesen").speaker()).isEqualTo("Aare Regionalbank");
        assertThat(s.quote("Die Dividende werde gestrichen").speaker()).isEqualTo("Aare Regionalbank");
    }

    @Test
    void aPronounAfterTheSpeakersCommaOpensTheReportedClause() {
        Suggestions s = Suggestions.ofLanguage("Aufsicht ermittelt\nCEO Marcel Odermatt äusserte sich am Mittwoch. Mit diesem Vorwurf "
                + "konfrontiert, sagte Odermatt, er kenne keine solchen Warnungen.", "de");
        assertThat(s.quote("er kenne keine solchen Warnungen").speaker()).isEqualTo("Marcel Odermatt");
        assertThat(s.quoteTexts()).doesNotContain("Mit diesem Vorwurf konfrontiert");
    }

    @Test
    void anEpithetAfterAPrepositionalPhraseAndTheSubjectOfTheSentenceBefore() {
        Suggestions s = Suggestions.ofLanguage("Hauptversammlung\nBesonders scharf äußerte sich Daniela Brückner von der Schutzvereinigung. "
                + "„Ein Vergütungssystem ist kein Anreizsystem“, sagte die Landesgeschäftsführerin unter dem Applaus vieler Aktionäre.\n"
                + "Aufsichtsratschef Matthias Overbeck schwieg lange. Thorsten Weigand von der SdK kritisierte ihn.\nOverbeck selbst ging "
                + "in seiner Antwort schließlich auf Weigand ein. Er habe mehrfach Vorlagen zurückgewiesen, sagte der 64-Jährige.", "de");
        assertThat(s.quote("Ein Vergütungssystem ist kein Anreizsystem").speaker()).isEqualTo("Daniela Brückner");
        assertThat(s.quote("Er habe mehrfach Vorlagen zurückgewiesen").speaker()).isEqualTo("Matthias Overbeck");
    }
}
