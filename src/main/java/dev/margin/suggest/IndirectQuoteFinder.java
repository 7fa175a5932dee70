package dev.margin.suggest;

import dev.margin.domain.QuoteType;
import dev.margin.domain.SpeakerResolution;
import dev.margin.domain.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds reported speech in sentences that hold no direct quote (a few quoted words inside are fine): "X said (that) …", "X told reporters …",
 * "X has stated that …", "according to X, …", "…, according to X", and the inverted "…, X said." /
 * "…, said X." The span is the reported clause; the speaker is read as for direct quotes.
 */
final class IndirectQuoteFinder {
    static final int MIN_CLAUSE_TOKENS = 3;
    private static final int MAX_TAIL_TOKENS = 8;
    /** English verbs that make the words after a verb of saying a clause of their own, not the end of an attribution. */
    private static final java.util.Set<String> FINITE_AFTER_VERB = java.util.Set.of("was", "were", "is", "are", "would", "will",
            "had", "has", "could", "should", "can", "might", "must");
    static final java.util.Set<String> ENGLISH_ARTICLES = java.util.Set.of("a", "an", "the");
    /** English subjects that open a reported clause with no "that" before them. */
    private static final java.util.Set<String> SUBJECTS_OPENING_CLAUSE = java.util.Set.of("there", "he", "she", "they", "we", "it");
    private final Lexicon lexicon;
    private final LanguageProfile language;
    private final TextLayout layout;
    private final SpeakerFinder speakers;
    private final List<FoundQuote> directQuotes;
    private final ReportedClauseBounds clause;
    private final BareClauseStart bareClause;
    private final KonjunktivContinuation konjunktiv;
    private final SourceClauses sources;
    private final SourceInClause ownAccounts;
    private final SecondReports secondReports;
    private final AddedClause added;
    private final InfinitiveReports infinitives;
    private final DroppedSubjects droppedSubjects;
    private final PosTags pos;

    IndirectQuoteFinder(Lexicon lexicon, TextLayout layout, PosTags pos, SpeakerFinder speakers, List<FoundQuote> directQuotes) {
        this.pos = pos;
        this.lexicon = lexicon;
        this.language = lexicon.language();
        this.layout = layout;
        this.speakers = speakers;
        this.directQuotes = directQuotes;
        this.clause = new ReportedClauseBounds(lexicon, layout, pos);
        this.bareClause = new BareClauseStart(language, layout);
        this.konjunktiv = new KonjunktivContinuation(language, layout, speakers);
        this.sources = new SourceClauses(lexicon, layout, speakers, clause, clause::make, konjunktiv);
        this.ownAccounts = new SourceInClause(layout, speakers, clause::make);
        this.secondReports = new SecondReports(lexicon, layout, clause, speakers, konjunktiv);
        this.added = new AddedClause(language, layout);
        this.infinitives = new InfinitiveReports(language, layout, speakers, clause);
        this.droppedSubjects = new DroppedSubjects(language, layout);
    }

    List<FoundQuote> find(Furniture furniture) {
        List<FoundQuote> found = new ArrayList<>();
        int quoteIndex = 0;
        for (Sentence sentence : layout.sentences) {
            while (quoteIndex < directQuotes.size() && directQuotes.get(quoteIndex).end() <= sentence.start()) {
                quoteIndex++;
            }
            boolean holdsQuote = false;
            for (int k = quoteIndex; k < directQuotes.size() && directQuotes.get(k).start() < sentence.end(); k++) {
                // a few quoted words inside reported speech leave it reported speech: "said the plan was “dead”"
                holdsQuote |= directQuotes.get(k).type() != QuoteType.PARTIAL;
            }
            FoundQuote recent = SourceInClause.recentSpeech(directQuotes, quoteIndex, found);
            FoundQuote addedAfterQuote = holdsQuote && !furniture.isFurniture(sentence.paragraph())
                    ? added.after(directQuotes, quoteIndex, sentence, clause.contentEnd(sentence)) : null;
            if (addedAfterQuote != null) {
                found.add(addedAfterQuote);
            }
            if (holdsQuote || furniture.isFurniture(sentence.paragraph()) || sentence.end() - sentence.start() < 20) {
                continue;
            }
            FoundQuote reported = reportedIn(sentence, recent);
            FoundQuote citingOn = reported != null && SourceInClause.citesInside(reported) && recent != null
                    ? continuedInSubjunctive(sentence, recent) : null;
            if (citingOn != null) {
                // "tatsächlich lägen die Kosten laut Haushaltsentwurf bei …": in Konjunktiv the speaker before goes on citing
                reported = citingOn;
            }
            if (reported == null) {
                reported = infinitives.in(sentence);
            }
            if (reported == null) {
                reported = added.afterNamedSubject(sentence, clause.contentEnd(sentence), speakers);
            }
            if (reported == null && recent != null) {
                // the person quoted last, directly or not: "…“, sagte Hauke Jessen. Das Unternehmen prüfe …" is his
                reported = continuedInSubjunctive(sentence, recent);
            }
            if (reported != null) {
                found.add(reported);
                FoundQuote second = secondReports.after(sentence, reported);
                if (second != null) {
                    found.add(second);
                }
            }
        }
        return found;
    }

    /** Verbs before "to say" that say nothing was said: "declined to say whether …". */
    private static final java.util.Set<String> REFUSALS = java.util.Set.of("declined", "refused", "declining", "refusing", "decline", "refuse");

    private FoundQuote reportedIn(Sentence sentence, FoundQuote recent) {
        List<Token> tokens = layout.tokensIn(sentence.start(), sentence.end());
        int end = clause.contentEnd(sentence);
        FoundQuote as = sources.opening(sentence, tokens, end);
        if (as == null) {
            as = sources.asClause(tokens, end);
        }
        // ("Darin heißt es, …": the document a sentence before named)
        boolean opensWithIn = !tokens.isEmpty() && (tokens.get(0).text().equals("In") || tokens.get(0).text().equals("Im")
                || DocumentIssuers.POINTING_BACK.contains(tokens.get(0).text().toLowerCase(java.util.Locale.ROOT)));
        if (as == null && !tokens.isEmpty()) {
            as = opensWithIn ? sources.fromDocument(tokens, end) : null;
            as = as == null ? sources.impersonal(sentence, tokens, end) : as; // ("In der Unionsfraktion hieß es": no document)
        }
        if (as == null && language.code.equals("de")) {
            as = ownAccounts.ownAccount(sentence, tokens, end);
        }
        if (as != null) {
            return as;
        }
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            int cueWords = language.code.equals("en") ? 0 : SourceCues.matchAt(language, tokens, k, closesSentence(tokens, k), k == 0);
            if (cueWords > 0) {
                FoundQuote according = sources.sourceCue(sentence, tokens, k, cueWords, end);
                if (according != null) {
                    return according;
                }
                continue;
            }
            if (k + 1 < tokens.size() && t.text().equalsIgnoreCase("according") && tokens.get(k + 1).text().equals("to")) {
                FoundQuote according = sources.accordingTo(sentence, tokens, k, end);
                if (according != null) {
                    return according;
                }
                continue;
            }
            boolean opening = k == 0 && language.dropsSubjects && t.isCapitalised();
            if (!t.isLowerCase() && !opening || layout.quoteAt(t.start()) != null && layout.quoteAt(t.start()).contains(t.start())) {
                continue;
            }
            Lexicon.VerbUse use = lexicon.reportingVerb(opening ? t.text().toLowerCase(Locale.ROOT) : t.text());
            boolean thereWas = k + 1 < tokens.size() && tokens.get(k + 1).text().equals("es") && (t.text().equals("gab") || t.text().equals("gibt"));
            if (use == null || thereWas || pos.isNounOrAdjective(t) && !verbAfterName(tokens, k) || k >= 2 && tokens.get(k - 1).text().equals("to") && REFUSALS.contains(tokens.get(k - 2).text())) {
                continue; // ("declined to say whether …", "gab es Protest": nothing was said)
            }
            Speaker causer = null;
            if (language.causedReportingVerbs.contains(t.text())) {
                causer = sources.whoHadItSaid(sentence, tokens, k);
                if (causer == null) {
                    continue;
                }
            }
            FoundQuote quote = opening || causer != null ? null : inverted(sentence, tokens, k, end);
            if (causer != null && k == tokens.size() - 1) {
                quote = sources.closingCausative(sentence, tokens, k, causer);
            }
            if (quote == null) {
                quote = forward(sentence, tokens, k, use, end, causer);
            }
            if (quote == null && recent != null && droppedSubjects.dropped(sentence, tokens, k, recent)) {
                quote = forward(sentence, tokens, k, use, end, DroppedSubjects.carriedOver(recent));
            }
            if (quote != null) {
                return quote;
            }
        }
        return null;
    }

    /**
     * "…, so Rehm." / "…, aldus de burgemeester.": a cue after a comma whose few words to the sentence's end name
     * someone attributes what comes before it, as it does after a quotation.
     */
    private boolean closesSentence(List<Token> tokens, int k) {
        int comma = clause.previousNonSpace(tokens.get(k).start(), 0);
        if (k == 0 || comma < 0 || layout.text.charAt(comma) != ',' || tokens.size() - k - 1 > MAX_TAIL_TOKENS) {
            return false;
        }
        return tokens.subList(k + 1, tokens.size()).stream().anyMatch(Token::isCapitalised);
    }

    /** The sentence as reported speech of {@code previous}'s speaker when it runs on in Konjunktiv I, or null. */
    private FoundQuote continuedInSubjunctive(Sentence sentence, FoundQuote previous) {
        if (!konjunktiv.continues(sentence, previous)) {
            return null;
        }
        Speaker speaker = konjunktiv.speakerAfter(sentence, previous);
        FoundQuote quote = clause.make(sentence.start(), clause.contentEnd(sentence), speaker, null, null);
        return quote == null ? null : new FoundQuote(quote.start(), quote.end(), QuoteType.INDIRECT, speaker, null, null, -1, 0.6);
    }

    /** "…, X said." or "…, said X." closing the sentence. */
    private FoundQuote inverted(Sentence sentence, List<Token> tokens, int k, int end) {
        Token verb = tokens.get(k);
        if (ReportedClauseBounds.opensWithQuestion(tokens) || clause.opensWithParticiple(tokens)) {
            // "Auf die Frage, ob …, sagte Hollerbach, er werde …" or "Speaking to reporters, Lindgren said …": the answer follows
            return null;
        }
        if (k + 1 < tokens.size() && (tokens.get(k + 1).text().equals("that")
                || language.complementizers.contains(tokens.get(k + 1).text().toLowerCase(Locale.ROOT)))) {
            // "ha dichiarato che …": the clause follows the verb
            return null;
        }
        int tail = 0;
        for (int j = k + 1; j < tokens.size() && tokens.get(j).end() <= end && !layout.punctuationBefore(tokens.get(j)); j++) {
            if (tail >= 2 && !language.code.equals("en") && clause.startsAdverbial(tokens.get(j))) {
                break; // "…, erklärte Geschäftsführer Tobias Reisinger in einer schriftlichen Stellungnahme": when and where do not count
            }
            tail++;
        }
        int colon = layout.text.indexOf(':', verb.end());
        boolean colonCloses = colon > 0 && colon < end && !Character.isDigit(layout.text.charAt(colon + 1)) // (not "at 9:12 a.m.")
                && layout.text.substring(verb.end(), colon).chars().noneMatch(c -> ",;.".indexOf(c) >= 0)
                && layout.tokensIn(verb.end(), colon).size() <= 2 * MAX_TAIL_TOKENS;
        if (colonCloses && language.code.equals("en") && speakers.subjectBefore(verb.start(), sentence.start()) != null) {
            return null; // "The Taylor County Sheriff's Office confirmed two deaths: a man …": the colon lists what was confirmed
        }
        if (colonCloses) {
            // "Was das bedeuten würde, rechnete die 56-Jährige vor: Bei einer Kürzung müsse …": what follows the colon
            Speaker after = speakers.phraseAfter(verb.end(), colon);
            return after == null ? null : clause.make(colon + 1, end, after, verb.text(), new Span(verb.start(), verb.end()));
        }
        int afterTail = k + 1 + tail;
        if (language.code.equals("de") && tail == 0 && afterTail < tokens.size() && tokens.get(afterTail).end() <= end) {
            return null; // "Der Vorsitzende des dbb, Ulrich Sommerfeld, forderte, das Ergebnis zu übertragen": it follows the verb
        }
        if (language.code.equals("de") && afterTail < tokens.size() && tokens.get(afterTail).end() <= end
                && language.pronouns.containsKey(tokens.get(afterTail).text()) && !konjunktiv.readsAsReported(tokens.subList(0, k))) {
            return null; // "Mit dem Vorwurf konfrontiert, sagte Odermatt, er kenne …" (not "Die Koalition halte Wort, sagte er, …")
        }
        if (language.code.equals("en") && tokens.subList(k + 1, k + 1 + tail).stream().anyMatch(w -> FINITE_AFTER_VERB.contains(w.text()))) {
            return null; // "In a statement to journalists, the authority said the strike was illegal": a clause follows the verb
        }
        if (tail > MAX_TAIL_TOKENS || clause.quotedAfter(tokens, k, end)) {
            // "…, sprach von einem „Desaster mit Ansage“": the verb's object is a quoted phrase, not what came before
            return null;
        }
        String text = layout.text;
        int last = clause.previousNonSpace(sentence.end(), sentence.start());
        if (last >= 0 && text.charAt(last) == ':') {
            // "In a letter to leaders, Gov. Sayers wrote:": the verb introduces the quote that follows, not what came before
            return null;
        }
        int verbComma0 = clause.previousNonSpace(verb.start(), sentence.start());
        boolean pronounAfter = !language.code.equals("en") && k + 1 < tokens.size()
                && language.pronouns.containsKey(tokens.get(k + 1).text());
        // "Sie habe nichts getan, sagte sie.": a pronoun after the verb is its subject, whatever opens the sentence; so
        // is the German phrase after the verb when a subjunctive before the comma makes that part the reported words
        // ("der Rest stamme …, sagte der Anwalt": or a verb in -e the tagger reads as one)
        List<Token> reported = verbComma0 >= 0 ? layout.tokensIn(sentence.start(), verbComma0) : List.of();
        boolean inverts = pronounAfter || language.code.equals("de") && (language.holdsSubjunctive(reported) || reported.stream()
                .anyMatch(t -> t.isLowerCase() && t.text().endsWith("e") && !t.text().endsWith("te") && "VERB".equals(pos.tagOf(t))));
        Speaker speaker = inverts && verbComma0 >= 0 && text.charAt(verbComma0) == ',' ? null
                : speakers.subjectBefore(verb.start(), sentence.start());
        if (speaker != null && speaker.span() != null && speaker.span().end() < verb.start()
                && layout.text.substring(speaker.span().end(), verb.start()).indexOf(',') < 0 && layout.tokensIn(speaker.span().end(), verb.start())
                .stream().anyMatch(w -> w.text().equals("and") || w.text().equals("but"))) {
            return null; // "In a letter …, she called the plan “…” and asked him to …": a second verb of the subject, reporting forward
        }
        int subjectStart = speaker == null || speaker.span() == null ? verb.start() : Math.min(speaker.span().start(), verb.start());
        if (speaker != null && speaker.resolution() != SpeakerResolution.ANONYMOUS) {
            subjectStart = Math.min(subjectStart, clause.startOfPhrase(subjectStart, sentence.start()));
        }
        subjectStart = Math.max(subjectStart, sentence.start()); // (a subject phrase read back past the sentence's start)
        int before = layout.firstTokenFrom(speaker == null || speaker.span() == null ? subjectStart : speaker.span().start()) - 1;
        if (before >= 0 && ReportedClauseBounds.joinsClauses(layout.tokens.get(before))) {
            return null; // "he would vote against her, and Ocampo said she …": a second report, not an attribution of the first
        }
        int comma = clause.previousNonSpace(subjectStart, sentence.start());
        // (a pronoun opening the sentence is the reported words' subject: "Er halte nichts davon, sagte der Abgeordnete.")
        if (speaker != null && speaker.entity() != null && speaker.resolution() != SpeakerResolution.PRONOUN
                && text.substring(sentence.start(), subjectStart).indexOf(',') < 0) {
            // "Prime Minister Oliver Chambers, speaking in parliament, said the government would …": the named subject
            // opens the sentence, so the verb reports what follows it (read forward), not what came before
            return null;
        }
        if (speaker == null || comma < 0 || text.charAt(comma) != ',') {
            int verbComma = clause.previousNonSpace(verb.start(), sentence.start());
            if (verbComma >= 0 && text.charAt(verbComma) == ',' && !clause.englishPronounAfter(tokens, k)) {
                Speaker after = speakers.phraseAfter(verb.end(), end);
                if (after != null) {
                    return clause.make(sentence.start(), verbComma, after, verb.text(), new Span(verb.start(), verb.end()));
                }
            }
            return null;
        }
        int afterVerb = clause.nextNonSpace(verb.end(), end);
        if (tail == 0 && afterVerb >= 0 && text.charAt(afterVerb) == ',' && clause.isFrontedAdverbial(sentence.start(), comma)) {
            // "For days after a storm, power companies say, the risk … remains high": what is reported follows
            return clause.make(afterVerb + 1, end, speaker, verb.text(), new Span(verb.start(), verb.end()));
        }
        if (pos.available() && layout.tokensIn(sentence.start(), comma).stream().noneMatch(pos::isVerb)) {
            // "The mayor of Whitby, Helen Ashcroft, told the BBC …": no verb before the comma, so no clause was reported
            // there; the words are the subject's role, and the verb reports what follows it
            return null;
        }
        return clause.make(sentence.start(), clause.beforeApposition(comma, sentence.start()), speaker, verb.text(),
                new Span(verb.start(), verb.end()));
    }

    /** "X said (on Tuesday) (that) …", "X told reporters …" ({@code given} speaks when none is named); not "asked that his name not be used". */
    private FoundQuote forward(Sentence sentence, List<Token> tokens, int k, Lexicon.VerbUse use, int end, Speaker given) {
        Token verb = tokens.get(k);
        if (UnnamedSpeakers.withholdsName(layout.text.substring(verb.start(), Math.min(end, verb.start() + 60)))) {
            return null;
        }
        boolean pronounAfter = k > 0 && speakers.germanPronounAfter(tokens, k) && layout.onlySpacesBetween(verb.end(), tokens.get(k + 1).start());
        Speaker speaker = given != null ? given : pronounAfter ? null : speakers.subjectBefore(verb.start(), sentence.start());
        if (speaker == null && language.code.equals("de") && k > 0) {
            // "Der „Bild“-Zeitung sagte ein Sprecher, man …": German puts the subject after the verb when the
            // sentence opens with something else; only up to the comma that opens what was said
            int comma = layout.text.indexOf(',', verb.end());
            speaker = comma > 0 && comma < end ? speakers.phraseAfter(verb.end(), comma, true) : null;
        }
        if (language.code.equals("de") && given == null && (speaker == null || speaker.entity() == null)) {
            speaker = speakers.clauses().beforeAuxiliary(tokens, k, sentence.start(), speaker);
        }
        if (speaker == null) {
            return null;
        }
        int contentStart = -1;
        // "to explain the penalty that cost them the game": after a verb that takes no listener, an object opened by
        // an article makes the "that" after it a relative pronoun
        boolean objectFirst = use == Lexicon.VerbUse.THAT && language.code.equals("en") && k + 1 < tokens.size()
                && ENGLISH_ARTICLES.contains(tokens.get(k + 1).text().toLowerCase(Locale.ROOT));
        for (int j = k + 1; j < tokens.size() && j <= k + (verb.text().equals("told") ? 16 : 10); j++) { // ("told reporters on the sidelines of … that")
            Token t = tokens.get(j);
            String lower = t.text().toLowerCase(Locale.ROOT);
            // ("said in a statement read to the court that …": a participle after the document belongs to it)
            boolean ofDocument = language.documents.contains(tokens.get(j - 1).text().toLowerCase(Locale.ROOT));
            if (t.isLowerCase() && lexicon.reportingVerb(lower) != null && !pos.isNounOrAdjective(t) && !ofDocument) {
                break; // "said the city would rebuild it, but conceded that …": that "that" is the second verb's
            }
            if (objectFirst && lower.equals("that")) {
                break;
            }
            if (j == k + 1 && use == Lexicon.VerbUse.BARE && SUBJECTS_OPENING_CLAUSE.contains(lower)) {
                contentStart = t.start(); // "It said there was no evidence that …": the clause opens right after the verb
                break;
            }
            if (j > k + 1 && (lower.equals("that") || language.complementizers.contains(lower))
                    && ReportedClauseBounds.joinsClauses(tokens.get(j - 1))) {
                break; // "said the plan had failed and that …": the first clause had no "that"; the second is its own report
            }
            boolean afterPreposition = language.prepositions.contains(tokens.get(j - 1).text().toLowerCase(Locale.ROOT));
            if ((lower.equals("that") || language.complementizers.contains(lower)) && !clause.crossesPunctuation(verb.end(), t.start())
                    && !(afterPreposition && lower.equals("that"))) { // "on that side of the pitch" is no clause
                contentStart = t.end();
                break;
            }
            if ((lower.startsWith("qu’") || lower.startsWith("qu'")) && language.complementizers.contains(lower.substring(0, 3))) {
                // "a affirmé qu’il …": the complementizer is elided onto the subject
                contentStart = t.start() + 3;
                break;
            }
            if (language.code.equals("de") && use == Lexicon.VerbUse.BARE && layout.punctuationBefore(t) && layout.text.charAt(clause.previousNonSpace(t.start(), verb.end())) == ',') {
                // "sagte am Montag, die Erhöhung sei …": German reports the clause after a comma (not "wies der Leiter des
                // Ordnungsamts, Jens Pützfeld, zurück": a name and the verb's particle after the comma are an apposition)
                List<Token> after = layout.tokensIn(t.start(), end);
                if (after.size() <= 4 && after.subList(0, after.size() - 1).stream().allMatch(Token::isCapitalised)) {
                    return null;
                }
                contentStart = t.start();
                break;
            }
        }
        boolean bare = contentStart < 0;
        if (bare) {
            if (use == Lexicon.VerbUse.THAT) {
                return null;
            }
            contentStart = bareClause.after(tokens, k, end);
            if (contentStart >= 0 && language.code.equals("de") && !opensGermanClause(contentStart)) {
                return null; // "stellte sich hinter die Pläne": an object or an adverb after the verb opens no clause
            }
        }
        if (contentStart < 0) {
            return null;
        }
        int contentEnd = clause.coordinatedReportEnd(contentStart, end);
        if (bare && pos.available() && layout.tokensIn(contentStart, contentEnd).stream().noneMatch(pos::isVerb)) {
            // "Er verwies auf lange Anfahrtswege", "meinte damit die Notfallversorgung": with neither comma nor "that"
            // after the verb, words without a verb of their own are its object, not a clause it reports
            return null;
        }
        return clause.make(contentStart, contentEnd, speaker, verb.text(), new Span(verb.start(), verb.end()));
    }

    /** A German clause reported without "dass" or a comma opens with its subject: a capital, an article or a pronoun. */
    private boolean opensGermanClause(int start) {
        Token first = layout.tokens.get(layout.firstTokenFrom(start));
        String lower = first.text().toLowerCase(Locale.ROOT);
        return first.isCapitalised() || language.determiners.contains(lower) || language.pronouns.containsKey(lower) || lower.equals("man");
    }

    /**
     * "The Hague argues that …", "Berlin claims that …": a verb's -s form the tagger reads as a noun after a name, with
     * "that" after it, is the verb ("rejected claims that …" is the noun).
     */
    private boolean verbAfterName(List<Token> tokens, int k) {
        Token verb = tokens.get(k);
        if (k == 0 || k + 1 >= tokens.size() || !verb.text().endsWith("s") || !tokens.get(k + 1).text().equals("that")) {
            return false;
        }
        Token before = tokens.get(k - 1);
        return pos.isProperNoun(before) && before.isCapitalised() && !before.possessive()
                || language.pronouns.containsKey(before.text().toLowerCase(Locale.ROOT));
    }
}
