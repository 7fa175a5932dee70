package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, sixteenth session, from the fifty-sixth, sixtieth and sixty-first held-out sets (a reshuffle, Westminster, a
 * Canadian byelection), read after their blind runs: a seat named by its place ("the MP for Stroud") is held by one known
 * person, so it points back to them as a pronoun would; a party before a given name is the person's, not part of the
 * name; a riding written with em dashes and a party's hold on it name no person.
 */
class SeatsAndConstituenciesCopyTest {
    @Test
    void aSeatAfterALedeNamesThePersonOfTheLede() {
        Suggestions s = Suggestions.ofLanguage("Housing secretary quits\nHelen Marwood has resigned as housing secretary in protest "
                + "at Treasury plans.\nIn a letter to the prime minister published on Tuesday evening, the MP for Stroud said she "
                + "could not \"stand at the despatch box and defend\" a decision.", "en");
        assertThat(s.quote("stand at the despatch box and defend").speaker()).isEqualTo("Helen Marwood");
    }

    @Test
    void aSeatNamedWithAPersonBeforeIsThatPersonsThoughAnotherMemberSpokeSince() {
        Suggestions s = Suggestions.ofLanguage("Budget row\nChloe Barraclough, the Labour MP for Hyndburn, voted against the "
                + "budget.\nThe chancellor, Tom Reid, said the plan was fair. \"Nobody will pay more,\" he said.\n"
                + "The MP for Hyndburn said the cuts would \"hit the poorest hardest\".", "en");
        assertThat(s.quote("hit the poorest hardest").speaker()).isEqualTo("Chloe Barraclough");
    }

    @Test
    void aPartyBeforeAGivenNameIsThePersonsPartyNotPartOfTheName() {
        Suggestions s = Suggestions.ofLanguage("Byelection\nThe seat went to Liberal Patrick Desrosiers on Monday. "
                + "Democrat Jane Roe said it was close.", "en");
        assertThat(s.actorNames()).contains("Patrick Desrosiers", "Jane Roe").doesNotContain("Liberal Patrick Desrosiers");
        assertThat(s.quote("it was close").speaker()).isEqualTo("Jane Roe");
    }

    @Test
    void aRidingJoinedByEmDashesAndAPartysHoldOnItNameNoPerson() {
        Suggestions s = Suggestions.ofLanguage("Bloc takes Liberal-held Brome—Missisquoi in byelection\nThe Bloc Québécois has taken "
                + "the riding of Brome—Missisquoi. The candidate conceded shortly after 11 p.m. ET.", "en");
        assertThat(s.actorNames()).doesNotContain("Liberal-held Brome", "Brome", "Missisquoi", "ET");
    }

    @Test
    void aPollsterOrAVicePresidentSetOffAfterAnUnknownGivenNameMakesItAPerson() {
        Suggestions s = Suggestions.ofLanguage("Byelection\nKarine Dufresne, a senior vice-president at the polling firm Léger, "
                + "said the Bloc was up.\nLoïc Tremblay, a pollster, said the vote was split.", "en");
        assertThat(s.quote("the Bloc was up").speaker()).isEqualTo("Karine Dufresne");
        assertThat(s.quote("the vote was split").speaker()).isEqualTo("Loïc Tremblay");
    }
}
