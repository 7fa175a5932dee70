package dev.margin.ui.editor.spans;

/**
 * Turns a rough mouse or keyboard selection into the span a reader meant: whole words, without the
 * spaces and separating punctuation around them, but with a quotation's closing mark when the
 * selection begins at its opening mark.
 */
public final class WordSnapper {
    private static final String OPENING_QUOTES = "“‘«‹\"'„‚(";
    private static final String CLOSING_QUOTES = "”’»›\"')";
    /** Punctuation that may sit between a quotation's last word and its closing mark ("…,” she said). */
    private static final String INNER_PUNCTUATION = ",.;:!?…";

    private WordSnapper() {
    }

    /** The snapped span of {@code [start, end)} in {@code text}; an empty or blank selection stays where it is. */
    public static TextRange snap(String text, int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IllegalArgumentException("selection [" + start + ", " + end + ") is outside the text of length " + text.length());
        }
        if (start == end) {
            return new TextRange(start, end);
        }
        int s = start;
        int e = end;
        // Grow a partly selected word at either end to the whole word.
        if (isWordAt(text, s) && s > 0 && isWordBefore(text, s)) {
            while (s > 0 && isWordBefore(text, s)) {
                s -= Character.charCount(text.codePointBefore(s));
            }
        }
        if (isWordBefore(text, e) && e < text.length() && isWordAt(text, e)) {
            while (e < text.length() && isWordAt(text, e)) {
                e += Character.charCount(text.codePointAt(e));
            }
        }
        // Drop leading white space and punctuation, but keep an opening quotation mark.
        while (s < e && !isWordAt(text, s) && OPENING_QUOTES.indexOf(text.charAt(s)) < 0) {
            s += Character.charCount(text.codePointAt(s));
        }
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        if (s == e) {
            return new TextRange(start, end);
        }
        boolean opensQuote = OPENING_QUOTES.indexOf(text.charAt(s)) >= 0;
        if (opensQuote) {
            return new TextRange(s, endOfQuotation(text, s, e));
        }
        while (e > s && !isWordBefore(text, e) && !keepsAtEnd(text.charAt(e - 1))) {
            e -= Character.charCount(text.codePointBefore(e));
        }
        return s == e ? new TextRange(start, end) : new TextRange(s, e);
    }

    /**
     * The end of a selection that starts with an opening mark: trailing spaces dropped, and the
     * closing mark taken in when it is selected or follows within a little inner punctuation.
     */
    private static int endOfQuotation(String text, int s, int e) {
        while (e > s + 1 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (CLOSING_QUOTES.indexOf(text.charAt(e - 1)) >= 0 && e - 1 > s) {
            return e;
        }
        int look = e;
        while (look < text.length() && look - e < 2 && INNER_PUNCTUATION.indexOf(text.charAt(look)) >= 0) {
            look++;
        }
        if (look < text.length() && CLOSING_QUOTES.indexOf(text.charAt(look)) >= 0) {
            return look + 1;
        }
        return e;
    }

    /** Sentence-ending marks and percent signs belong to the words before them; commas and dashes do not. */
    private static boolean keepsAtEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '%' || c == '…';
    }

    private static boolean isWordAt(String text, int offset) {
        if (offset >= text.length()) {
            return false;
        }
        int cp = text.codePointAt(offset);
        if (isWordCodePoint(cp)) {
            return true;
        }
        // An apostrophe or hyphen joins two word characters: "don't", "Aziz-Khan".
        return isJoiner(cp) && offset > 0 && isWordCodePoint(text.codePointBefore(offset))
                && offset + 1 < text.length() && isWordCodePoint(text.codePointAt(offset + 1));
    }

    private static boolean isWordBefore(String text, int offset) {
        if (offset <= 0) {
            return false;
        }
        return isWordAt(text, offset - Character.charCount(text.codePointBefore(offset)));
    }

    private static boolean isWordCodePoint(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.OTHER_SYMBOL;
    }

    private static boolean isJoiner(int cp) {
        return cp == '\'' || cp == '’' || cp == '-' || cp == '‐';
    }
}
