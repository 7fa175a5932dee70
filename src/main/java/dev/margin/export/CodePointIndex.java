package dev.margin.export;

import dev.margin.domain.Offsets;

/**
 * Converts UTF-16 offsets of one text into Unicode code point offsets and back, in constant time
 * after one pass over the text (the W3C TextPositionSelector counts code points). For a text with
 * no character outside the Basic Multilingual Plane both conventions agree and no table is kept.
 */
final class CodePointIndex {
    private final String text;
    /** surrogatesBefore[i]: low surrogates in text[0, i); null when the text has none. */
    private final int[] lowSurrogatesBefore;

    CodePointIndex(String text) {
        this.text = text;
        int[] table = null;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                table = buildTable(text);
                break;
            }
        }
        this.lowSurrogatesBefore = table;
    }

    private static int[] buildTable(String text) {
        int[] table = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            boolean pairTail = Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            table[i + 1] = table[i] + (pairTail ? 1 : 0);
        }
        return table;
    }

    int toCodePoints(int utf16Offset) {
        if (utf16Offset < 0 || utf16Offset > text.length()) {
            throw new IllegalArgumentException("offset " + utf16Offset + " is outside the text of length " + text.length());
        }
        return lowSurrogatesBefore == null ? utf16Offset : utf16Offset - lowSurrogatesBefore[utf16Offset];
    }

    int toUtf16(int codePointOffset) {
        if (lowSurrogatesBefore == null) {
            if (codePointOffset < 0 || codePointOffset > text.length()) {
                throw new IllegalArgumentException("code point offset " + codePointOffset + " is outside the text");
            }
            return codePointOffset;
        }
        return Offsets.toUtf16(text, codePointOffset);
    }
}
