package dev.margin.suggest;

import dev.margin.domain.ClaimKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The kind the claim dialog proposes for the words marked (issue 16, item 16: "2 million" was "Other"). */
class ClaimKindsTest {
    @ParameterizedTest
    @ValueSource(strings = {"2 million", "the rise would bring in 4 million crowns a year", "two-thirds of voters",
            "Two thirds", "unemployment rose to 3.5%", "a €1.2bn contract", "1.2bn euros", "$3m", "seven in ten adults",
            "3 out of 4 schools", "a few hundred protesters", "2,400 jobs", "twice as many cases", "12.4 per cent",
            "three quarters of the budget", "nearly 40 lorries"})
    void figuresInDigitsAndInWordsAreStatistics(String words) {
        assertThat(ClaimKinds.guess(words)).isEqualTo(ClaimKind.STATISTIC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"the bridge has needed repairs since 2019", "on 14 May the council met", "it opened at 08:30",
            "the 3rd time the vote was delayed", "Okafor, a 54-year-old nurse, disagreed", "the minister is honest"})
    void yearsDatesTimesOrdinalsAndAgesAreNoFigures(String words) {
        assertThat(ClaimKinds.guess(words)).isNotEqualTo(ClaimKind.STATISTIC);
    }

    @Test
    void causesCharacterisationsAndPredictionsAfterFigures() {
        assertThat(ClaimKinds.guess("the outage was caused by a fire")).isEqualTo(ClaimKind.CAUSAL);
        assertThat(ClaimKinds.guess("critics described the deal as a giveaway")).isEqualTo(ClaimKind.CHARACTERISATION);
        assertThat(ClaimKinds.guess("fares are expected to rise next year")).isEqualTo(ClaimKind.PREDICTION);
        assertThat(ClaimKinds.guess("the ferry budget was not her decision")).isEqualTo(ClaimKind.OTHER);
        assertThat(ClaimKinds.guess("")).isEqualTo(ClaimKind.OTHER);
    }

    @Test
    void theSuggesterReadsFiguresInWordsToo() {
        Suggestions s = Suggestions.of("Two-thirds of the wells ran dry this summer. Seven in ten farmers lost their crop.");
        assertThat(s.claims()).extracting(Suggestion::claimKind).containsExactly(ClaimKind.STATISTIC, ClaimKind.STATISTIC);
    }
}
