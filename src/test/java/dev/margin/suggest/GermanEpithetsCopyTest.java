package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, nineteenth session, from the eighty-sixth, eighty-seventh and eighty-eighth held-out sets (a Senat reshuffle, a
 * works meeting, a police raid before the Innenausschuss), read after their blind run: "der Liberale" is the FDP's person
 * named last; "die designierte Senatorin" is the one to come, not the senator leaving; "unserer Zeitung" after "die
 * Gewerkschafterin" is whom it was said to; and from the eighty-ninth to ninety-first, "der OB", "die Behördenchefin" and
 * "der FDP-Vorsitzende" are other words for the posts their holders were named with; and from the ninety-third, an age
 * noun opening a paragraph goes on with the person of the paragraph before whom no other age was given.
 */
class GermanEpithetsCopyTest {
    @Test
    void aPartysNicknameIsItsMemberNamedLast() {
        Suggestions s = Suggestions.ofLanguage("Razzia in der falschen Wohnung\nDie Grünen-Abgeordnete Julia Brenneke verlangte Aufklärung. Noch "
                + "schärfer formulierte es der FDP-Abgeordnete Marco Hülsbusch. Er sprach von einem „Blindflug mit Rammbock“. „Wenn ein Minister "
                + "erst aus den Medien erfährt, was seine Polizei tut, hat er ein Führungsproblem“, sagte der Liberale.", "de");
        assertThat(s.quote("Wenn ein Minister erst aus den Medien erfährt, was seine Polizei tut, hat er ein Führungsproblem").speaker())
                .isEqualTo("Marco Hülsbusch");
    }

    @Test
    void theDesignatedHolderIsTheOneToComeNotTheOneLeaving() {
        Suggestions s = Suggestions.ofLanguage("Senat umgebildet\nDie Bausenatorin Sabine Lorenzen ist zurückgetreten. Ihre Nachfolgerin wird "
                + "Dilara Aksoy.\nAksoy, 44, gilt in der SPD als Pragmatikerin. Vor ihrem Wechsel in die Verwaltung führte sie eine "
                + "Genossenschaft in Neukölln.\n„Ich weiß, was auf mich zukommt“, sagte die designierte Senatorin dem Tagesspiegel.", "de");
        assertThat(s.quote("Ich weiß, was auf mich zukommt").speaker()).isEqualTo("Dilara Aksoy");
    }

    @Test
    void whomItWasSaidToIsNoPartOfTheEpithet() {
        Suggestions s = Suggestions.ofLanguage("Betriebsversammlung\nUnterstützung bekam der Betriebsrat von der IG Metall. Die Bezirksleiterin "
                + "Sandra Oberhuber-Kast sprach von einem „Angriff auf ein Stück Industriegeschichte“. „Jetzt sollen die Beschäftigten die "
                + "Rechnung bezahlen“, sagte die Gewerkschafterin unserer Zeitung.", "de");
        assertThat(s.quote("Jetzt sollen die Beschäftigten die Rechnung bezahlen").speaker()).isEqualTo("Sandra Oberhuber-Kast");
    }

    @Test
    void anAbbreviatedOrAnOtherWordForTheRoleIsItsHolder() {
        Suggestions s = Suggestions.ofLanguage("Tram beschlossen\nOberbürgermeister Thomas Wirnharter (SPD) nannte die Entscheidung einen "
                + "„Meilenstein für den Osten“. „Das ändern wir jetzt“, sagte der OB in der Sitzung.\nDie Bundesnetzagentur wies die Kritik "
                + "zurück, sagte ihre Präsidentin Ulrike Sandhoff. „Zuerst sollte man in die eigenen Bücher schauen“, sagte die Behördenchefin.", "de");
        assertThat(s.quote("Das ändern wir jetzt").speaker()).isEqualTo("Thomas Wirnharter");
        assertThat(s.quote("Zuerst sollte man in die eigenen Bücher schauen").speaker()).isEqualTo("Ulrike Sandhoff");
    }

    @Test
    void aPartysChairIsItsChiefNamedBefore() {
        Suggestions s = Suggestions.ofLanguage("FDP nach der Wahl\nDie FDP ist aus dem Landtag geflogen. Parteichef Henning Brauckmann will "
                + "trotzdem bleiben.\nAm Morgen nach der Wahl stand Henning Brauckmann vor den Kameras und bemühte sich um Haltung. „Das ist ein "
                + "bitterer Tag, und ich beschönige da nichts“, sagte der FDP-Vorsitzende.", "de");
        assertThat(s.quote("Das ist ein bitterer Tag, und ich beschönige da nichts").speaker()).isEqualTo("Henning Brauckmann");
    }

    @Test
    void anAgeNounOpeningAParagraphGoesOnWithThePersonOfTheParagraphBefore() {
        Suggestions s = Suggestions.ofLanguage("Trainer entlassen\nDer FC Augsburg hat Trainer Jens Wördemann (51) entlassen. Sportvorstand "
                + "Thomas Kellerhals (54) sprach von einer schweren Entscheidung.\nBis auf Weiteres übernimmt Sascha Möllmann, der bisherige "
                + "Trainer der zweiten Mannschaft. Ein neuer Cheftrainer soll nach Angaben von Kellerhals bis zur Länderspielpause feststehen.\n"
                + "„Ich bin kein Feuerwehrmann, ich bin Ausbilder“, sagte der 38-Jährige.", "de");
        assertThat(s.quote("Ich bin kein Feuerwehrmann, ich bin Ausbilder").speaker()).isEqualTo("Sascha Möllmann");
    }
}
