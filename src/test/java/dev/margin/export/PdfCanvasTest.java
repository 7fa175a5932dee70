package dev.margin.export;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PdfCanvasTest {
    private static String points(float value) {
        StringBuilder out = new StringBuilder();
        PdfCanvas.appendPoints(out, value);
        return out.toString();
    }

    @Test
    void coordinatesAreWrittenToAHundredthOfAPointWithoutTrailingZeros() {
        assertEquals("0", points(0));
        assertEquals("56", points(56));
        assertEquals("12.5", points(12.5f));
        assertEquals("785.35", points(785.35f));
        assertEquals("3.04", points(3.04f));
        assertEquals("3.1", points(3.099f));
        assertEquals("100", points(99.999f));
        assertEquals("-9.25", points(-9.25f));
        assertEquals("-0.07", points(-0.07f));
        assertEquals("595.28", points(595.2756f));
    }
}
