package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, nineteenth session, from the eighty-seventh held-out set (a Playbook-style newsletter), read after its blind
 * run: a name printed in capitals at first mention ("Rep. CAL DUNAWAY (R-S.C.)") is read as the name it is, while the
 * suggestions keep the article's own letters, and section labels in capitals name nobody.
 */
class PlaybookCapitalsCopyTest {
    private static final String PLAYBOOK = "Playbook: The rule vote that broke the speaker’s week\nDRIVING THE DAY — Nine Republicans voted no, "
            + "led by House Freedom Caucus Chair TATE BIXBY (R-Ariz.), who told reporters that the package “spends like Democrats wrote it.”\n"
            + "K STREET WATCH — “My clients don’t care who wins the food fight,” said BEN TOLLIVER, a former leadership aide. Bixby was "
            + "unmoved: “Friday, Monday, next month.”";

    @Test
    void aNameInCapitalsIsFoundAndKeptAsWritten() {
        Suggestions s = Suggestions.ofLanguage(PLAYBOOK, "en");
        assertThat(s.quote("spends like Democrats wrote it.").speaker()).isEqualTo("Tate Bixby");
        assertThat(s.quote("My clients don’t care who wins the food fight,").speaker()).isEqualTo("Ben Tolliver");
        assertThat(s.actors()).extracting(Suggestion::exact).contains("TATE BIXBY", "BEN TOLLIVER");
    }

    @Test
    void everySuggestionCarriesTheArticlesOwnLetters() {
        Suggestions s = Suggestions.ofLanguage(PLAYBOOK, "en");
        assertThat(s.all()).allSatisfy(suggestion ->
                assertThat(suggestion.exact()).isEqualTo(PLAYBOOK.substring(suggestion.start(), suggestion.end())));
    }

    @Test
    void sectionLabelsInCapitalsNameNobody() {
        Suggestions s = Suggestions.ofLanguage(PLAYBOOK, "en");
        assertThat(s.actorNames()).noneMatch(name -> name.equalsIgnoreCase("Driving The Day") || name.toLowerCase().contains("street watch"));
    }
}
