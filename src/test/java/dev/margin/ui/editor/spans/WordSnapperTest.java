package dev.margin.ui.editor.spans;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WordSnapperTest {
    private static final String TEXT = "Transport minister Adaeze Okafor said: “We will not let commuters pay for our mistakes,” she told reporters. "
            + "Fares rose 12%, the ministry’s data show.";

    /** Snaps the selection of {@code [from, to)} given as the selected substring's first occurrence plus offsets. */
    private static String snap(int start, int end) {
        TextRange range = WordSnapper.snap(TEXT, start, end);
        return TEXT.substring(range.start(), range.end());
    }

    private static int at(String words) {
        return TEXT.indexOf(words);
    }

    @Test
    void partlySelectedWordsGrowToWholeWords() {
        int start = at("Adaeze") + 2;
        int end = at("Okafor") + 3;
        assertThat(snap(start, end)).isEqualTo("Adaeze Okafor");
    }

    @Test
    void wholeWordsStayAsTheyAre() {
        assertThat(snap(at("Adaeze"), at("Adaeze") + "Adaeze Okafor".length())).isEqualTo("Adaeze Okafor");
    }

    @Test
    void surroundingSpacesAndCommasAreTrimmed() {
        int start = at(" minister");
        int end = at("Adaeze") + "Adaeze ".length();
        assertThat(snap(start, end)).isEqualTo("minister Adaeze");
        assertThat(snap(at("12%"), at("12%") + "12%, ".length())).isEqualTo("12%");
        assertThat(snap(at("said:"), at("said:") + 5)).isEqualTo("said");
    }

    @Test
    void aQuotationStartedAtItsOpeningMarkKeepsItsClosingMark() {
        int open = at("“We");
        assertThat(snap(open, at("mistakes") + "mistakes,”".length())).isEqualTo("“We will not let commuters pay for our mistakes,”");
        assertThat(snap(open, at("mistakes") + "mistak".length()))
                .as("the closing mark just after the grown word and comma is taken in")
                .isEqualTo("“We will not let commuters pay for our mistakes,”");
        assertThat(snap(open - 1, at("mistakes") + "mistakes,” ".length())).isEqualTo("“We will not let commuters pay for our mistakes,”");
    }

    @Test
    void aClosingMarkWithoutItsOpeningOneIsDropped() {
        assertThat(snap(at("our mistakes"), at("mistakes") + "mistakes,”".length())).isEqualTo("our mistakes");
    }

    @Test
    void apostrophesAndSentenceEndsBelongToTheWords() {
        assertThat(snap(at("ministry") + 3, at("ministry") + 5)).isEqualTo("ministry’s");
        assertThat(snap(at("data show."), TEXT.length())).isEqualTo("data show.");
    }

    @Test
    void emptyAndBlankSelectionsStayWhereTheyAre() {
        assertThat(WordSnapper.snap(TEXT, 5, 5)).isEqualTo(new TextRange(5, 5));
        int space = at(" said");
        assertThat(WordSnapper.snap(TEXT, space, space + 1)).isEqualTo(new TextRange(space, space + 1));
    }

    @Test
    void wordsWithCharactersOutsideTheBasicPlaneAreNotSplit() {
        String text = "The 𝐛𝐨𝐥𝐝 claim 🚆 stands.";
        int bold = text.indexOf("𝐛𝐨𝐥𝐝");
        TextRange range = WordSnapper.snap(text, bold + 2, bold + 4);
        assertThat(text.substring(range.start(), range.end())).isEqualTo("𝐛𝐨𝐥𝐝");
        int train = text.indexOf("🚆");
        TextRange emoji = WordSnapper.snap(text, train - 1, train + 3);
        assertThat(text.substring(emoji.start(), emoji.end())).isEqualTo("🚆");
    }

    @Test
    void aSelectionOutsideTheTextIsRefused() {
        assertThatThrownBy(() -> WordSnapper.snap(TEXT, 3, TEXT.length() + 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the text");
    }
}
