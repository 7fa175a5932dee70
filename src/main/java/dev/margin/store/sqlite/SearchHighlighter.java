package dev.margin.store.sqlite;

import dev.margin.domain.read.SearchHit;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Marks the words of a text that an FTS5 query matched, and cuts a snippet around them.
 *
 * <p>SQLite's own {@code snippet()} would have to run the full-text query a second time for the rows
 * shown, which costs as much as the search itself on a large library; this does the same in Java on
 * the few rows shown. It reads the query the way FTS5 does for the parts that decide which words match:
 * bare words, {@code "phrases"}, {@code prefix*}, the operators AND, OR, NOT (whose right side matched
 * nothing to highlight) and NEAR, column filters ({@code note : word}); and it splits and folds words as
 * the index's tokenizer does (unicode61, remove_diacritics 2): runs of letters and digits, lower-cased,
 * accents removed.
 */
final class SearchHighlighter {
    /** Words shown around the first match when the text is longer. */
    private static final int WINDOW_TOKENS = 24;
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{Mn}+");

    /** A word of a text: where it stands and its folded form. */
    private record Token(int start, int end, String folded) {
    }

    /** The words of a phrase, in order; the last one may be a prefix. */
    private record Phrase(List<String> terms, boolean prefix) {
    }

    private final List<Phrase> phrases;

    SearchHighlighter(String ftsQuery) {
        this.phrases = parse(ftsQuery);
    }

    /** True when the query's words occur in {@code text}. */
    boolean matches(String text) {
        return !matchSpans(tokens(text)).isEmpty();
    }

    /** A snippet of {@code text} with every match between {@link SearchHit#MATCH_START} and {@link SearchHit#MATCH_END}. */
    String snippet(String text) {
        List<Token> tokens = tokens(text);
        List<int[]> spans = matchSpans(tokens);
        int firstToken = 0;
        int lastToken = tokens.size() - 1;
        if (tokens.size() > WINDOW_TOKENS) {
            int firstMatch = spans.isEmpty() ? 0 : spans.get(0)[2];
            firstToken = Math.max(0, Math.min(firstMatch - 4, tokens.size() - WINDOW_TOKENS));
            lastToken = firstToken + WINDOW_TOKENS - 1;
        }
        int from = firstToken == 0 ? 0 : tokens.get(firstToken).start();
        int to = lastToken == tokens.size() - 1 || tokens.isEmpty() ? text.length() : tokens.get(lastToken).end();
        StringBuilder snippet = new StringBuilder();
        if (from > 0) {
            snippet.append('…');
        }
        int at = from;
        for (int[] span : spans) {
            if (span[0] < from || span[1] > to) {
                continue;
            }
            snippet.append(text, at, span[0]).append(SearchHit.MATCH_START).append(text, span[0], span[1]).append(SearchHit.MATCH_END);
            at = span[1];
        }
        snippet.append(text, at, to);
        if (to < text.length()) {
            snippet.append('…');
        }
        return snippet.toString();
    }

    /** Matched character spans {start, end, first token index}, in text order; overlapping matches merged. */
    private List<int[]> matchSpans(List<Token> tokens) {
        List<int[]> matches = new ArrayList<>();
        for (Phrase phrase : phrases) {
            int length = phrase.terms().size();
            for (int i = 0; i + length <= tokens.size(); i++) {
                if (matchesAt(phrase, tokens, i)) {
                    matches.add(new int[] {i, i + length - 1});
                }
            }
        }
        matches.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<int[]> spans = new ArrayList<>();
        int[] current = null;
        for (int[] match : matches) {
            if (current != null && match[0] <= current[1]) {
                current[1] = Math.max(current[1], match[1]);
                continue;
            }
            if (current != null) {
                spans.add(new int[] {tokens.get(current[0]).start(), tokens.get(current[1]).end(), current[0]});
            }
            current = match;
        }
        if (current != null) {
            spans.add(new int[] {tokens.get(current[0]).start(), tokens.get(current[1]).end(), current[0]});
        }
        return spans;
    }

    private static boolean matchesAt(Phrase phrase, List<Token> tokens, int at) {
        List<String> terms = phrase.terms();
        for (int k = 0; k < terms.size(); k++) {
            String word = tokens.get(at + k).folded();
            boolean last = k == terms.size() - 1;
            if (!(last && phrase.prefix() ? word.startsWith(terms.get(k)) : word.equals(terms.get(k)))) {
                return false;
            }
        }
        return true;
    }

    private static List<Phrase> parse(String query) {
        List<Phrase> phrases = new ArrayList<>();
        boolean skipNext = false;
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (c == '"') {
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                while (j < query.length()) {
                    if (query.charAt(j) == '"') {
                        if (j + 1 < query.length() && query.charAt(j + 1) == '"') {
                            text.append('"');
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    text.append(query.charAt(j++));
                }
                i = j + 1;
                boolean prefix = i < query.length() && query.charAt(i) == '*';
                skipNext = add(phrases, text.toString(), prefix, skipNext);
            } else if (isBarewordChar(c)) {
                int j = i;
                while (j < query.length() && isBarewordChar(query.charAt(j))) {
                    j++;
                }
                String word = query.substring(i, j);
                int next = skipSpaces(query, j);
                i = j;
                if (next < query.length() && query.charAt(next) == ':') {
                    continue; // a column name
                }
                switch (word) {
                    case "AND", "OR" -> { }
                    case "NOT" -> skipNext = true;
                    case "NEAR" -> { }
                    default -> {
                        boolean prefix = j < query.length() && query.charAt(j) == '*';
                        skipNext = add(phrases, word, prefix, skipNext);
                    }
                }
            } else {
                i++;
            }
        }
        return phrases;
    }

    /** Adds the phrase unless it is the right side of NOT; returns the new skip flag (always false). */
    private static boolean add(List<Phrase> phrases, String text, boolean prefix, boolean skip) {
        List<String> terms = tokens(text).stream().map(Token::folded).toList();
        if (!skip && !terms.isEmpty()) {
            phrases.add(new Phrase(terms, prefix));
        }
        return false;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** FTS5 bare words: ASCII letters, digits and '_', and every non-ASCII character. */
    private static boolean isBarewordChar(char c) {
        return c >= 0x80 || Character.isLetterOrDigit(c) || c == '_';
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            if (!isTokenChar(codePoint)) {
                i += Character.charCount(codePoint);
                continue;
            }
            int start = i;
            while (i < text.length() && isTokenChar(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            tokens.add(new Token(start, i, fold(text.substring(start, i))));
        }
        return tokens;
    }

    /** unicode61's token characters: letters, numbers and private-use characters. */
    private static boolean isTokenChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || Character.getType(codePoint) == Character.PRIVATE_USE
                || Character.getType(codePoint) == Character.LETTER_NUMBER || Character.getType(codePoint) == Character.OTHER_NUMBER
                || Character.getType(codePoint) == Character.NON_SPACING_MARK;
    }

    private static String fold(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
