package dev.margin.suggest;

import dev.margin.domain.ActorType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, twentieth session, from held-out sets 104 to 106 (read after their blind run): a comparative before a noun
 * ("Höhere Prämien träfen …") opens no name; a capitalised adjective in -isch opens a body's name ("Der Hessische
 * Flüchtlingsrat"), which its last word alone stands for too; "Ja" before "sagt die Zeugin" is no speaker; "des Bündnisses" is the Bündnis; "der
 * Elternvertreter" stands for the man named just before; and "Forecasters say" names no one. In English, ", and Haddad said" after a quote is the next clause's; "in which
 * X told" has its own subject; and "According to the complaint, Keel told … that" is Keel's report.
 */
class LongerCopyRoundTwoTest {
    @Test
    void aComparativeBeforeANounOpensNoName() {
        Suggestions s = Suggestions.ofLanguage("Versicherer erhöht Prämien\n„Wer über Hagel klagt und neue Gasfelder absichert, löscht das Feuer mit "
                + "Benzin“, sagte Johanna Kessler. Höhere Prämien träfen vor allem Hausbesitzer, „die sich den Klimawandel nicht ausgesucht "
                + "haben“.", "de");
        assertThat(s.actorNames()).noneMatch(name -> name.contains("Prämien"));
        assertThat(s.quote("die sich den Klimawandel nicht ausgesucht haben").speaker()).isEqualTo("Johanna Kessler");
    }

    @Test
    void anAdjectiveInIschOpensABodysName() {
        Suggestions s = Suggestions.ofLanguage("Streit um Abschiebungen\nDie SPD reagiert verärgert, der Flüchtlingsrat spricht von „Populismus“.\n"
                + "Der Hessische Flüchtlingsrat sprach von „Populismus mit Ansage“.", "de");
        assertThat(s.actors()).filteredOn(a -> a.actor().equals("Hessische Flüchtlingsrat"))
                .isNotEmpty().allMatch(a -> a.actorType() == ActorType.ORGANISATION);
        assertThat(s.quote("Populismus").speaker()).isEqualTo("Hessische Flüchtlingsrat");
    }

    @Test
    void anAnswerBeforeTheVerbIsNoSpeaker() {
        Suggestions s = Suggestions.ofLanguage("Prozess in Braunschweig\nDann wird die Zeugin aufgerufen: Polizeikommissarin Svenja Marquardt, 28. "
                + "»Es ging alles so schnell«, sagt Marquardt.\nVerteidiger Ambacher will wissen, ob T. etwas gerufen habe. Ja, sagt die "
                + "Zeugin, er habe immer wieder etwas von »nie wieder Klinik« geschrien.", "de");
        assertThat(s.quote("er habe immer wieder etwas von »nie wieder Klinik« geschrien").speaker()).isEqualTo("Svenja Marquardt");
    }

    @Test
    void someoneSpeakingForAGroupIsTheManNamedJustBefore() {
        Suggestions s = Suggestions.ofLanguage("Schule mit Mängeln\nJannis Hoffmann-Lüdtke hat die Fotos gesammelt. „Das ist ein Neubau“, sagt der "
                + "41-Jährige.\nSchulleiter Uwe Lorenzen zeigt auf die Decke. Hoffmann-Lüdtke, der neben ihm sitzt, nickt. „Herr Lorenzen hat "
                + "getan, was er konnte“, sagt der Elternvertreter.", "de");
        assertThat(s.quote("Herr Lorenzen hat getan, was er konnte").speaker()).isEqualTo("Jannis Hoffmann-Lüdtke");
    }

    @Test
    void aNounInNisLosesBothItsGenitiveLetters() {
        Suggestions s = Suggestions.ofLanguage("Volksbegehren\nDas Bündnis will große Vermieter enteignen. Nach Berechnungen des Bündnisses wären "
                + "rund 240.000 Wohnungen betroffen.", "de");
        assertThat(s.quote("wären rund 240.000 Wohnungen betroffen").speaker()).isEqualTo("Bündnis");
    }

    @Test
    void forecastersAreNoOne() {
        Suggestions s = Suggestions.ofLanguage("Heat wave\nThe city opened cooling centers. Forecasters say a so-called “heat dome” of high "
                + "pressure is to blame.", "en");
        assertThat(s.actorNames()).doesNotContain("Forecasters");
    }

    @Test
    void aClauseAfterCommaAndHasItsOwnSubject() {
        Suggestions s = Suggestions.ofLanguage("Rivals meet in debate\nDETROIT (AP) — Republican Carla Whitford cast Democratic Rep. Nora Haddad as "
                + "“a rubber stamp for whatever Washington wants” on Tuesday night, and Haddad said her opponent would “take Michigan back.”", "en");
        assertThat(s.quote("a rubber stamp for whatever Washington wants").speaker()).isEqualTo("Carla Whitford");
    }

    @Test
    void aRelativeClauseAfterAPrepositionHasItsOwnSubject() {
        Suggestions s = Suggestions.ofLanguage("Antitrust suit\nThe complaint cites a 2024 email in which Solvane Chief Executive Nadia Kessler "
                + "told senior managers that payroll would become “our moat” once the fee change took effect.", "en");
        assertThat(s.quote("our moat").speaker()).isEqualTo("Nadia Kessler");
    }

    @Test
    void aNamedReportAfterAccordingToIsThatPersons() {
        Suggestions s = Suggestions.ofLanguage("FEMA complaint\nThe complaint, filed Thursday with the Department of Homeland Security’s inspector general, alleges "
                + "that FEMA Deputy Administrator Raymond Keel intervened. "
                + "According to the complaint, Keel told members of the panel at a March meeting that their ranking was “not going to "
                + "survive contact with the front office.”", "en");
        assertThat(s.quote("not going to survive contact with the front office.").speaker()).isEqualTo("Raymond Keel");
    }
}
