package dev.margin.store;

import dev.margin.domain.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Marking matches the way the FTS5 index finds them: words, phrases, prefixes, without case or accents. */
class MatchMarkerTest {
    private static List<String> marked(String typed, String text) {
        MarkedText result = MatchMarker.forQuery(SearchQuery.fromUserInput(typed)).mark(text);
        assertThat(result.text()).isEqualTo(text);
        List<String> runs = new ArrayList<>();
        for (Span match : result.matches()) {
            runs.add(text.substring(match.start(), match.end()));
        }
        return runs;
    }

    @Test
    void marksEveryOccurrenceOfEachWordIgnoringCase() {
        assertThat(marked("budget rail", "Rail budget: the budget for RAIL")).containsExactly("Rail budget", "budget", "RAIL");
    }

    @Test
    void marksWholeWordsOnly() {
        assertThat(marked("rail", "railway rails rail-link")).containsExactly("rail");
    }

    @Test
    void aPhraseIsMarkedWhereItsWordsFollowEachOther() {
        assertThat(marked("\"central bank\"", "The central bank, not the bank's central office, said the Central  Bank"))
                .containsExactly("central bank", "Central  Bank");
    }

    @Test
    void aPrefixMarksEveryWordStartingWithIt() {
        assertThat(marked("infla*", "Inflation and inflated prices, not deflation")).containsExactly("Inflation", "inflated");
        assertThat(marked("interest ra*", "interest rates and interest paid, radio")).containsExactly("interest rates", "interest", "radio");
    }

    @Test
    void accentsAreIgnoredBothWays() {
        assertThat(marked("resume", "Résumé of the café meeting")).containsExactly("Résumé");
        assertThat(marked("café", "the cafe and the Café")).containsExactly("cafe", "Café");
    }

    @Test
    void punctuationInsideAWordSplitsItLikeTheIndexDoes() {
        assertThat(marked("U.S.", "the U.S. raised tariffs; US officials")).containsExactly("U.S");
        assertThat(marked("5%", "fell 5% after a 15% rise; 5 points")).containsExactly("5", "5");
        assertThat(marked("₦1.2", "spend ₦1.2 trillion")).containsExactly("1.2");
    }

    @Test
    void anUnmatchedQuoteAndOperatorsAreWords() {
        assertThat(marked("\"trains will", "The trains will run.")).containsExactly("trains will");
        assertThat(marked("budget OR trains", "budget or trains")).containsExactly("budget or trains");
    }

    @Test
    void anEmptyQueryOrTextMarksNothing() {
        assertThat(marked("", "anything")).isEmpty();
        assertThat(marked("%%%", "100%")).isEmpty();
        assertThat(MatchMarker.forQuery("\"x\"").mark("").matches()).isEmpty();
        assertThat(MatchMarker.forQuery("\"x\"").mark(null).text()).isEmpty();
    }

    @Test
    void wordsOutsideTheBasicPlaneAndOtherScriptsAreWords() {
        assertThat(marked("قطار", "قال الوزير إن القطار قطار سريع")).containsExactly("قطار");
        assertThat(marked("𝐀bc", "x 𝐀bc y")).containsExactly("𝐀bc");
    }
}
