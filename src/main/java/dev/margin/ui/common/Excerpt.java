package dev.margin.ui.common;

/** Short one-line excerpts of annotated text, for menus, dialogs and the status bar. */
public final class Excerpt {
    /** How much of the marked words a change's name quotes ("new quote “We are not in a crisis…”"). */
    public static final int IN_A_CHANGE_NAME = 32;
    /** How much a page listing annotations quotes: whole, unless a claim runs to paragraphs. */
    public static final int ON_A_PAGE = 1000;

    private Excerpt() {
    }

    /**
     * {@code text} on one line (each run of white space as one space), cut to at most {@code maxChars} characters
     * with an ellipsis; never cuts a character outside the Basic Multilingual Plane in half.
     */
    public static String of(String text, int maxChars) {
        if (maxChars < 2) {
            throw new IllegalArgumentException("an excerpt needs room for a character and the ellipsis: " + maxChars);
        }
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= maxChars) {
            return line;
        }
        int cut = maxChars - 1;
        if (Character.isHighSurrogate(line.charAt(cut - 1))) {
            cut--;
        }
        return line.substring(0, cut).stripTrailing() + "…";
    }

    /**
     * The excerpt in curly quotation marks, without doubling the marks of words that bring their own: a direct
     * quote ("“We are not in a crisis…”") keeps its opening mark and only gains the closing one it lost to the cut.
     */
    public static String quoted(String text, int maxChars) {
        String excerpt = of(text, maxChars);
        String open = excerpt.startsWith("“") || excerpt.startsWith("\"") ? "" : "“";
        String close = excerpt.endsWith("”") || excerpt.endsWith("\"") ? "" : "”";
        return open + excerpt + close;
    }
}
