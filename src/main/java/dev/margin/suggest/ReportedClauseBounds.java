package dev.margin.suggest;

import dev.margin.domain.QuoteType;
import dev.margin.domain.Span;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a reported clause begins and ends, for the {@link IndirectQuoteFinder} ({@link BareClauseStart} finds where a
 * clause without "that" begins): after a parenthetical attribution that follows a fronted phrase ("For days after a storm, power companies say, …"); and
 * before a second reporting verb of the speaker's ("… and promised extra funding").
 */
final class ReportedClauseBounds {
    private static final java.util.Set<String> CONCESSIVES = java.util.Set.of("though", "although", "while");
    /** Prepositions that open a phrase fronted before the clause ("For days after a storm, …"). */
    private static final Set<String> FRONTING_PREPOSITIONS = Set.of("for", "in", "on", "at", "after", "before", "during",
            "since", "until", "despite", "under", "over", "within", "without", "across", "throughout", "amid");

    private final Lexicon lexicon;
    private final LanguageProfile language;
    private final TextLayout layout;
    private final PosTags pos;

    ReportedClauseBounds(Lexicon lexicon, TextLayout layout, PosTags pos) {
        this.lexicon = lexicon;
        this.language = lexicon.language();
        this.layout = layout;
        this.pos = pos;
    }

    /** "…farmers,” pointing": a comma just inside the closing quotation mark before {@code t} (AP style). */
    private boolean commaInsideMarkBefore(Token t) {
        int p = t.start() - 1;
        while (p >= 0 && layout.text.charAt(p) == ' ') {
            p--;
        }
        return p > 0 && "”\"’'".indexOf(layout.text.charAt(p)) >= 0 && layout.text.charAt(p - 1) == ',';
    }

    /**
     * True when {@code [start, end)} opens with a preposition and holds no verb ("For days after a storm", "Nach
     * Angaben der Polizei"): a phrase fronted before a parenthetical attribution, not the reported clause. Without a
     * part-of-speech model only the opening preposition is read.
     */
    boolean isFrontedAdverbial(int start, int end) {
        List<Token> words = layout.tokensIn(start, end);
        if (words.isEmpty()) {
            return false;
        }
        Token first = words.get(0);
        String lower = first.text().toLowerCase(Locale.ROOT);
        boolean preposition = pos.available() ? "ADP".equals(pos.tagOf(first))
                : FRONTING_PREPOSITIONS.contains(lower) || language.prepositions.contains(lower);
        return preposition && words.stream().map(pos::tagOf).noneMatch(tag -> "VERB".equals(tag) || "AUX".equals(tag));
    }

    /**
     * "said that the figures were “unacceptable” and promised extra funding": a second reporting verb joined by "and"
     * (a verb to the tagger, where there is one) belongs to the speaker's clause, not to what was reported; the report ends
     * before the "and". {@code end} when there is none.
     */
    int coordinatedReportEnd(int contentStart, int end) {
        // ("but conceded that …" ends it too)
        List<Token> words = layout.tokensIn(contentStart, end);
        for (int k = 0; k + 1 < words.size(); k++) {
            Token and = words.get(k);
            Token next = words.get(k + 1);
            if (k > 0 && (language.groundsParticiples.contains(and.text()) || and.text().equals("according") && next.text().equals("to"))
                    && (layout.punctuationBefore(and) || commaInsideMarkBefore(and))) {
                // "said the inquiry was overdue, pointing to a survey …": the speaker's grounds, not what was said; "said
                // Tokyo would respond, according to a statement …": where the words were found
                int comma = layout.text.lastIndexOf(',', and.start());
                // ("would “always take care of our farmers,” pointing to …": the closing mark stays with the words)
                return commaInsideMarkBefore(and) ? comma + 2 : comma;
            }
            if (k > 0 && joinsClauses(and) && layout.punctuationBefore(and) && next.isCapitalised()
                    && namedSubjectThenSays(words, k + 1)) {
                // "…, and Ocampo said she was leaning the same way": someone else's report
                return layout.text.lastIndexOf(',', and.start());
            }
            if (k > 0 && layout.punctuationBefore(and) && language.code.equals("en") && closingAttribution(words, k)) {
                // "Karimabadi said the deal was “a victory”, the official IRNA news agency reported, …": who passed it on
                return layout.text.lastIndexOf(',', and.start());
            }
            if (k > 0 && joinsClauses(and) && (next.text().equals("that") || language.complementizers.contains(next.text()))) {
                return and.start(); // "said a truce was “not on the agenda” and that a breakthrough was unlikely": two reports
            }
            // ("… and praised her as “…”": a verb that characterises is the speaker's too)
            if (joinsClauses(and) && next.isLowerCase()
                    && (lexicon.reportingVerb(next.text()) != null || QuoteShape.CHARACTERISING_VERBS.contains(next.text()))
                    && (!pos.available() || "VERB".equals(pos.tagOf(next))
                        || k + 2 < words.size() && words.get(k + 2).text().equals("that"))) { // ("and warns that": tagged a noun)
                return and.start();
            }
            // "…, though he acknowledged that …": the speaker's second verb after a concessive
            if (CONCESSIVES.contains(and.text()) && k + 2 < words.size() && language.pronouns.containsKey(next.text())
                    && lexicon.reportingVerb(words.get(k + 2).text()) != null) {
                return and.start();
            }
        }
        return end;
    }

    /**
     * "Speaking to reporters in Salem, …": an English sentence opening with a participle whose phrase, up to the first
     * comma, has no finite verb: the scene of what follows (not "Training reviewers would cost $38,500, she said").
     */
    boolean opensWithParticiple(List<Token> tokens) {
        if (!language.code.equals("en") || tokens.size() < 2 || !tokens.get(0).isCapitalised() || !tokens.get(0).text().endsWith("ing")
                || !pos.available() || !"VERB".equals(pos.tagOf(tokens.get(0)))) {
            return false;
        }
        for (int k = 1; k < tokens.size() && !layout.punctuationBefore(tokens.get(k)); k++) {
            String tag = pos.tagOf(tokens.get(k));
            String word = tokens.get(k).text();
            if ("AUX".equals(tag) || "VERB".equals(tag) && !word.endsWith("ing") && !word.endsWith("ed")) {
                return false;
            }
        }
        return true;
    }

    /** "the official IRNA news agency reported" from {@code k}: an article or a name, a few words, a verb of saying, then a stop. */
    private boolean closingAttribution(List<Token> words, int k) {
        if (!IndirectQuoteFinder.ENGLISH_ARTICLES.contains(words.get(k).text().toLowerCase(Locale.ROOT)) && !words.get(k).isCapitalised()) {
            return false;
        }
        for (int m = k + 1; m < words.size() && m <= k + 7; m++) {
            Token t = words.get(m);
            if (layout.punctuationBefore(t)) {
                return false;
            }
            if (t.isLowerCase() && lexicon.reportingVerb(t.text()) != null) {
                return m + 1 == words.size() || layout.punctuationBefore(words.get(m + 1));
            }
        }
        return false;
    }

    /** "Auf die Frage, ob …", "Gefragt, ob …", "Asked whether …": a sentence opening with the question put to the speaker. */
    static boolean opensWithQuestion(List<Token> tokens) {
        String first = tokens.isEmpty() ? "" : tokens.get(0).text();
        return first.equals("Gefragt") || first.equals("Angesprochen") || first.equals("Befragt") || first.equals("Asked")
                || first.equals("Questioned") || first.equals("Pressed") || first.equals("Challenged")
                || first.equals("Auf") && tokens.size() > 2 && tokens.get(2).text().equals("Frage");
    }

    /**
     * "The Corps, which designed the levee, said it would …": English puts no pronoun after its verb of saying, so the
     * pronoun opens the reported clause (German "…, sagte er" and Dutch "…, zei hij" do invert).
     */
    boolean englishPronounAfter(List<Token> tokens, int k) {
        return language.code.equals("en") && k + 1 < tokens.size()
                && language.pronouns.containsKey(tokens.get(k + 1).text().toLowerCase(Locale.ROOT));
    }

    /** A preposition (not also an article) opening an adverbial: "in", "am", "bei". */
    boolean startsAdverbial(Token word) {
        String lower = word.text().toLowerCase(Locale.ROOT);
        return word.isLowerCase() && (lower.equals("in") || language.prepositions.contains(lower)) && !language.determiners.contains(lower);
    }

    /** Capitalised words from {@code k} (a name, up to three words) and then a verb of saying. */
    private boolean namedSubjectThenSays(List<Token> words, int k) {
        int j = k;
        while (j < words.size() && j < k + 3 && words.get(j).isCapitalised()) {
            j++;
        }
        return j > k && j < words.size() && words.get(j).isLowerCase() && lexicon.reportingVerb(words.get(j).text()) != null;
    }

    /**
     * The verb of a second report by the same speaker after {@code from}, "…, but conceded that …", "…, though he
     * acknowledged that …", whose clause starts after its "that"; null when there is none.
     */
    Token secondReportVerb(int from, int end) {
        List<Token> words = layout.tokensIn(from, end);
        if (words.size() < 3) {
            return null;
        }
        int k = 0;
        boolean concessive = CONCESSIVES.contains(words.get(0).text());
        if (!joinsClauses(words.get(0)) && !concessive) {
            return null;
        }
        k++;
        if (concessive && language.pronouns.containsKey(words.get(k).text())) {
            k++;
        }
        Token verb = words.get(k);
        return thatAfter(verb, end) >= 0 && verb.isLowerCase() && lexicon.reportingVerb(verb.text()) != null ? verb : null;
    }

    /** Where the "that" after {@code verb} ends, past a listener after "told" ("told Mr Prydderch that"); -1 when none. */
    int thatAfter(Token verb, int end) {
        List<Token> after = layout.tokensIn(verb.end(), end);
        int reach = language.listenerVerbs.contains(verb.text()) ? 5 : 1;
        for (int k = 0; k < after.size() && k < reach; k++) {
            if (after.get(k).text().equals("that")) {
                return after.get(k).end();
            }
            if (layout.punctuationBefore(after.get(k)) && k > 0) {
                return -1;
            }
        }
        return -1;
    }



    int nextNonSpace(int from, int limit) {
        int p = from;
        while (p < limit && Character.isWhitespace(layout.text.charAt(p))) {
            p++;
        }
        return p < limit ? p : -1;
    }


    /** "…without cuts, its chairman, Ibrahim Lawal, said": the reported clause ends before "its chairman". */
    int beforeApposition(int comma, int limit) {
        int previous = layout.text.lastIndexOf(',', comma - 1);
        if (previous <= limit) {
            return comma;
        }
        List<Token> between = layout.tokensIn(previous + 1, comma);
        if (between.isEmpty() || between.size() > 5) {
            return comma;
        }
        String first = between.get(0).text().toLowerCase(Locale.ROOT);
        boolean apposition = first.equals("its") || first.equals("his") || first.equals("her") || first.equals("their")
                || first.equals("the") || first.equals("a") || first.equals("an");
        return apposition ? previous : comma;
    }


    int startOfPhrase(int from, int limit) {
        int p = from;
        while (p > limit && layout.text.charAt(p - 1) != ',') {
            p--;
        }
        return p == limit ? from : p;
    }


    int previousNonSpace(int from, int limit) {
        int p = from - 1;
        while (p >= limit && Character.isWhitespace(layout.text.charAt(p))) {
            p--;
        }
        return p >= limit ? p : -1;
    }


    /** "and" or "but": the English words that join a second clause, and with it a second report, to the first. */
    static boolean joinsClauses(Token word) {
        return word.text().equals("and") || word.text().equals("but");
    }

    boolean crossesPunctuation(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = layout.text.charAt(i);
            int close = c == '“' ? layout.text.indexOf('”', i + 1) : c == '"' ? layout.text.indexOf('"', i + 1) : -1;
            if (close > i && close < to && namesAWork(i + 1, close)) {
                i = close; // "said on NBC’s “Meet the Press” that …": a programme's name in marks is no stop
                continue;
            }
            if (".;:“”\"".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A title in marks: up to six words, the first, the last and every long one capitalised ("Meet the Press"). */
    private boolean namesAWork(int from, int to) {
        List<Token> words = layout.tokensIn(from, to);
        return !words.isEmpty() && words.size() <= 6 && words.getFirst().isCapitalised() && words.getLast().isCapitalised()
                && words.stream().allMatch(w -> w.isCapitalised() || w.text().length() <= 3)
                && layout.text.substring(from, to).chars().noneMatch(ch -> ".,;:!?".indexOf(ch) >= 0);
    }



    /** The end of a sentence without its closing punctuation. */
    int contentEnd(Sentence sentence) {
        int end = sentence.end();
        while (end > sentence.start() && ".!?".indexOf(layout.text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }


    FoundQuote make(int from, int end, Speaker speaker, String cue, Span cueSpan) {
        String text = layout.text;
        int start = Furniture.skipLeadIn(text, from, end);
        while (start < end && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == ',')) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        if (layout.tokensIn(start, end).size() < IndirectQuoteFinder.MIN_CLAUSE_TOKENS || speaker == null) {
            return null;
        }
        return new FoundQuote(start, end, QuoteType.INDIRECT, speaker, cue, cueSpan, -1, 0.7);
    }

    /** Whether words in quotation marks follow the verb at {@code k} before a comma: "sprach von einem „Desaster“". */
    boolean quotedAfter(List<Token> tokens, int k, int end) {
        for (int j = k + 1; j < tokens.size() && tokens.get(j).start() < end; j++) {
            if (j > k + 1 && layout.text.substring(tokens.get(j - 1).end(), tokens.get(j).start()).contains(",")) {
                return false; // "…, erzählt sie, »wie wenn ein Zug …«": words quoted after the subject's comma are added on
            }
            QuotedSpan quote = layout.quoteAt(tokens.get(j).start());
            if (quote != null && quote.contains(tokens.get(j).start())) {
                // ("…, sagte Petersen dem „Tagesspiegel“": a newspaper's name in marks is whom she told, not her words)
                return !QuoteShape.namesAPublication(layout, lexicon, quote);
            }
        }
        return false;
    }
}
