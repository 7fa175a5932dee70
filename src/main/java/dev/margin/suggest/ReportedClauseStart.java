package dev.margin.suggest;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where the reported clause begins after a reporting verb that takes it without "that" ("told reporters on Tuesday
 * the plan was dead"): past the verb's object ("reporters", "the BBC") and any adverbials ("on Tuesday", "in a
 * statement"), for the {@link IndirectQuoteFinder}.
 */
final class ReportedClauseStart {
    /** Words after a reporting verb that belong to the attribution, not to what was reported. */
    private static final Set<String> ADVERBIAL_STARTS = Set.of("on", "in", "at", "during", "last", "this", "yesterday",
            "today", "earlier", "late", "later", "after", "before", "while", "when", "overnight", "separately", "again",
            "also", "repeatedly", "publicly", "privately", "recently", "previously", "via", "through", "ahead");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    private final TextLayout layout;

    ReportedClauseStart(TextLayout layout) {
        this.layout = layout;
    }

    /** After a verb taking a bare clause: skip "told reporters", "on Tuesday", "in a statement". */
    int afterBareVerb(List<Token> tokens, int k, int end) {
        Token verb = tokens.get(k);
        int j = k + 1;
        String lowerVerb = verb.text().toLowerCase(Locale.ROOT);
        if ((lowerVerb.equals("told") || lowerVerb.equals("tells")) && j < tokens.size()) {
            j = skipObject(tokens, j);
        }
        int guard = 0;
        while (j < tokens.size() && guard++ < 8) {
            Token t = tokens.get(j);
            if (!ADVERBIAL_STARTS.contains(t.text())) {
                break;
            }
            j = skipAdverbial(tokens, j);
        }
        if (j >= tokens.size() || tokens.get(j).start() >= end) {
            return -1;
        }
        int clauseTokens = 0;
        for (int m = j; m < tokens.size() && tokens.get(m).end() <= end; m++) {
            clauseTokens++;
        }
        int start = tokens.get(j).start();
        if (layout.text.charAt(start - 1) == ':' || start >= 2 && layout.text.charAt(start - 2) == ':') {
            return start;
        }
        return clauseTokens >= IndirectQuoteFinder.MIN_CLAUSE_TOKENS ? start : -1;
    }

    private int skipObject(List<Token> tokens, int j) {
        Token first = tokens.get(j);
        String lower = first.text().toLowerCase(Locale.ROOT);
        if (lower.equals("the") || lower.equals("a") || lower.equals("an")) {
            int m = j + 1;
            while (m < tokens.size() && m < j + 5 && !ADVERBIAL_STARTS.contains(tokens.get(m).text())
                    && !tokens.get(m).text().equals("that") && !punctuationBefore(tokens.get(m))) {
                m++;
            }
            return m;
        }
        if (first.isCapitalised()) {
            int m = j + 1;
            while (m < tokens.size() && tokens.get(m).isCapitalised() && !punctuationBefore(tokens.get(m))) {
                m++;
            }
            return m;
        }
        return j + 1;
    }

    private int skipAdverbial(List<Token> tokens, int j) {
        int m = j + 1;
        if (m < tokens.size() && ARTICLES.contains(tokens.get(m).text())) {
            m++;
        }
        while (m < tokens.size() && m < j + 5) {
            Token t = tokens.get(m);
            if (punctuationBefore(t)) {
                return m;
            }
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (lower.equals("that")) {
                return m;
            }
            boolean partOfAdverbial = t.isCapitalised()
                    || lower.equals("statement") || lower.equals("interview") || lower.equals("conference")
                    || lower.equals("briefing") || lower.equals("week") || lower.equals("month") || lower.equals("year")
                    || lower.equals("night") || lower.equals("morning") || lower.equals("evening") || lower.equals("news")
                    || lower.equals("press") || lower.equals("post") || lower.equals("speech") || lower.equals("with")
                    || t.isNumber();
            if (!partOfAdverbial) {
                return m;
            }
            m++;
        }
        return m;
    }

    boolean punctuationBefore(Token t) {
        int p = t.start() - 1;
        while (p >= 0 && layout.text.charAt(p) == ' ') {
            p--;
        }
        return p >= 0 && ",;:".indexOf(layout.text.charAt(p)) >= 0;
    }
}
