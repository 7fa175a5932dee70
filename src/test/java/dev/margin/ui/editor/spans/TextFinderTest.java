package dev.margin.ui.editor.spans;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextFinderTest {
    private static final String TEXT = "Okafor said the OKAFOR plan, which okafor's team drafted, was final.\nOkafor left.";

    @Test
    void findsEveryOccurrenceIgnoringCase() {
        List<TextRange> found = TextFinder.findAll(TEXT, "okafor");
        assertThat(found).extracting(TextRange::start).containsExactly(0, 16, 35, 69);
        assertThat(found).allMatch(r -> r.length() == 6);
    }

    @Test
    void anEmptyPhraseOrAnAbsentOneFindsNothing() {
        assertThat(TextFinder.findAll(TEXT, "")).isEmpty();
        assertThat(TextFinder.findAll(TEXT, "minister")).isEmpty();
        assertThat(TextFinder.indexAtOrAfter(List.of(), 3)).isEqualTo(-1);
        assertThat(TextFinder.indexBefore(List.of(), 3)).isEqualTo(-1);
    }

    @Test
    void overlappingOccurrencesCountOnce() {
        assertThat(TextFinder.findAll("aaaa", "aa")).containsExactly(new TextRange(0, 2), new TextRange(2, 4));
    }

    @Test
    void nextAndPreviousWrapAroundTheText() {
        List<TextRange> found = TextFinder.findAll(TEXT, "okafor");
        assertThat(TextFinder.indexAtOrAfter(found, 0)).isEqualTo(0);
        assertThat(TextFinder.indexAtOrAfter(found, 1)).isEqualTo(1);
        assertThat(TextFinder.indexAtOrAfter(found, 70)).as("wraps to the first").isEqualTo(0);
        assertThat(TextFinder.indexBefore(found, 16)).isEqualTo(0);
        assertThat(TextFinder.indexBefore(found, 17)).isEqualTo(1);
        assertThat(TextFinder.indexBefore(found, 0)).as("wraps to the last").isEqualTo(3);
    }
}
