package dev.margin.export;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Joins Arabic letters into their contextual forms for the PDF report. PDF draws glyphs, not text, and PDFBox does
 * no shaping, so without this every letter stands in its isolated form and a word reads as a row of separate
 * letters. Each letter of the basic Arabic block (and the Persian and Urdu letters پ چ ژ ک گ ی) becomes its
 * isolated, final, initial or medial presentation form by whether its neighbours join to it, and lam followed by
 * alef becomes the lam-alef ligature. Works on logical order, before {@link PdfLine#visual}; a form the font
 * cannot draw leaves the letter as it was.
 */
final class ArabicShaping {
    /** How a letter joins: to both sides, only to the letter before it (right-joining), or not at all. */
    private enum Joining { DUAL, RIGHT }

    /** A letter's isolated presentation form; the final, initial and medial forms follow it in this order. */
    private record Forms(int isolated, Joining joining) {
        int form(boolean joinsBefore, boolean joinsAfter) {
            if (joining == Joining.RIGHT) {
                return joinsBefore ? isolated + 1 : isolated;
            }
            if (joinsBefore && joinsAfter) {
                return isolated + 3;
            }
            return joinsBefore ? isolated + 1 : joinsAfter ? isolated + 2 : isolated;
        }
    }

    private static final int LAM = 0x0644;
    private static final int TATWEEL = 0x0640;
    private static final Map<Integer, Forms> LETTERS = new HashMap<>();
    /** Lam-alef ligatures by the alef: isolated form, then final. */
    private static final Map<Integer, Integer> LAM_ALEF = Map.of(0x0622, 0xFEF5, 0x0623, 0xFEF7, 0x0625, 0xFEF9, 0x0627, 0xFEFB);

    static {
        right(0x0622, 0xFE81);
        right(0x0623, 0xFE83);
        right(0x0624, 0xFE85);
        right(0x0625, 0xFE87);
        dual(0x0626, 0xFE89);
        right(0x0627, 0xFE8D);
        dual(0x0628, 0xFE8F);
        right(0x0629, 0xFE93);
        dual(0x062A, 0xFE95);
        dual(0x062B, 0xFE99);
        dual(0x062C, 0xFE9D);
        dual(0x062D, 0xFEA1);
        dual(0x062E, 0xFEA5);
        right(0x062F, 0xFEA9);
        right(0x0630, 0xFEAB);
        right(0x0631, 0xFEAD);
        right(0x0632, 0xFEAF);
        dual(0x0633, 0xFEB1);
        dual(0x0634, 0xFEB5);
        dual(0x0635, 0xFEB9);
        dual(0x0636, 0xFEBD);
        dual(0x0637, 0xFEC1);
        dual(0x0638, 0xFEC5);
        dual(0x0639, 0xFEC9);
        dual(0x063A, 0xFECD);
        dual(0x0641, 0xFED1);
        dual(0x0642, 0xFED5);
        dual(0x0643, 0xFED9);
        dual(LAM, 0xFEDD);
        dual(0x0645, 0xFEE1);
        dual(0x0646, 0xFEE5);
        dual(0x0647, 0xFEE9);
        right(0x0648, 0xFEED);
        right(0x0649, 0xFEEF);
        dual(0x064A, 0xFEF1);
        dual(0x067E, 0xFB56);
        dual(0x0686, 0xFB7A);
        right(0x0698, 0xFB8A);
        dual(0x06A9, 0xFB8E);
        dual(0x06AF, 0xFB92);
        dual(0x06CC, 0xFBFC);
    }

    private ArabicShaping() {
    }

    private static void dual(int letter, int isolated) {
        LETTERS.put(letter, new Forms(isolated, Joining.DUAL));
    }

    private static void right(int letter, int isolated) {
        LETTERS.put(letter, new Forms(isolated, Joining.RIGHT));
    }

    private static boolean hasArabic(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (mayBeALetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} with its Arabic letters in contextual forms that {@code canDraw} accepts; other text unchanged. */
    static String shape(String text, IntPredicate canDraw) {
        if (!hasArabic(text)) {
            return text; // most lines of a report: no Arabic at all, no copy
        }
        int[] in = text.codePoints().toArray();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < in.length; i++) {
            int letter = in[i];
            Forms forms = LETTERS.get(letter);
            if (forms == null) {
                out.appendCodePoint(letter);
                continue;
            }
            boolean joinsBefore = joinsToNext(previousLetter(in, i));
            int next = nextLetter(in, i);
            if (letter == LAM && next >= 0 && LAM_ALEF.containsKey(in[next])) {
                int ligature = LAM_ALEF.get(in[next]) + (joinsBefore ? 1 : 0);
                if (canDraw.test(ligature)) {
                    out.appendCodePoint(ligature);
                    appendMarksBetween(in, i, next, out);
                    i = next;
                    continue;
                }
            }
            boolean joinsAfter = forms.joining() == Joining.DUAL && next >= 0 && joinsToPrevious(in[next]);
            int shaped = forms.form(joinsBefore, joinsAfter);
            out.appendCodePoint(canDraw.test(shaped) ? shaped : letter);
        }
        return out.toString();
    }

    /** A cheap range test before the table: every letter in it lies between alef with madda and Farsi yeh. */
    private static boolean mayBeALetter(int character) {
        return character >= 0x0622 && character <= 0x06CC && LETTERS.containsKey(character);
    }

    /** Whether a character (the one before a letter) reaches forward to join it: a dual-joining letter or tatweel. */
    private static boolean joinsToNext(int character) {
        Forms forms = LETTERS.get(character);
        return character == TATWEEL || forms != null && forms.joining() == Joining.DUAL;
    }

    /** Whether a character (the one after a dual-joining letter) joins back to it: any Arabic letter, or tatweel. */
    private static boolean joinsToPrevious(int character) {
        return character == TATWEEL || LETTERS.containsKey(character);
    }

    /** The character before {@code i}, skipping the marks (harakat) that sit on letters; -1 at the start. */
    private static int previousLetter(int[] text, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!isMark(text[j])) {
                return text[j];
            }
        }
        return -1;
    }

    /** The index of the character after {@code i}, skipping marks; -1 at the end. */
    private static int nextLetter(int[] text, int i) {
        for (int j = i + 1; j < text.length; j++) {
            if (!isMark(text[j])) {
                return j;
            }
        }
        return -1;
    }

    private static void appendMarksBetween(int[] text, int from, int to, StringBuilder out) {
        for (int j = from + 1; j < to; j++) {
            out.appendCodePoint(text[j]);
        }
    }

    /** Combining marks are transparent to joining. */
    static boolean isMark(int character) {
        int type = Character.getType(character);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }
}
