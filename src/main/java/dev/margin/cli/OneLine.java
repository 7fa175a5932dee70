package dev.margin.cli;

/**
 * Squeezes text onto one line, for the line-per-record output of the commands, and makes it safe to print: a title
 * or outlet comes from a web page and may carry characters that act on the terminal instead of showing.
 */
final class OneLine {
    private static final char REPLACEMENT = '\uFFFD';

    private OneLine() {
    }

    /**
     * Tabs, line and paragraph breaks become single spaces: they would break the one-line, tab-separated formats.
     * Bidirectional embedding, override and isolate controls and the direction marks (U+202A-U+202E, U+2066-U+2069,
     * U+200E, U+200F, U+061C) are dropped, so a title cannot reverse the columns printed after it or disguise itself
     * ("Trojan Source"). Other control characters (escape sequences, NUL, DEL, C1 controls) become U+FFFD.
     */
    static String of(String value) {
        StringBuilder line = new StringBuilder(value.length());
        boolean pendingSpace = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                pendingSpace = true;
            } else if (!isBidiControl(c)) {
                if (pendingSpace) {
                    line.append(' ');
                    pendingSpace = false;
                }
                line.append(Character.isISOControl(c) ? REPLACEMENT : c);
            }
        }
        return line.toString().strip();
    }

    static boolean isBidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F'
                || c == '\u061C';
    }
}
