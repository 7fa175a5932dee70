package dev.margin.store;

import dev.margin.domain.Span;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Marks in a text the words that a query made by {@link SearchQuery#fromUserInput} matches, the way the
 * library's FTS5 index (tokenizer {@code unicode61 remove_diacritics 2}) sees words: runs of letters and
 * digits, compared without case and without accents. A phrase is marked where all its words follow each
 * other; a prefix marks every word that starts with it.
 *
 * <p>Done here rather than by FTS5's {@code highlight()}, which has to evaluate the whole query again for
 * every row it marks (a prefix query over a large library once per row of a page); marking a page's texts in
 * Java takes microseconds. Immutable and thread-safe.
 */
public final class MatchMarker {
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final MatchMarker NONE = new MatchMarker(List.of());

    /** One quoted part of the query: its words, the last one a prefix when the part ended in {@code *}. */
    private record Phrase(List<String> words, boolean prefix) {
    }

    /** A word of a text: where it stands and its folded form. */
    private record Token(int start, int end, String folded) {
    }

    private final List<Phrase> phrases;

    private MatchMarker(List<Phrase> phrases) {
        this.phrases = phrases;
    }

    /** A marker for {@code ftsQuery} as {@link SearchQuery#fromUserInput} makes them (quoted parts, a trailing {@code *} for a prefix). */
    public static MatchMarker forQuery(String ftsQuery) {
        if (ftsQuery == null || ftsQuery.isBlank()) {
            return NONE;
        }
        List<Phrase> phrases = new ArrayList<>();
        int i = 0;
        while (i < ftsQuery.length()) {
            if (ftsQuery.charAt(i) != '"') {
                i++;
                continue;
            }
            StringBuilder part = new StringBuilder();
            int j = i + 1;
            while (j < ftsQuery.length()) {
                char c = ftsQuery.charAt(j);
                if (c == '"' && j + 1 < ftsQuery.length() && ftsQuery.charAt(j + 1) == '"') {
                    part.append('"');
                    j += 2;
                } else if (c == '"') {
                    break;
                } else {
                    part.append(c);
                    j++;
                }
            }
            boolean prefix = j + 1 < ftsQuery.length() && ftsQuery.charAt(j + 1) == '*';
            List<String> words = tokens(part.toString()).stream().map(Token::folded).toList();
            if (!words.isEmpty()) {
                phrases.add(new Phrase(words, prefix));
            }
            i = j + (prefix ? 2 : 1);
        }
        return new MatchMarker(List.copyOf(phrases));
    }

    /** {@code text} with every match of the query marked; merged where matches touch or overlap. */
    public MarkedText mark(String text) {
        if (text == null || text.isEmpty() || phrases.isEmpty()) {
            return MarkedText.plain(text);
        }
        List<Token> tokens = tokens(text);
        List<Span> found = new ArrayList<>();
        for (Phrase phrase : phrases) {
            for (int t = 0; t + phrase.words().size() <= tokens.size(); t++) {
                if (matchesAt(tokens, t, phrase)) {
                    found.add(new Span(tokens.get(t).start(), tokens.get(t + phrase.words().size() - 1).end()));
                }
            }
        }
        found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<Span> merged = new ArrayList<>();
        for (Span span : found) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && (span.start() <= last.end() || onlySpaceBetween(text, last.end(), span.start()))) {
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return new MarkedText(text, merged);
    }

    private static boolean onlySpaceBetween(String text, int from, int to) {
        return text.substring(from, to).isBlank();
    }

    private static boolean matchesAt(List<Token> tokens, int first, Phrase phrase) {
        List<String> words = phrase.words();
        for (int k = 0; k < words.size(); k++) {
            String folded = tokens.get(first + k).folded();
            boolean last = k == words.size() - 1;
            if (last && phrase.prefix() ? !folded.startsWith(words.get(k)) : !folded.equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** The words of {@code text}: maximal runs of letters and digits (as unicode61 splits), folded. */
    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            if (!isWordPart(codePoint)) {
                i += Character.charCount(codePoint);
                continue;
            }
            int start = i;
            while (i < text.length() && isWordPart(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            tokens.add(new Token(start, i, fold(text.substring(start, i))));
        }
        return tokens;
    }

    /** Letters, digits, combining marks (part of an accented letter) and private-use characters, as unicode61 counts them. */
    private static boolean isWordPart(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || Character.getType(codePoint) == Character.NON_SPACING_MARK
                || Character.getType(codePoint) == Character.COMBINING_SPACING_MARK || Character.getType(codePoint) == Character.PRIVATE_USE
                || Character.getType(codePoint) == Character.LETTER_NUMBER || Character.getType(codePoint) == Character.OTHER_NUMBER;
    }

    private static String fold(String word) {
        return ACCENTS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
