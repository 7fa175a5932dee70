package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the thirty-ninth held-out set (an obituary, a council budget story, an ombud's report; an interview, a
 * court report, a Feuilleton story), read after its one blind run on the eighth session's last rules.
 */
class ObituaryAndCouncilCopyTest {
    @Test
    void largeCitiesThatAreNoSurnamesArePlaces() {
        // ("East and West Baltimore turned up …" made "West Baltimore" a person, and every later "Baltimore" her surname)
        Lexicon lexicon = Lexicon.load();
        assertThat(List.of("Baltimore", "Philadelphia", "Detroit", "New Orleans", "Sheffield")).allMatch(lexicon::isPlace);
        assertThat(lexicon.isPlace("Houston")).as("a surname too, left out").isFalse();
    }

    @Test
    void aContractionOfAPronounIsNoName() {
        Suggestions s = Suggestions.ofLanguage("Obituary\n“She’d say, read me the figure,” said Anna Lindqvist.", "en");
        assertThat(s.actorNames()).containsExactly("Anna Lindqvist");
    }
    @Test
    void ofAFamilyWithOneSurnameTheTitleSaysWhoIsMeant() {
        Suggestions s = Suggestions.ofLanguage("Obituary\nDr. Helen Marsh, a pediatrician, died on Nov. 14. She was 93.\n"
                + "She met Thomas Marsh, a radiology resident, in 1956. Her son, Daniel Marsh, confirmed the death.\n"
                + "In 1987 Dr. Marsh said the city \"had failed its children.\"", "en");
        assertThat(s.quote("the city \"had failed its children.\"").speaker()).isEqualTo("Helen Marsh");
    }
    @Test
    void aGermanBodyNamedOverASharedEndingIsOneName() {
        Suggestions s = Suggestions.ofLanguage("Kammer\nDie Industrie- und Handelskammer Oderland sprach von einem „verheerenden "
                + "Signal“.", "de");
        assertThat(s.quote("verheerenden Signal").speaker()).isEqualTo("Industrie- und Handelskammer Oderland");
    }
    @Test
    void anAgeWordIsNeverSomeoneGivenAnotherAge() {
        // "die 58-Jährige" was the unnamed trainer, not Nadine K., whom the text had made "die 39-Jährige"
        Suggestions s = Suggestions.ofLanguage("Prozess\nAusgesagt hat auch Nadine K., eine Bankangestellte. Die 39-Jährige sagte, "
                + "ein Rentner habe Geld abheben wollen.\nSeine frühere Ausbilderin beschrieb ihn als „zuverlässig“. Er habe die "
                + "Lehre abgebrochen und „den Halt verloren“, sagte die 58-Jährige.", "de");
        assertThat(s.quote("ein Rentner habe Geld abheben wollen").speaker()).isEqualTo("Nadine K.");
        assertThat(s.quote("den Halt verloren").resolution()).isEqualTo(dev.margin.domain.SpeakerResolution.ANONYMOUS);
    }
}
