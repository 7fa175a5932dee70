package dev.margin.domain.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds FTS5 queries from what a user typed, so that punctuation in a search box ("U.S.", "5%",
 * a stray quote) never becomes query syntax: every word is quoted, {@code "…"} keeps a phrase,
 * a trailing {@code *} keeps a prefix search, and all parts must match.
 */
public final class SearchQuery {
    private SearchQuery() {
    }

    /** The FTS5 query for {@code input}; empty when the input holds no words. */
    public static String fromUserInput(String input) {
        List<String> parts = new ArrayList<>();
        String text = input == null ? "" : input.strip();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"' || c == '“' || c == '”') {
                int close = closingQuote(text, i + 1);
                addQuoted(parts, text.substring(i + 1, close), false);
                i = close + 1;
            } else {
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                String word = text.substring(i, end);
                boolean prefix = word.endsWith("*") && word.length() > 1;
                addQuoted(parts, prefix ? word.substring(0, word.length() - 1) : word, prefix);
                i = end;
            }
        }
        return String.join(" ", parts);
    }

    private static int closingQuote(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '”' || c == '“') {
                return i;
            }
        }
        return text.length();
    }

    private static void addQuoted(List<String> parts, String words, boolean prefix) {
        String stripped = words.strip();
        if (stripped.isEmpty() || stripped.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return;
        }
        parts.add("\"" + stripped.replace("\"", "\"\"") + "\"" + (prefix ? "*" : ""));
    }
}
