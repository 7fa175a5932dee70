package dev.margin.suggest;

import dev.margin.domain.ClaimKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Check-worthy claims: figures, comparisons, causes, characterisations, predictions, with their claimant. */
class ClaimTest {
    private static Suggestion claim(Suggestions s, String exact) {
        return s.claims().stream().filter(c -> c.exact().equals(exact)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim [" + exact + "] among " + s.claims().stream().map(Suggestion::exact).toList()));
    }

    @Test
    void statisticsWithFiguresPercentagesAndCurrency() {
        Suggestions s = Suggestions.of("Unemployment rose to 12.4% in March. The scheme cost £318 million. Food prices doubled.");
        assertThat(s.claims()).extracting(Suggestion::claimKind).containsOnly(ClaimKind.STATISTIC).hasSize(3);
        assertThat(claim(s, "Unemployment rose to 12.4% in March").claimant()).isNull();
    }

    @Test
    void comparisonsCausesCharacterisationsAndPredictions() {
        Suggestions s = Suggestions.of("Turnout was the lowest since the war ended. "
                + "The outage was caused by a fire at the substation. "
                + "Critics described the deal as a giveaway to foreign trawlers. "
                + "Fares are expected to rise again next year.");
        assertThat(s.claims()).extracting(Suggestion::claimKind)
                .containsExactly(ClaimKind.OTHER, ClaimKind.CAUSAL, ClaimKind.CHARACTERISATION, ClaimKind.PREDICTION);
    }

    @Test
    void claimantIsTheSpeakerOfTheQuoteOrReport() {
        Suggestions s = Suggestions.of("“Inflation has halved since January,” said Ama Mensah. "
                + "Musa Bello said the strike had cost workers 3 billion naira.");
        assertThat(claim(s, "Inflation has halved since January").claimant()).isEqualTo("Ama Mensah");
        assertThat(claim(s, "Musa Bello said the strike had cost workers 3 billion naira").claimant()).isEqualTo("Musa Bello");
    }

    @Test
    void datesAgesTimesAndQuestionsAreNoClaims() {
        Suggestions s = Suggestions.of("The meeting took place on March 3, 2024. Okafor, 54, arrived at 10:30 on Monday. "
                + "Will the scheme cost more than 5 percent?");
        assertThat(s.claims()).isEmpty();
    }

    @Test
    void furnitureLinesAreNoClaims() {
        assertThat(Suggestions.of("Also read: Inflation hits 30 percent\n(Reporting by Tolu Adebayo; Editing by 2 editors)").claims()).isEmpty();
    }
}
