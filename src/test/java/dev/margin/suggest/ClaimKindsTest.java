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

    /** Each language's cues (lang/XX/claim-cues.txt), and never another language's: German "will" is "wants". */
    @Test
    void eachLanguageReadsItsOwnCues() {
        assertThat(ClaimKinds.guess("Die Preise werden im nächsten Jahr deutlich steigen", "de")).isEqualTo(ClaimKind.PREDICTION);
        assertThat(ClaimKinds.guess("Die Ministerin will das Gesetz ändern", "de")).isEqualTo(ClaimKind.OTHER);
        assertThat(ClaimKinds.guess("Der Umsatz stieg um 3,5 Prozent", "de")).isEqualTo(ClaimKind.STATISTIC);
        assertThat(ClaimKinds.guess("Le gouvernement a qualifié la grève d’irresponsable", "fr")).isEqualTo(ClaimKind.CHARACTERISATION);
        assertThat(ClaimKinds.guess("El apagón fue provocado por un incendio", "es")).isEqualTo(ClaimKind.CAUSAL);
        assertThat(ClaimKinds.guess("La inflación subió al 3,5 %", "es")).isEqualTo(ClaimKind.STATISTIC);
        assertThat(ClaimKinds.guess("Il costo della vita aumenterà ancora", "it")).isEqualTo(ClaimKind.PREDICTION);
        assertThat(ClaimKinds.guess("O desemprego vai cair no próximo ano", "pt")).isEqualTo(ClaimKind.PREDICTION);
        assertThat(ClaimKinds.guess("De storing ontstond doordat een kabel brak", "nl")).isEqualTo(ClaimKind.CAUSAL);
        assertThat(ClaimKinds.guess("the outage was caused by a fire", "xx")).as("English where a language has no cues")
                .isEqualTo(ClaimKind.CAUSAL);
    }

    /** "am 24. März": the ordinal day before its month is a date, in German as in English. */
    @Test
    void aGermanDateIsNoFigure() {
        Suggestions s = Suggestions.ofLanguage("Der Stadtrat werde am 24. März erneut über das Projekt beraten, sagte ein Sprecher. "
                + "Die Kosten stiegen auf 4,2 Millionen Euro, teilte die Stadt mit.", "de");
        assertThat(s.claims()).filteredOn(claim -> claim.exact().contains("4,2 Millionen"))
                .extracting(Suggestion::claimKind).containsExactly(ClaimKind.STATISTIC);
        assertThat(s.claims()).filteredOn(claim -> claim.exact().contains("24. März"))
                .extracting(Suggestion::claimKind).containsExactly(ClaimKind.PREDICTION);
    }
}
