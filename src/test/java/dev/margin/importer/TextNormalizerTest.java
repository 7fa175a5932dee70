package dev.margin.importer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTest {
    @Test
    void everyKindOfLineEndingBecomesOneParagraphBreakAndBlankLinesCollapse() {
        assertThat(TextNormalizer.paragraphs("one\r\ntwo\rthree\u2028four\u2029five\u0085six\n\n\n \t \nseven"))
                .containsExactly("one", "two", "three", "four", "five", "six", "seven");
    }

    @Test
    void runsOfSpacesAndTabsCollapseAndEdgesAreStripped() {
        assertThat(TextNormalizer.paragraph("  \tThe  minister\t\tsaid   so.  ")).isEqualTo("The minister said so.");
    }

    @Test
    void nbspAndOtherUnicodeSpacesAreKeptInsideButStrippedAtTheEdges() {
        assertThat(TextNormalizer.paragraph("\u00A0« Oui\u00A0», dit-il\u202F; 10\u00A0km\u3000end\u00A0"))
                .isEqualTo("« Oui\u00A0», dit-il\u202F; 10\u00A0km\u3000end");
        assertThat(TextNormalizer.paragraph("a \u00A0 b")).isEqualTo("a \u00A0 b");
        assertThat(TextNormalizer.paragraphs("\u00A0\u00A0\nreal")).containsExactly("real");
    }

    @Test
    void controlCharactersGoButJoinersVariationSelectorsAndBidiMarksStay() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        assertThat(TextNormalizer.paragraph("bell\u0007 " + family + " \u2764\uFE0F \u200Fعربي\u200E \u200C"))
                .isEqualTo("bell " + family + " \u2764\uFE0F \u200Fعربي\u200E \u200C");
    }

    @Test
    void htmlSourceNewlinesAreOnlyWhiteSpace() {
        assertThat(TextNormalizer.htmlInline("\n  The port\n  authority said\u00A0it.\n")).isEqualTo("The port authority said\u00A0it.");
    }

    @Test
    void aLeadingByteOrderMarkIsRemoved() {
        assertThat(TextNormalizer.paragraphs("\uFEFFTitle\nBody")).containsExactly("Title", "Body");
    }
}
