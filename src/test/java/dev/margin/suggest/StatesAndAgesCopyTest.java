package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, nineteenth session, from the eighty-seventh, eighty-ninth and ninety-first held-out sets (a Playbook
 * newsletter, a filibuster, a subpoena fight), read after their blind runs: "the Texan" is the person tagged with Texas;
 * "the 64-year-old" whose age was never told is the person the paragraph opens with, not someone named in between; and
 * words quoted after "and accused Calloway of" go on with the quote before, the one named being the verb's object.
 */
class StatesAndAgesCopyTest {
    @Test
    void aStatesDemonymIsThePersonTaggedWithThatState() {
        Suggestions s = Suggestions.ofLanguage("Subpoena fight\nRep. Bradley K. Voss (R-Tex.), the panel’s top Republican, dismissed the "
                + "subpoena as “a political stunt.”\n“My colleague across the aisle has already written the last chapter of this story,” "
                + "the Texan said in an interview.", "en");
        assertThat(s.quote("My colleague across the aisle has already written the last chapter of this story,").speaker())
                .isEqualTo("Bradley K. Voss");
        assertThat(s.actorNames()).doesNotContain("Texan");
    }

    @Test
    void anAgeNeverToldIsThePersonTheParagraphOpensWith() {
        Suggestions s = Suggestions.ofLanguage("Filibuster ends\nSen. Denise Okoro-Hart called the speech a stunt.\nSen. Harlan Pruett brushed "
                + "off the criticism. Asked about Okoro-Hart’s remarks, the 64-year-old said his colleague was “a fine person with a bad bill.”", "en");
        assertThat(s.quote("a fine person with a bad bill.").speaker()).isEqualTo("Harlan Pruett");
    }

    @Test
    void someoneNamedAfterTheVerbAfterAndIsItsObject() {
        Suggestions s = Suggestions.ofLanguage("Subpoena fight\nRep. Bradley K. Voss (R-Tex.), the panel’s top Republican, dismissed the "
                + "subpoena as “a political stunt” and accused Rep. Ellen Calloway of “trying to manufacture a scandal before the spending fight.”", "en");
        assertThat(s.quote("trying to manufacture a scandal before the spending fight.").speaker()).isEqualTo("Bradley K. Voss");
    }
}
