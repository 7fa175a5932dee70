package dev.margin.cli;

import dev.margin.cli.InlineMarkup.Mark;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InlineMarkupTest {
    private static final String TEXT = "“We are ready 🚆,” Okafor said on Monday.";

    private static Mark mark(String label, String exact) {
        int start = TEXT.indexOf(exact);
        return new Mark(label, start, start + exact.length());
    }

    @Test
    void separateSpansGetTheirOwnBrackets() {
        String out = InlineMarkup.render(TEXT, List.of(mark("A2", "Okafor"), mark("Q1", "“We are ready 🚆,”")));
        assertThat(out).isEqualTo("[Q1:“We are ready 🚆,”] [A2:Okafor] said on Monday.");
    }

    @Test
    void nestedSpansNest() {
        String out = InlineMarkup.render(TEXT, List.of(mark("H3", "ready 🚆"), mark("Q1", "“We are ready 🚆,”"), mark("C2", "We are ready")));
        assertThat(out).isEqualTo("[Q1:“[C2:We are [H3:ready]][H3: 🚆],”] Okafor said on Monday.");
    }

    @Test
    void spansSharingBothEndsNestLongestOutside() {
        String out = InlineMarkup.render(TEXT, List.of(mark("A1", "Okafor"), mark("H2", "Okafor said")));
        assertThat(out).isEqualTo("“We are ready 🚆,” [H2:[A1:Okafor] said] on Monday.");
    }

    @Test
    void crossingSpansAreClosedAndReopened() {
        String out = InlineMarkup.render(TEXT, List.of(mark("Q1", "Okafor said"), mark("C2", "said on Monday")));
        assertThat(out).isEqualTo("“We are ready 🚆,” [Q1:Okafor [C2:said]][C2: on Monday].");
    }

    @Test
    void emptyAndOutOfRangeSpansAreLeftOut() {
        String out = InlineMarkup.render(TEXT, List.of(new Mark("H1", 3, 3), new Mark("H2", 10, TEXT.length() + 5)));
        assertThat(out).isEqualTo(TEXT);
    }
}
