package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, sixteenth session: a seat named by its place ("the MP for Stroud", "the senator from Ohio") is held by one
 * known person, so it points back to them as a pronoun would, not to an unnamed source.
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
}
