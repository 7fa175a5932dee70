package dev.margin.store.sqlite;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchHighlighterTest {
    private static String marked(String query, String text) {
        return new SearchHighlighter(query).snippet(text).replace("\u0002", "[").replace("\u0003", "]");
    }

    @Test
    void marksWordsIgnoringCaseAndAccents() {
        assertThat(marked("budget zurich", "The Budget was agreed in Zürich; budgets vary."))
                .isEqualTo("The [Budget] was agreed in [Zürich]; budgets vary.");
    }

    @Test
    void marksPhrasesOnlyWhereTheWordsFollowEachOther() {
        assertThat(marked("\"passengers a day\"", "a day for passengers a day later"))
                .isEqualTo("a day for [passengers a day] later");
    }

    @Test
    void marksPrefixesOfWordsAndPhrases() {
        assertThat(marked("budg* \"rail li\"*", "budgetary rail links and budgets, not rail"))
                .isEqualTo("[budgetary] [rail links] and [budgets], not rail");
    }

    @Test
    void leavesOutTheRightSideOfNotAndColumnNamesAndOperators() {
        assertThat(marked("note : minister NOT okafor OR trains AND NEAR(run)", "The minister Okafor said the trains will run"))
                .isEqualTo("The [minister] Okafor said the [trains] will [run]");
    }

    @Test
    void cutsALongTextAroundTheFirstMatch() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 80; i++) {
            text.append(i == 41 ? "sanctions" : "w" + i).append(' ');
        }
        String snippet = marked("sanctions", text.toString().strip());
        assertThat(snippet).startsWith("…w37 w38 w39 w40 [sanctions] w42").endsWith("w60…");
        assertThat(marked("w2", "w1 w2 w3")).as("a short text is shown whole").isEqualTo("w1 [w2] w3");
    }

    @Test
    void handlesEmojiCjkAndRightToLeftText() {
        assertThat(marked("trains", "🚆 trains 🚆")).isEqualTo("🚆 [trains] 🚆");
        assertThat(marked("الوزير", "قال الوزير إن")).isEqualTo("قال [الوزير] إن");
        assertThat(new SearchHighlighter("budget").matches("no match here")).isFalse();
    }
}
