package dev.margin.suggest;

import dev.margin.domain.SpeakerResolution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: a letter, an email or a statement speaks for whoever the text says wrote it ("The letter says …"), never
 * for the paper that obtained it, and a letter nobody is named as writing is no body's.
 */
class LettersAndDocumentsTest {
    private static final String LETTER = "Governor writes to president\nIn a letter to the president sent Monday and obtained by "
            + "The Washington Post, Gov. Rosalind Archuleta (D) asked for a meeting with Homeland Security officials.\n";

    @Test
    void aLetterSpeaksForItsWriterNotForThePaperThatObtainedIt() {
        Suggestions s = Suggestions.of(LETTER + "The letter says hospitals in Yuma County are already operating near capacity.");
        Suggestion report = s.quote("hospitals in Yuma County are already operating near capacity");
        assertThat(report.speaker()).isEqualTo("Rosalind Archuleta");
        assertThat(report.resolution()).isEqualTo(SpeakerResolution.PRONOUN);
    }

    @Test
    void aSecondVerbInThePresentTenseIsASecondReport() {
        // "warns" is tagged a noun; before "that" it is the letter's second verb
        Suggestions s = Suggestions.of(LETTER + "The letter says hospitals in Yuma County are already operating near capacity and "
                + "warns that the county’s only shelter for released migrants closed in March.");
        assertThat(s.quote("hospitals in Yuma County are already operating near capacity").speaker()).isEqualTo("Rosalind Archuleta");
        assertThat(s.quote("the county’s only shelter for released migrants closed in March").speaker()).isEqualTo("Rosalind Archuleta");
    }

    @Test
    void anEmailNobodyIsNamedAsWritingIsNotTheBodyNamedLast() {
        Suggestions s = Suggestions.of("Airline\nManagers at Northstar Connect pressed mechanics to sign off on repairs.\nIn a message "
                + "sent in February, the airline’s director of maintenance, Gregory Vance, told station managers that punctuality was "
                + "“the only number the board is looking at.” “If a write-up can be deferred under the M.E.L., defer it,” the email "
                + "said.");
        assertThat(s.quote("If a write-up can be deferred under the M.E.L., defer it,").speaker()).isEqualTo("Gregory Vance");
    }

    @Test
    void aGermanLetterIsTheSameDocumentUnderAnotherWord() {
        Suggestions s = Suggestions.of("Brief an den Kanzler\nDie Stadt Köln hat am Montag ihren Haushalt vorgelegt. In einem Brief an "
                + "den Kanzler fordert Ministerpräsident Hans Meier mehr Geld für die Kommunen.\nIn dem Schreiben heißt es, die "
                + "Kommunen seien am Ende ihrer Kräfte.");
        assertThat(s.quote("die Kommunen seien am Ende ihrer Kräfte").speaker()).isEqualTo("Hans Meier");
    }
}
