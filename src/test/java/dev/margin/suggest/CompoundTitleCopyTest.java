package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, eighteenth session, from the fifty-eighth and fifty-ninth held-out sets (a mayoral run-off, a constitutional
 * court ruling, a Bundesrat vote), read again: a deputy in a compound ("CDU-Fraktionsvize") is a title, older given names
 * ("Cordula") are names, a role may carry a title before it ("die Vorsitzende Richterin"), and appealing is saying; and,
 * from the seventy-eighth set, "OB" is the title Oberbürgermeister.
 */
class CompoundTitleCopyTest {
    @Test
    void aDeputyInACompoundIsATitleBeforeTheName() {
        Suggestions s = Suggestions.ofLanguage("Stichwahl\nIn der Stadtverordnetenversammlung haben SPD und Grüne zusammen keine Mehrheit, die neue "
                + "Oberbürgermeisterin wird also um Stimmen werben müssen. CDU-Fraktionsvize Petra Heinbücher formulierte es am späten Abend "
                + "so: „Wir gratulieren. Und ab Montag wird regiert, nicht gefeiert.“", "de");
        assertThat(s.quote("Wir gratulieren. Und ab Montag wird regiert, nicht gefeiert.").speaker()).isEqualTo("Petra Heinbücher");
    }

    @Test
    void aJudgeNamedOnceWithAnOlderGivenNameIsTheVorsitzendeRichterin() {
        Suggestions s = Suggestions.ofLanguage("Urteil\nVerkündet wurde das Urteil von Cordula Weyrauch. „Das Fragerecht ist kein Entgegenkommen“, "
                + "sagte die Vorsitzende Richterin bei der Urteilsverkündung.", "de");
        assertThat(s.quote("Das Fragerecht ist kein Entgegenkommen").speaker()).isEqualTo("Cordula Weyrauch");
    }

    @Test
    void whoAppealsSpeaksThePartialInTheAppeal() {
        Suggestions s = Suggestions.ofLanguage("Bundesrat\nDas Gesetz scheiterte. Bundesratspräsidentin Henrike Vossberg (SPD) stellte fest, dass "
                + "es die Mehrheit verfehlt habe. Sie appellierte an Bund und Länder, sich nicht „in den Schützengräben des Föderalismus“ "
                + "einzurichten.", "de");
        assertThat(s.quote("in den Schützengräben des Föderalismus").speaker()).isEqualTo("Henrike Vossberg");
    }

    @Test
    void obBeforeANameIsATitle() {
        Suggestions s = Suggestions.ofLanguage("Tram\nOberbürgermeister Andreas Kellermeier will die Tram-Ostspange zurückstellen, der Stadtrat "
                + "streitet darüber.\nOB Kellermeier: „Wir müssen ehrlich sein“\nDer Rathauschef begründete den Schritt mit der Haushaltslage.", "de");
        assertThat(s.quote("Wir müssen ehrlich sein").speaker()).isEqualTo("Andreas Kellermeier");
    }
}
