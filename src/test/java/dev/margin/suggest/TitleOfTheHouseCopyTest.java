package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, eighteenth session, from the sixty-sixth held-out set (a state assembly debate), read again: a title whose
 * portfolio holds an article ("Leader of the Opposition", "Speaker of the House") stands before a person's name, and the
 * portfolio's last word is no part of it.
 */
class TitleOfTheHouseCopyTest {
    @Test
    void aTitleOfTheOppositionIsNoPartOfTheName() {
        Suggestions s = Suggestions.ofLanguage("Assembly passes resolution\nIntervening, Leader of the Opposition K.P. Muthuvel said the government had "
                + "“woken up late” to the issue. Talking to reporters outside, Mr. Muthuvel said his party supported the resolution “in full”.", "en");
        assertThat(s.quote("woken up late").speaker()).isEqualTo("K.P. Muthuvel");
        assertThat(s.quote("in full").speaker()).isEqualTo("K.P. Muthuvel");
    }

    @Test
    void aBodyAfterTheArticleOfAPortfolioIsStillAnActor() {
        Suggestions s = Suggestions.ofLanguage("Budget talks\nOn Tuesday, the President of the European Commission said the budget was "
                + "“a matter for the member states”, and the Speaker of the House Mike Johnson agreed.", "en");
        assertThat(s.actorNames()).contains("European Commission", "Mike Johnson");
    }
}
