package dev.margin.export;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArabicShapingTest {
    private static String shape(String text) {
        return ArabicShaping.shape(text, codePoint -> true);
    }

    @Test
    void lettersTakeTheirInitialMedialAndFinalForms() {
        // محمد: meem initial, hah medial, meem medial, dal final.
        assertThat(shape("محمد")).isEqualTo("\uFEE3\uFEA4\uFEE4\uFEAA");
    }

    @Test
    void lamAlefBecomesOneLigatureAndTheLetterAfterAlefStartsAgain() {
        // سلام: seen initial, lam-alef final (joined to the seen), meem isolated (alef does not join forward).
        assertThat(shape("سلام")).isEqualTo("\uFEB3\uFEFC\uFEE1");
        assertThat(shape("لا")).isEqualTo("\uFEFB");
    }

    @Test
    void vowelMarksStayAfterTheirLetterAndDoNotBreakTheJoin() {
        // بَيت: beh initial with its fatha, yeh medial, teh final.
        assertThat(shape("بَيت")).isEqualTo("\uFE91\u064E\uFEF4\uFE96");
    }

    @Test
    void wordsAndOtherScriptsAreSeparate() {
        assertThat(shape("قال: \"نعم\" 2026")).isEqualTo("\uFED7\uFE8E\uFEDD: \"\uFEE7\uFECC\uFEE2\" 2026");
        assertThat(shape("Port Ellery, 31 per cent")).isEqualTo("Port Ellery, 31 per cent");
    }

    @Test
    void aFormTheFontLacksLeavesTheLetterAsItWas() {
        assertThat(ArabicShaping.shape("محمد", codePoint -> codePoint < 0xFB50)).isEqualTo("محمد");
    }

    @Test
    void reversingARightToLeftLineKeepsEachMarkOnItsLetter() {
        assertThat(PdfLine.visual(shape("بَيت"), true)).isEqualTo("\uFE96\uFEF4\uFE91\u064E");
    }
}
