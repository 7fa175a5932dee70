package dev.margin.suggest;

import dev.margin.domain.ActorType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, twentieth session, from held-out sets 104 to 106 (read after their blind run): a comparative before a noun
 * ("Höhere Prämien träfen …") opens no name; a capitalised adjective in -isch opens a body's name ("Der Hessische
 * Flüchtlingsrat"), which its last word alone stands for too; "Ja" before "sagt die Zeugin" is no speaker; "des Bündnisses" is the Bündnis; "der
 * Elternvertreter" stands for the man named just before; and "Forecasters say" names no one.
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
}
