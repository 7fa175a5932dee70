package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, eighteenth session, from the sixty-fifth held-out set (a Senate debate), read again: in "“…,” Kessler, a former
 * state senator, said" the word "state" is a noun in an apposition, not the verb of an unnamed "a former".
 */
class StateAsNounCopyTest {
    @Test
    void stateAfterAnArticleAndAnAdjectiveIsANoun() {
        Suggestions s = Suggestions.ofLanguage("Senate debate\nThe contest is close. Dana Kessler and Tom Birch debated on Tuesday.\n“Nobody "
                + "owns me. Not a processor, not a PAC,” Kessler, a former state senator who ran her family’s business for two decades, "
                + "said as the crowd rose.", "en");
        assertThat(s.quote("Nobody owns me. Not a processor, not a PAC,").speaker()).isEqualTo("Dana Kessler");
    }

    @Test
    void aPastFormAfterARoleIsStillTheVerb() {
        Suggestions s = Suggestions.ofLanguage("Housing bill\nPremier Gord Halloran defended the bill on Tuesday.\n“Nobody in my caucus is "
                + "nervous about building homes,” the premier said, before leaving for an announcement in Vaughan.", "en");
        assertThat(s.quote("Nobody in my caucus is nervous about building homes,").speaker()).isEqualTo("Gord Halloran");
    }
}
