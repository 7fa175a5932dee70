package dev.margin.export;

import java.text.Bidi;

/**
 * Puts one line of a paragraph into visual order for drawing left to right: PDF has no bidi
 * algorithm, so right-to-left runs (Arabic, Hebrew) are reversed here, with brackets mirrored,
 * using the paragraph's direction from {@link Bidi}. A letter keeps the marks (vowel signs) that
 * follow it, so they still sit on it. Arabic letters are joined before this ({@link ArabicShaping}).
 */
final class PdfLine {
    /** Hebrew's first code point, the lowest of any right-to-left script. */
    private static final char FIRST_RIGHT_TO_LEFT = '\u0590';

    private PdfLine() {
    }

    /** The paragraph's direction: true when it reads right to left (its first strong character is RTL). */
    static boolean isRightToLeft(String paragraph) {
        if (!requiresBidi(paragraph)) {
            return false;
        }
        return !new Bidi(paragraph, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
    }

    /**
     * Whether {@code text} has anything the bidi algorithm changes. Every right-to-left letter and direction
     * control is at U+0590 or above, so text below it (most of a report) is answered without copying it.
     */
    static boolean requiresBidi(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= FIRST_RIGHT_TO_LEFT) {
                return Bidi.requiresBidi(text.toCharArray(), 0, text.length());
            }
        }
        return false;
    }

    static String visual(String line, boolean rightToLeft) {
        if (!rightToLeft && !requiresBidi(line)) {
            return line;
        }
        Bidi bidi = new Bidi(line, rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        if (bidi.isLeftToRight()) {
            return line;
        }
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        String[] texts = new String[runs];
        for (int i = 0; i < runs; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String run = line.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            texts[i] = (levels[i] & 1) == 1 ? reversed(run) : run;
        }
        Bidi.reorderVisually(levels, 0, texts, 0, runs);
        return String.join("", texts);
    }

    /** The run backwards by clusters: each letter with the marks after it, mirrored where it is a bracket. */
    private static String reversed(String run) {
        StringBuilder out = new StringBuilder(run.length());
        int end = run.length();
        while (end > 0) {
            int start = end;
            int cp;
            do {
                cp = run.codePointBefore(start);
                start -= Character.charCount(cp);
            } while (start > 0 && ArabicShaping.isMark(cp));
            out.appendCodePoint(mirror(run.codePointAt(start)));
            out.append(run, start + Character.charCount(run.codePointAt(start)), end);
            end = start;
        }
        return out.toString();
    }

    private static int mirror(int cp) {
        return switch (cp) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '{' -> '}';
            case '}' -> '{';
            case '<' -> '>';
            case '>' -> '<';
            case '«' -> '»';
            case '»' -> '«';
            default -> cp;
        };
    }
}
