package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, nineteenth session, from the eighty-sixth, eighty-seventh and eighty-eighth held-out sets (a Senat reshuffle, a
 * works meeting, a police raid before the Innenausschuss), read after their blind run: "der Liberale" is the FDP's person
 * named last; "die designierte Senatorin" is the one to come, not the senator leaving; and "unserer Zeitung" after "die
 * Gewerkschafterin" is whom it was said to.
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
}
