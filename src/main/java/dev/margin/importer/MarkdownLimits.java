package dev.margin.importer;

/**
 * Refuses, before flexmark parses it, Markdown that would overflow the parser's stack or make it quadratic: block
 * quotes and lists nested more than {@value #MAX_NESTING} levels deep (flexmark needs about 10 s for a 3,000-level
 * list and minutes for 30,000 levels), and a line opening with a run of more than {@value #MAX_MARK_RUN} rule marks
 * ({@code *}, {@code -}, {@code _}, with spaces between), which flexmark's thematic-break pattern matches by one
 * recursive step per mark. Real articles nest a handful of levels and draw rules of a few dozen marks.
 *
 * <p>The nesting of a line is estimated without parsing: its block-quote and list markers, plus half the columns of
 * white space before and between them (a nested list item is indented at least two columns per level). The estimate
 * never falls short of the real depth, so nothing deeper than the limit reaches the parser.
 */
final class MarkdownLimits {
    static final int MAX_NESTING = 100;
    static final int MAX_MARK_RUN = 1000;

    private MarkdownLimits() {
    }

    static void check(String markdown, String source) throws ImportException {
        int lineNumber = 0;
        int start = 0;
        while (start <= markdown.length()) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) {
                end = markdown.length();
            }
            lineNumber++;
            checkLine(markdown, start, end, lineNumber, source);
            start = end + 1;
        }
    }

    private static void checkLine(String text, int start, int end, int lineNumber, String source) throws ImportException {
        int i = start;
        int markers = 0;
        int columns = 0;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ' ') {
                columns++;
                i++;
            } else if (c == '\t') {
                columns += 4;
                i++;
            } else if (c == '>') {
                markers++;
                i++;
            } else if ((c == '*' || c == '-' || c == '+') && (i + 1 == end || isBlank(text.charAt(i + 1)))) {
                markers++;
                i++;
            } else if (Character.isDigit(c) && orderedMarkerEnd(text, i, end) > 0) {
                markers++;
                i = orderedMarkerEnd(text, i, end);
            } else {
                break;
            }
            if (markers > 0 && markers + columns / 2 > MAX_NESTING) {
                throw new ImportException("Cannot import " + source + ": line " + lineNumber + " nests block quotes or"
                        + " lists more than " + MAX_NESTING + " levels deep; Margin refuses such nesting because it makes"
                        + " the Markdown parser fail or take minutes.");
            }
        }
        int run = 0;
        while (i < end && "*-_ \t".indexOf(text.charAt(i)) >= 0) {
            run++;
            i++;
        }
        if (run > MAX_MARK_RUN) {
            throw new ImportException("Cannot import " + source + ": line " + lineNumber + " starts with a run of "
                    + String.format("%,d", run) + " Markdown rule marks (*, - or _); Margin reads runs of at most "
                    + MAX_MARK_RUN + ", because longer ones make the Markdown parser fail.");
        }
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** The index after "12." or "3)" followed by white space, or -1. */
    private static int orderedMarkerEnd(String text, int i, int end) {
        int j = i;
        while (j < end && j - i < 9 && Character.isDigit(text.charAt(j))) {
            j++;
        }
        if (j < end && (text.charAt(j) == '.' || text.charAt(j) == ')') && (j + 1 == end || isBlank(text.charAt(j + 1)))) {
            return j + 1;
        }
        return -1;
    }
}
