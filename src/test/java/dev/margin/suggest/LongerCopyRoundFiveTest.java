package dev.margin.suggest;

import dev.margin.domain.ActorType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, twentieth session, from held-out sets 113 to 115 (read after their blind run): people counted before a
 * party's plural ("einzelne Grüne Bedenken") hold no name; "das Stadtoberhaupt" is the mayor; "der Oberpfälzer" stands
 * for the person named last; and a firm named "… Health" is a firm, whose first word alone stands for it.
 */
class LongerCopyRoundFiveTest {
    @Test
    void membersCountedBeforeANounHoldNoName() {
        Suggestions s = Suggestions.ofLanguage("Regierungserklärung\nEine Reporterin wollte wissen, ob der Kanzler eine eigene Mehrheit habe, auch "
                + "wenn einzelne Grüne Bedenken angemeldet hätten.", "de");
        assertThat(s.actors()).noneMatch(a -> a.actorType() == ActorType.PERSON && a.actor().contains("Bedenken"));
    }

    @Test
    void theTownsHeadIsItsMayor() {
        Suggestions s = Suggestions.ofLanguage("Opel-Gelände\nOberbürgermeister Jörg Hambrock (SPD) sprach von einem guten Tag.\nHambrock "
                + "kündigte einen Runden Tisch an. „Wer hier neu anfängt, fängt mit den Leuten an“, sagte das Stadtoberhaupt.", "de");
        assertThat(s.quote("Wer hier neu anfängt, fängt mit den Leuten an").speaker()).isEqualTo("Jörg Hambrock");
    }

    @Test
    void aRegionsPersonStandsForThePersonNamedLast() {
        Suggestions s = Suggestions.ofLanguage("Bauernprotest\nBauernpräsident Martin Schwaiger stand auf dem Anhänger. „Wer heute die Bauern "
                + "schwächt, macht morgen Lebensmittel zur Importware“, rief der Oberpfälzer.", "de");
        assertThat(s.quote("Wer heute die Bauern schwächt, macht morgen Lebensmittel zur Importware").speaker()).isEqualTo("Martin Schwaiger");
    }

    @Test
    void aFirmNamedHealthIsAFirm() {
        Suggestions s = Suggestions.ofLanguage("Opioid settlement\nThe drug distributor Meridane Health agreed to pay $1.2 billion. Meridane will "
                + "pay the money over 18 years, the attorney general said.", "en");
        assertThat(s.actors()).noneMatch(a -> a.actorType() == ActorType.PERSON && a.actor().startsWith("Meridane"));
    }
}
