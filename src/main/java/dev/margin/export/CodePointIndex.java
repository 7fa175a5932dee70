package dev.margin.export;

/**
 * Converts UTF-16 offsets of one text into Unicode code point offsets and back, in constant time
 * after one pass over the text (the W3C TextPositionSelector counts code points). For a text with
 * no character outside the Basic Multilingual Plane both conventions agree and no table is kept.
 */
final class CodePointIndex {
    private final String text;
    /**
     * pairsBefore[i]: surrogate pairs whose first half lies in text[0, i); null when the text has none.
     * Counting first halves makes i - pairsBefore[i] never decrease and never reach a new value at
     * an offset inside a pair, so the smallest offset with a given code point count is a valid one.
     */
    private final int[] pairsBefore;

    CodePointIndex(String text) {
        this.text = text;
        int[] table = null;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                table = buildTable(text);
                break;
            }
        }
        this.pairsBefore = table;
    }

    private static int[] buildTable(String text) {
        int[] table = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            boolean pairHead = Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            table[i + 1] = table[i] + (pairHead ? 1 : 0);
        }
        return table;
    }

    int toCodePoints(int utf16Offset) {
        if (utf16Offset < 0 || utf16Offset > text.length()) {
            throw new IllegalArgumentException("offset " + utf16Offset + " is outside the text of length " + text.length());
        }
        return pairsBefore == null ? utf16Offset : utf16Offset - pairsBefore[utf16Offset];
    }

    int toUtf16(int codePointOffset) {
        if (pairsBefore == null) {
            if (codePointOffset < 0 || codePointOffset > text.length()) {
                throw new IllegalArgumentException("code point offset " + codePointOffset + " is outside the text");
            }
            return codePointOffset;
        }
        // The smallest u with u - pairsBefore[u] >= codePointOffset, found by binary search.
        int low = codePointOffset;
        int high = text.length();
        if (codePointOffset < 0 || high - pairsBefore[high] < codePointOffset) {
            throw new IllegalArgumentException("code point offset " + codePointOffset + " is outside the text");
        }
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (middle - pairsBefore[middle] < codePointOffset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
