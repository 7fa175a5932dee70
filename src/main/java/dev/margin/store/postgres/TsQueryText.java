package dev.margin.store.postgres;

import dev.margin.store.StoreException;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the full-text query language the review window and the SQLite library share (FTS5's: words that must all
 * match, {@code "a phrase"}, {@code prefix*}, {@code OR}, {@code NOT}, {@code AND}, parentheses) and writes it as
 * PostgreSQL tsquery text: every word single-quoted (so nothing a user typed becomes tsquery syntax), a phrase's
 * words joined by {@code <->}, a prefix marked {@code :*}, a column by the weight its words carry in the search
 * vector (exact A, note B, title C: {@code 'word':A}). Words are split as SQLite's tokenizer splits them: runs
 * of letters and digits. The text is then normalised per language by {@code margin.search_query}.
 */
final class TsQueryText {
    private TsQueryText() {
    }

    /** The tsquery text for {@code ftsQuery}; empty when it holds no words. Throws StoreException on bad syntax. */
    static String of(String ftsQuery) {
        List<String> out = new ArrayList<>();
        String text = ftsQuery == null ? "" : ftsQuery;
        int i = 0;
        boolean operandBefore = false;
        int depth = 0;
        String weight = "";
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                if (c == '(') {
                    if (operandBefore) {
                        out.add("&");
                    }
                    depth++;
                    operandBefore = false;
                } else {
                    if (--depth < 0 || !operandBefore) {
                        throw syntax(ftsQuery, "a ')' without its '(' or with nothing inside");
                    }
                    operandBefore = true;
                }
                out.add(String.valueOf(c));
                i++;
            } else if (c == '"') {
                StringBuilder phrase = new StringBuilder();
                int j = i + 1;
                while (true) {
                    if (j >= text.length()) {
                        throw syntax(ftsQuery, "a phrase without its closing quote");
                    }
                    if (text.charAt(j) == '"') {
                        if (j + 1 < text.length() && text.charAt(j + 1) == '"') {
                            phrase.append('"');
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    phrase.append(text.charAt(j++));
                }
                boolean prefix = j + 1 < text.length() && text.charAt(j + 1) == '*';
                i = j + 1 + (prefix ? 1 : 0);
                operandBefore = addOperand(out, phrase.toString(), prefix, weight, operandBefore);
                weight = "";
            } else {
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && "()\"".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                String word = text.substring(i, end);
                i = end;
                int colon = word.indexOf(':');
                String column = colon < 0 ? word : word.substring(0, colon);
                if (colon < 0) {
                    int next = i;
                    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                        next++;
                    }
                    if (next < text.length() && text.charAt(next) == ':' && weightOf(column) != null) {
                        weight = weightOf(column);
                        i = next + 1;
                        continue;
                    }
                } else if (weightOf(column) != null || column.isEmpty() && !weight.isEmpty()) {
                    weight = column.isEmpty() ? weight : weightOf(column);
                    word = word.substring(colon + 1);
                    if (word.isEmpty()) {
                        continue;
                    }
                }
                switch (word) {
                    case "AND" -> requireOperand(ftsQuery, operandBefore, word);
                    case "OR" -> {
                        requireOperand(ftsQuery, operandBefore, word);
                        out.add("|");
                        operandBefore = false;
                    }
                    case "NOT" -> {
                        requireOperand(ftsQuery, operandBefore, word);
                        out.add("& !");
                        operandBefore = false;
                    }
                    default -> {
                        if (word.contains(":")) {
                            throw syntax(ftsQuery, "column filters (\"" + word + "\") are not supported by a team library");
                        }
                        boolean prefix = word.endsWith("*");
                        operandBefore = addOperand(out, prefix ? word.substring(0, word.length() - 1) : word, prefix, weight,
                                operandBefore);
                        weight = "";
                    }
                }
            }
        }
        if (depth != 0) {
            throw syntax(ftsQuery, "a '(' without its ')'");
        }
        if (!out.isEmpty() && !operandBefore) {
            throw syntax(ftsQuery, "an operator with nothing after it");
        }
        return String.join(" ", out);
    }

    private static void requireOperand(String query, boolean operandBefore, String operator) {
        if (!operandBefore) {
            throw syntax(query, operator + " with nothing before it");
        }
    }

    /** Adds a phrase (implicitly AND-ed to what came before); returns whether an operand now stands last. */
    /** The weight of a column's words in the search vector, or null for a word that names no column. */
    private static String weightOf(String column) {
        return switch (column) {
            case "exact" -> "A";
            case "note" -> "B";
            case "title" -> "C";
            default -> null;
        };
    }

    private static boolean addOperand(List<String> out, String phrase, boolean prefix, String weight, boolean operandBefore) {
        List<String> words = words(phrase);
        if (words.isEmpty()) {
            return operandBefore;
        }
        if (operandBefore) {
            out.add("&");
        }
        List<String> quoted = new ArrayList<>();
        for (String word : words) {
            quoted.add("'" + word.replace("\\", "\\\\").replace("'", "''") + "'" + (weight.isEmpty() ? "" : ":" + weight));
        }
        String last = quoted.remove(quoted.size() - 1);
        if (prefix) {
            last = weight.isEmpty() ? last + ":*" : last.substring(0, last.length() - weight.length()) + "*" + weight;
        }
        quoted.add(last);
        String operand = quoted.size() == 1 ? quoted.get(0) : "(" + String.join(" <-> ", quoted) + ")";
        String joined = joinedForm(phrase);
        if (quoted.size() > 1 && joined != null) {
            // "U.S." or "e-mail": PostgreSQL's parser keeps such a run as one token ("u.s"), SQLite's splits it
            // into its letters; either form found is a match.
            String alternative = "'" + joined.replace("\\", "\\\\").replace("'", "''") + "'"
                    + (prefix ? ":*" : "") + weight;
            operand = "(" + operand + " | " + alternative + ")";
        }
        out.add(operand);
        return true;
    }

    /** The text as one run without spaces, its leading and trailing punctuation cut; null when it has spaces. */
    private static String joinedForm(String phrase) {
        String text = phrase.strip();
        int start = 0;
        int end = text.length();
        while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        String joined = text.substring(start, end);
        return joined.isEmpty() || joined.chars().anyMatch(Character::isWhitespace) ? null : joined;
    }

    /** Runs of letters and digits, as SQLite's unicode61 tokenizer splits text. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    private static StoreException syntax(String query, String problem) {
        return new StoreException("The search " + query + " is not a valid full-text query: " + problem + ".");
    }
}
