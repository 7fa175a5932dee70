package dev.margin.suggest;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds text in quotation marks, in one left-to-right pass per paragraph with no regular expressions
 * (so no input can make it backtrack).
 *
 * <p>Marks understood: “…” (and ” or " closing it in mixed typography), ‘…’, straight "…" and '…',
 * « … », ‹ … ›, German „…“ and »…«, German typed without its marks: ,,…'' (or ,,…"), and English typed the same
 * way, as old wire copy and plain-text archives have it: ``…''. A single closing mark between letters (don’t, Nigeria’s) or
 * before a digit (’90s) is an apostrophe, never a quote mark; a plural possessive (the ministers’ plan)
 * is skipped when a better closing mark follows in the same paragraph. Marks nested inside a quote of
 * the other kind are part of its text. A quote left open at the end of a paragraph continues when the
 * next paragraph opens with the same mark (the multi-paragraph convention); otherwise a double-mark
 * quote ends with its paragraph and an unclosed single mark is dropped as an apostrophe.
 */
final class QuoteScanner {
    /**
     * Words a plural possessive is never followed by, so "s’" before them closes a quote: "‘doubtful ballots’ that had
     * to be adjudicated", "‘six weeks’ and that …".
     */
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("that", "and", "or", "but", "to", "in", "on",
            "for", "from", "with", "about", "at", "by", "as", "which", "who", "when", "after", "before", "because", "if",
            "is", "are", "was", "were", "had", "has", "have", "would", "will", "he", "she", "they", "it", "said", "says");

    /** How far a possible closing mark is looked for beyond a possessive; bounds the work per mark. */
    private static final int LOOK_AHEAD = 400;
    /** Each of the two commas that stand for „ where German is typed on a keyboard without it. */
    private static final char TYPEWRITER_LOW = ',';
    /** Each of the two grave accents that open a quote in English typed on a typewriter keyboard (``…''). */
    private static final char TYPEWRITER_GRAVE = '`';

    private QuoteScanner() {
    }

    static List<QuotedSpan> scan(String text) {
        List<QuotedSpan> found = new ArrayList<>();
        int n = text.length();
        int paragraphStart = 0;
        int openAt = -1;
        char opener = 0;
        boolean continued = false;
        while (paragraphStart <= n) {
            int paragraphEnd = text.indexOf('\n', paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = n;
            }
            int i = paragraphStart;
            if (openAt >= 0) {
                // an open quote reached this paragraph only because it starts with the same opening mark
                i++;
            }
            for (; i < paragraphEnd; i++) {
                char c = text.charAt(i);
                if (openAt < 0) {
                    if (isOpener(text, i, paragraphStart, paragraphEnd)) {
                        openAt = i;
                        opener = c;
                        continued = false;
                        if (isTypewriterPair(c)) {
                            i++; // the second comma of ",," or the second accent of "``"
                        }
                    }
                } else if (isCloser(text, i, opener, paragraphEnd)) {
                    boolean twoMarks = isTypewriterPair(opener) && c == '\'';
                    found.add(span(text, openAt, i, twoMarks ? i + 2 : i + 1, true, continued));
                    openAt = -1;
                    if (twoMarks) {
                        i++;
                    }
                }
            }
            if (openAt >= 0) {
                int next = paragraphEnd + 1;
                if (next < n && text.charAt(next) == opener && isOpener(text, next, next, lineEnd(text, next))) {
                    continued = true;
                } else {
                    if (isDouble(opener)) {
                        found.add(span(text, openAt, paragraphEnd, paragraphEnd, false, continued));
                    }
                    openAt = -1;
                }
            }
            paragraphStart = paragraphEnd + 1;
        }
        return found;
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    private static QuotedSpan span(String text, int open, int contentEnd, int close, boolean closed, boolean multi) {
        int start = isTypewriterPair(text.charAt(open)) ? open + 2 : open + 1;
        int end = contentEnd;
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return new QuotedSpan(open, start, end, close, closed, multi);
    }

    /** White space including the no-break spaces French typography puts inside « ». */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isTypewriterPair(char mark) {
        return mark == TYPEWRITER_LOW || mark == TYPEWRITER_GRAVE;
    }

    private static boolean isDouble(char mark) {
        return mark != '‘' && mark != '\'' && mark != '‹' && mark != '‚';
    }

    private static boolean isOpener(String text, int i, int paragraphStart, int paragraphEnd) {
        char c = text.charAt(i);
        if (isTypewriterPair(c)) {
            // ",,Wir sind bereit'', sagte …", "``We are ready,'' he said": two marks before a letter or digit, at a
            // word's start
            char before = i > paragraphStart ? text.charAt(i - 1) : ' ';
            return i + 2 < paragraphEnd && text.charAt(i + 1) == c && Character.isLetterOrDigit(text.charAt(i + 2))
                    && (isSpace(before) || "([—–-:".indexOf(before) >= 0);
        }
        if (c != '“' && c != '‘' && c != '"' && c != '\'' && c != '«' && c != '„' && c != '»' && c != '‹' && c != '‚') {
            return false;
        }
        char before = i > paragraphStart ? text.charAt(i - 1) : ' ';
        char after = i + 1 < paragraphEnd ? text.charAt(i + 1) : ' ';
        if (c == '«' || c == '‹') {
            return true;
        }
        boolean openingContext = isSpace(before) || "([{—–-/:“‘«„\"".indexOf(before) >= 0;
        if (!openingContext || isSpace(after) || i + 1 >= paragraphEnd) {
            return false;
        }
        if (c == '»') {
            return Character.isLetter(after) && text.indexOf('«', i) > 0 && text.indexOf('«', i) < paragraphEnd;
        }
        if (c == '‘' || c == '\'') {
            // ’90s, 'em: an elision, not an opening mark
            return Character.isLetter(after) || after == '“' || after == '"' || after == '…'
                    || Character.isDigit(after) && !isDecadeElision(text, i + 1, paragraphEnd);
        }
        return true;
    }

    private static boolean isDecadeElision(String text, int digitsAt, int end) {
        int i = digitsAt;
        while (i < end && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i - digitsAt == 2 && i < end && text.charAt(i) == 's';
    }

    private static boolean isCloser(String text, int i, char opener, int paragraphEnd) {
        char c = text.charAt(i);
        switch (opener) {
            case '“':
                return c == '”' || (c == '"' || c == '“') && i > 0 && !Character.isWhitespace(text.charAt(i - 1));
            case '„':
                // "„Wir sind bereit", sagte …": German web pages often close with a straight mark
                return c == '“' || c == '”' || c == '"' && i > 0 && !Character.isWhitespace(text.charAt(i - 1));
            case TYPEWRITER_LOW:
            case TYPEWRITER_GRAVE:
                // ",,…'', ",,…\"" or ",,…“": typed without its marks, a quote closes with two apostrophes or a double mark
                return !Character.isWhitespace(text.charAt(i - 1))
                        && (c == '\'' && i + 1 < paragraphEnd && text.charAt(i + 1) == '\'' || c == '"' || c == '“' || c == '”');
            case '«':
                return c == '»';
            case '‹':
                return c == '›';
            case '»':
                return c == '«';
            case '"':
                // a straight opening mark closed by a curly one, as mixed typography has it
                return c == '"' || c == '”' && i > 0 && !Character.isWhitespace(text.charAt(i - 1));
            case '‘':
            case '\'':
            case '‚':
                return isSingleCloser(text, i, opener, paragraphEnd);
            default:
                return false;
        }
    }

    private static boolean isSingleCloser(String text, int i, char opener, int paragraphEnd) {
        char c = text.charAt(i);
        boolean matches = opener == '\'' ? c == '\'' : c == '’' || c == '\'' || opener == '‚' && c == '‘';
        if (!matches || i == 0 || Character.isWhitespace(text.charAt(i - 1))) {
            return false;
        }
        char after = i + 1 < paragraphEnd ? text.charAt(i + 1) : ' ';
        if (Character.isLetterOrDigit(after)) {
            return false;
        }
        if (text.charAt(i - 1) == 's' && after == ' ' && i + 2 < paragraphEnd && Character.isLowerCase(text.charAt(i + 2))
                && !FUNCTION_WORDS.contains(wordAt(text, i + 2, paragraphEnd))) {
            // "the ministers’ plan": a possessive, unless no other closing mark follows in the paragraph
            int horizon = Math.min(paragraphEnd, i + LOOK_AHEAD);
            for (int j = i + 1; j < horizon; j++) {
                if (text.charAt(j) == opener && Character.isWhitespace(text.charAt(j - 1))) {
                    // "‘…in six weeks’ and that … ‘We’re not going anywhere,’": a new quote opens before any other
                    // closing mark, so this one closed the first
                    return true;
                }
                if (isSingleCloserShape(text, j, opener, paragraphEnd)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The lower-case word starting at {@code from}. */
    private static String wordAt(String text, int from, int end) {
        int to = from;
        while (to < end && Character.isLetter(text.charAt(to))) {
            to++;
        }
        return text.substring(from, to);
    }

    private static boolean isSingleCloserShape(String text, int j, char opener, int paragraphEnd) {
        char c = text.charAt(j);
        boolean matches = opener == '\'' ? c == '\'' : c == '’' || c == '\'';
        return matches && !Character.isWhitespace(text.charAt(j - 1))
                && (j + 1 >= paragraphEnd || !Character.isLetterOrDigit(text.charAt(j + 1)));
    }
}
