package dev.margin.suggest;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where the clause reported after a verb of saying begins when no "that" marks it ("told reporters on Tuesday the plan
 * was dead"): past the listener the verb names and past the adverbials that still belong to the attribution.
 */
final class BareClauseStart {
    /** Words after a reporting verb that belong to the attribution, not to what was reported. */
    private static final Set<String> ADVERBIAL_STARTS = Set.of("on", "in", "at", "during", "last", "this", "yesterday",
            "today", "earlier", "late", "later", "after", "before", "while", "when", "overnight", "separately", "again",
            "also", "repeatedly", "publicly", "privately", "recently", "previously", "via", "through", "ahead",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"); // ("said Tuesday it was …")

    /**
     * Words that open a reported clause's subject where no "that" marks it: right after a listener ("told the court there
     * was …"), and after an added participle ("…, insisting there was …").
     */
    static final Set<String> CLAUSE_SUBJECTS = Set.of("there", "he", "she", "it", "they", "we", "I", "you", "his", "her",
            "their", "its", "our", "my");

    private final LanguageProfile language;
    private final TextLayout layout;

    BareClauseStart(LanguageProfile language, TextLayout layout) {
        this.language = language;
        this.layout = layout;
    }

    /** After a verb taking a bare clause: skip "told reporters", "on Tuesday", "in a statement". */
    int after(List<Token> tokens, int k, int end) {
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
            if (language.timeConjunctions.contains(t.text())) {
                return -1; // "the ballad she wrote after her father was killed": what follows is when, not what
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
        if (lower.equals("the") && j + 1 < tokens.size() && tokens.get(j + 1).isCapitalised()) {
            // "told the BBC the town would recover": a named listener ends with its capitals
            int m = j + 1;
            while (m < tokens.size() && tokens.get(m).isCapitalised() && !layout.punctuationBefore(tokens.get(m))) {
                m++;
            }
            return m;
        }
        if (lower.equals("the") || lower.equals("a") || lower.equals("an")) {
            int m = j + 1;
            // ("told the cabinet the deal was fair": a second article opens the clause's subject)
            // (and "told the court there was …", "told the jury his client had …": a subject or its possessive opens it)
            while (m < tokens.size() && m < j + 5 && !ADVERBIAL_STARTS.contains(tokens.get(m).text())
                    && !(m > j + 1 && (IndirectQuoteFinder.ENGLISH_ARTICLES.contains(tokens.get(m).text()) || CLAUSE_SUBJECTS.contains(tokens.get(m).text())))
                    && !tokens.get(m).text().equals("that") && !layout.punctuationBefore(tokens.get(m))) {
                m++;
            }
            return m;
        }
        if (first.isCapitalised()) {
            int m = j + 1;
            while (m < tokens.size() && tokens.get(m).isCapitalised() && !layout.punctuationBefore(tokens.get(m))) {
                m++;
            }
            // ("told South Australia's ambulance royal commission his crew …": a possessive's noun is the listener too)
            int nounEnd = m;
            while (tokens.get(m - 1).possessive() && nounEnd < tokens.size() && nounEnd < m + 4 && tokens.get(nounEnd).isLowerCase()
                    && !CLAUSE_SUBJECTS.contains(tokens.get(nounEnd).text()) && !ADVERBIAL_STARTS.contains(tokens.get(nounEnd).text())
                    && !IndirectQuoteFinder.ENGLISH_ARTICLES.contains(tokens.get(nounEnd).text()) && !tokens.get(nounEnd).text().equals("that")) {
                nounEnd++;
            }
            return nounEnd < tokens.size() && CLAUSE_SUBJECTS.contains(tokens.get(nounEnd).text()) ? nounEnd : m;
        }
        return j + 1;
    }

    private int skipAdverbial(List<Token> tokens, int j) {
        int m = j + 1;
        if (m < tokens.size() && IndirectQuoteFinder.ENGLISH_ARTICLES.contains(tokens.get(m).text())) {
            m++;
        }
        while (m < tokens.size() && m < j + 5) {
            Token t = tokens.get(m);
            if (layout.punctuationBefore(t)) {
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
}
