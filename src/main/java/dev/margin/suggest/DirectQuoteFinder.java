package dev.margin.suggest;

import dev.margin.domain.QuoteType;
import dev.margin.domain.SpeakerResolution;
import dev.margin.domain.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the scanner's quotations into direct and partial quotes with their speakers, and sets aside
 * titles and scare quotes. The attribution is looked for where news puts it, in this order: right after
 * the closing mark (“…,” she said / “…,” said Okafor), the attribution of the first part for the second
 * part of a split quote, before the opening mark in the same sentence (Okafor said: “…” / according to
 * X, “…” / described it as “…”), the previous sentence of the paragraph, and for a quote that opens a
 * paragraph the speaker of the quote just before it.
 */
final class DirectQuoteFinder {
    private static final int MAX_INTRO_GAP = 80;
    /** English words after a partial quote that open another clause, with a subject of its own ("…”, while Mullally asked"). */
    private static final java.util.Set<String> NEXT_CLAUSE = java.util.Set.of("while", "whereas", "although", "though", "but",
            "when", "before", "after", "because", "since");

    private record Attribution(Speaker speaker, String cue, Span cueSpan) {
    }

    private final Lexicon lexicon;
    private final LanguageProfile language;
    private final TextLayout layout;
    private final SpeakerFinder speakers;
    private final ColonIntroductions colonIntroductions;
    private final QuoteContext context;
    private final HeadlineQuotes headlines;
    private final ParticipleSubjects participles;
    private final AttributionReach attributionReach;
    private final List<QuotedSpan> setAside = new ArrayList<>();

    DirectQuoteFinder(Lexicon lexicon, TextLayout layout, SpeakerFinder speakers) {
        this.lexicon = lexicon;
        this.language = lexicon.language();
        this.layout = layout;
        this.speakers = speakers;
        this.colonIntroductions = new ColonIntroductions(layout, lexicon, speakers);
        this.context = new QuoteContext(lexicon, layout, speakers);
        this.headlines = new HeadlineQuotes(lexicon, layout, speakers);
        this.participles = new ParticipleSubjects(layout, language, speakers);
        this.attributionReach = new AttributionReach(layout, lexicon);
    }

    /** The quotations found to be titles or scare quotes, once {@link #find} has run. */
    List<QuotedSpan> setAside() {
        return setAside;
    }

    /** Titles and scare quotes can be told apart before any actor is known; the actor finder skips them. */
    static boolean isTitleOrScare(Lexicon lexicon, TextLayout layout, QuotedSpan quote) {
        return QuoteShape.isTitle(layout, lexicon, quote) || QuoteShape.isScare(layout, lexicon, quote)
                || QuoteShape.isSign(layout, lexicon, quote);
    }

    List<FoundQuote> find() {
        List<FoundQuote> found = new ArrayList<>();
        QuotedSpan previousSpan = null;
        Attribution previousAfter = null;
        for (QuotedSpan quote : layout.quotes) {
            if (quote.contentEnd() <= quote.contentStart()) {
                continue;
            }
            if (isTitleOrScare(lexicon, layout, quote)) {
                setAside.add(quote);
                continue;
            }
            QuoteType type = typeOf(layout, quote);
            int partOf = -1;
            double confidence = 0.9;
            Attribution attribution = after(quote);
            Attribution ownAfter = attribution;
            if (attribution == null && previousAfter != null && continuesSplitQuote(previousSpan, quote)
                    && !context.namedInside(previousAfter.speaker(), quote)) {
                attribution = previousAfter;
                FoundQuote first = found.getLast();
                partOf = first.start();
                type = first.type();
            }
            if (attribution != null && attribution.speaker() == null && attribution.cue() != null && language.dropsSubjects) {
                // "«Lo perdimos todo», dijo.": a verb without a subject (Spanish, Italian, Portuguese) keeps the last speaker
                Speaker earlier = context.fromPreviousSentence(quote, found);
                Speaker subject = earlier != null ? earlier : speakers.personBeforeInParagraph(quote.open());
                attribution = new Attribution(subject, attribution.cue(), attribution.cueSpan());
            }
            if (attribution == null) {
                attribution = before(quote, type);
            }
            if (attribution == null && type == QuoteType.DIRECT) {
                attribution = fromContext(context.chainedAfterQuote(quote, found)); // ("…, adding: “…”")
            }
            if (attribution == null && headlines.isSubhead(quote)) {
                // a subhead that is a quote alone ("„Wir sind keine Bittsteller“"): the editor's pick, no one speaks it there
                found.add(new FoundQuote(quote.contentStart(), quote.contentEnd(), type, null, null, null, -1, 0.5));
                previousSpan = quote;
                previousAfter = null;
                continue;
            }
            if (attribution == null) {
                attribution = fromContext(context.notNamedInside(context.fromPreviousSentence(quote, found), quote, found));
                confidence = 0.75;
            }
            if (attribution == null) {
                attribution = fromContext(headlines.headline(quote));
                confidence = 0.6;
            }
            if (attribution == null) {
                attribution = fromContext(context.notNamedInsideCarried(context.carriedOver(quote, found), quote, found));
            }
            if (attribution == null) {
                Speaker introduced = context.introducedBefore(quote);
                attribution = fromContext(introduced != null ? introduced : context.introducedAfter(quote));
            }
            if (attribution == null && type == QuoteType.PARTIAL && layout.sentenceAt(quote.open()) != null) {
                // "Nadège Fournier warf dem Konzern vor, Lothringen „wie eine verlängerte Werkbank“ zu behandeln": words
                // quoted in a sentence about one person, with no verb the rules know, are that person's
                attribution = fromContext(speakers.about().only(layout.sentenceAt(quote.open())));
                confidence = 0.6;
            }
            if (attribution == null && type == QuoteType.PARTIAL) {
                attribution = fromContext(context.chainedAfterQuote(quote, found));
            }
            if (attribution == null && type == QuoteType.PARTIAL) {
                attribution = fromContext(context.partialAfterQuoted(quote, found));
                confidence = 0.6;
            }
            Speaker speaker = attribution == null ? null : context.anonymousContinued(attribution.speaker(), quote, found);
            if (speaker == null) {
                confidence = 0.5;
            } else if (speaker.resolution() == SpeakerResolution.PRONOUN) {
                confidence = Math.min(confidence, 0.8);
            }
            found.add(new FoundQuote(quote.contentStart(), quote.contentEnd(), type, speaker,
                    attribution == null ? null : attribution.cue(), attribution == null ? null : attribution.cueSpan(),
                    partOf, confidence));
            previousSpan = quote;
            previousAfter = ownAfter;
        }
        return headlines.headlineQuotesSaidInBody(found);
    }

    /** Partial when the quoted words start in lower case or run on from the writer's own sentence, direct otherwise. */
    static QuoteType typeOf(TextLayout layout, QuotedSpan quote) {
        String text = layout.text;
        for (int i = quote.contentStart(); i < quote.contentEnd(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return QuoteType.PARTIAL;
                }
                break;
            }
        }
        Sentence sentence = layout.sentenceAt(quote.open());
        if (sentence == null || quote.multiParagraph()) {
            return QuoteType.DIRECT;
        }
        String before = text.substring(sentence.start(), quote.open()).strip();
        if (before.isEmpty() || before.endsWith(":") || before.endsWith(",") || before.endsWith("—")
                || QuoteShape.endsLikeSpeech(text, quote)) {
            return QuoteType.DIRECT;
        }
        return QuoteType.PARTIAL;
    }

    /** “…,” she said / “…,” said Okafor / “…” Okafor, a professor at Y, told reporters. */
    private Attribution after(QuotedSpan quote) {
        String text = layout.text;
        char last = text.charAt(quote.contentEnd() - 1);
        int p = quote.close();
        int regionEnd = attributionReach.clauseEnd(p);
        while (p < regionEnd && (text.charAt(p) == ' ' || text.charAt(p) == ',' || text.charAt(p) == '—' || text.charAt(p) == '–')) {
            p++;
        }
        boolean runsOn = p < regionEnd && Character.isLowerCase(text.charAt(p)); // "“… Nobody pays more.” she said."
        if (p >= regionEnd || last == '.' && !runsOn || !quote.closed()) {
            // a quote that ends its own sentence carries no attribution after it
            return null;
        }
        List<Token> tokens = layout.tokensIn(p, regionEnd);
        int verbFirst = 0;
        if (!tokens.isEmpty() && language.auxiliaries.contains(tokens.get(0).text()) && tokens.size() > 1
                && lexicon.reportingVerb(tokens.get(1).text()) != null) {
            // "a déclaré le ministre", "ha detto Gentile": the participle after the auxiliary opens the attribution
            verbFirst = 1;
        }
        if (!tokens.isEmpty() && tokens.get(0).text().indexOf('-') > 0 && speakers.isPronoun(tokens.get(0).text())) {
            // "a-t-elle ajouté", "dit-il": the pronoun is inside the inverted verb
            Token inverted = tokens.get(0);
            int cueEnd = tokens.size() > 1 && layout.onlySpacesBetween(inverted.end(), tokens.get(1).start()) ? tokens.get(1).end() : inverted.end();
            return new Attribution(speakers.phraseAfter(inverted.start(), regionEnd), layout.text.substring(inverted.start(), cueEnd),
                    new Span(inverted.start(), cueEnd));
        }
        boolean andSomeoneElse = tokens.size() > 1 && tokens.get(0).text().equals("and") && tokens.get(1).isCapitalised();
        boolean andNextVerb = tokens.size() > 1 && tokens.get(0).text().equals("and") && tokens.get(1).isLowerCase()
                && lexicon.reportingVerb(tokens.get(1).text()) != null;
        if (language.code.equals("en") && !tokens.isEmpty() && (NEXT_CLAUSE.contains(tokens.get(0).text()) || andSomeoneElse || andNextVerb)
                && opensWithin(quote)) {
            // "Toal described the pause as “a decision taken in a spreadsheet”, while Mullally asked …", "… of running on
            // “a plan written by insurance lobbyists” and Whitlock firing back that …": the verb is the next clause's; "Teague
            // called the bill “a job killer” and said …": the subject's next verb, which reports what follows it
            return null;
        }
        int cueWords = SourceCues.matchAt(language, tokens, 0, true, false);
        if (cueWords > 0) {
            // "„…“, so Brenner", "‘…’, aldus voorzitter Peter Jansen"
            Token cueEnd = tokens.get(cueWords - 1);
            return new Attribution(speakers.phraseAfter(cueEnd.end(), regionEnd), layout.text.substring(tokens.get(0).start(), cueEnd.end()),
                    new Span(tokens.get(0).start(), cueEnd.end()));
        }
        for (int k = 0; k < tokens.size() && k < 24; k++) {
            Token t = tokens.get(k);
            if (language.code.equals("en") && k > 0 && t.text().equals("and") && text.startsWith(", and", tokens.get(k - 1).end())
                    && k + 1 < tokens.size() && tokens.get(k + 1).isCapitalised() && opensWithin(quote)) {
                return null; // "cast Haddad as “…” on Tuesday night, and Haddad said …": the next clause has its own subject
            }
            QuotedSpan inside = layout.quoteAt(t.start());
            if (inside != null && !isTitleOrScare(lexicon, layout, inside)) {
                return null; // (a nickname in marks, "Harold “Hal” Pruett Jr. said", is part of the attribution)
            }
            if (isAccordingTo(tokens, k)) {
                Token to = tokens.get(k + 1);
                return new Attribution(speakers.phraseAfter(to.end(), regionEnd), "according to", new Span(t.start(), to.end()));
            }
            if (k == 0 && language.impersonalReports.contains(t.text()) && tokens.size() > 2 && tokens.get(1).text().equals("es")) {
                // "„…“, hieß es darin.": the statement the sentence before named; "„…“, heißt es in dem Urteil.": its issuer
                boolean pointsBack = DocumentIssuers.POINTING_BACK.contains(tokens.get(2).text());
                Speaker holder = pointsBack ? speakers.pointedBackTo(quote.open()) : speakers.documents().afterImpersonalVerb(tokens, 0);
                if (holder != null || pointsBack) {
                    return holder == null ? null : new Attribution(holder, t.text(), new Span(t.start(), t.end()));
                }
            }
            if (t.text().equals("quoted") && language.code.equals("en")) {
                // "“…,” the statement quoted the governor as saying": the one quoted speaks, not the statement
                int as = text.indexOf(" as saying", t.end());
                Speaker quoted = as > 0 && as < regionEnd ? speakers.phraseAfter(t.end(), as) : null;
                if (quoted != null) {
                    return new Attribution(quoted, "quoted", new Span(t.start(), t.end()));
                }
            }
            // ("“…,” Kessler, a former state senator, said": a verb's form read as a noun is no verb)
            if (t.isLowerCase() && (lexicon.reportingVerb(t.text()) != null && !nounAfterArticle(tokens, k) || answersBack(tokens, k))) {
                // ("„…“ eine Wolke vor die Sonne geschoben, sagte die Salzburgerin": in German a verb of saying after a
                // comma has its subject after it)
                boolean afterComma = language.code.equals("de") && k > 0 && text.substring(tokens.get(k - 1).end(), t.start()).contains(",");
                Speaker speaker = k <= verbFirst || afterComma ? speakers.phraseAfter(t.end(), regionEnd, true) : speakers.subjectBefore(t.start(), p);
                Sentence sentence = layout.sentenceAt(quote.open());
                if (speaker == null && k <= verbFirst && sentence != null && sentence.paragraph() == 0) {
                    speaker = speakers.roleNamedLater(t.end(), regionEnd); // a headline's "… says mayor"
                }
                if (speaker == null && k == 0 && language.code.equals("de")) {
                    speaker = speakers.clauses().ofClosingParticiple(quote, t); // "… als „…“ kritisiert."
                }
                if (speaker == null && (k > 0 || opensWithin(quote))) {
                    // "Obermeier sprach von einem „Befreiungsschlag“, mahnte aber …": a second verb of the subject before
                    return null;
                }
                return new Attribution(speaker, t.text(), new Span(t.start(), t.end()));
            }
        }
        return null;
    }

    /** True when the writer's own words open the quote's sentence before the quote. */
    private boolean opensWithin(QuotedSpan quote) {
        Sentence sentence = layout.sentenceAt(quote.open());
        return sentence != null && !layout.text.substring(sentence.start(), quote.open()).isBlank();
    }

    /** "“Read the whole chart,” he shot back", "Montrose cut in": a verb that is no verb of saying alone says so with a particle. */
    private boolean answersBack(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size()) {
            return false;
        }
        String verb = tokens.get(k).text();
        String particle = tokens.get(k + 1).text();
        return language.backVerbs.contains(verb) && particle.equals("back") || language.backVerbs.contains(verb + "-" + particle);
    }


    /**
     * "a former state senator", "the state": a present form of a verb of saying after an article, or an article and an
     * adjective, is a noun when the tagger reads it so (a past form is the verb: "the premier said").
     */
    private boolean nounAfterArticle(List<Token> tokens, int k) {
        int before = k - 1;
        if (before >= 1 && tokens.get(before).isLowerCase() && !language.determiners.contains(tokens.get(before).text())
                && speakers.readAsAdjective(tokens.get(before))) {
            before--; // ("a former state": the adjective between)
        }
        String form = tokens.get(k).text();
        boolean pastForm = form.endsWith("ed") || form.equals("said") || form.equals("told") || form.equals("wrote");
        return before >= 0 && language.code.equals("en") && !pastForm && language.determiners.contains(tokens.get(before).text())
                && speakers.readAsNoun(tokens.get(k));
    }

    private static boolean isAccordingTo(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && tokens.get(k).text().equalsIgnoreCase("according") && tokens.get(k + 1).text().equals("to");
    }

    /** “…,” she said, “…”: the second part follows an attribution that ends with a comma or a colon. */
    private boolean continuesSplitQuote(QuotedSpan previous, QuotedSpan quote) {
        if (previous == null || quote.open() - previous.close() > 120) {
            return false;
        }
        String between = layout.text.substring(previous.close(), quote.open());
        if (between.indexOf('\n') >= 0 || between.contains(". ")) {
            // a new paragraph or a new sentence starts a new quote
            return false;
        }
        String stripped = between.strip();
        return stripped.endsWith(",") || stripped.endsWith(":") || stripped.endsWith("—");
    }

    /** Okafor said: “…” / Okafor told reporters, “…” / according to X, “…” / described it as “…”. */
    private Attribution before(QuotedSpan quote, QuoteType type) {
        Sentence sentence = layout.sentenceAt(quote.open());
        if (sentence == null) {
            return null;
        }
        int regionStart = sentence.start();
        for (QuotedSpan other : layout.quotes) {
            if (other.close() <= quote.open() && other.close() > regionStart) {
                regionStart = other.close();
            }
        }
        List<Token> tokens = layout.tokensIn(regionStart, quote.open());
        for (int k = tokens.size() - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            String lower = t.text().toLowerCase(Locale.ROOT);
            boolean reporting = t.isLowerCase() && (lexicon.reportingVerb(lower) != null && !speakers.readAsNoun(t) || answersBack(tokens, k));
            boolean characterising = type == QuoteType.PARTIAL && QuoteShape.characterises(lexicon, lower);
            if (isAccordingTo(tokens, k)) {
                Token to = tokens.get(k + 1);
                return new Attribution(speakers.phraseAfter(to.end(), quote.open()), "according to", new Span(t.start(), to.end()));
            }
            Attribution quotedAs = quotedAsSaying(tokens, k);
            if (quotedAs != null) {
                return quotedAs;
            }
            if (!reporting && !characterising) {
                continue;
            }
            // (further back when its clause runs into a colon: "Sie warnte davor, aus einer Studie gleich … abzuleiten: „…“")
            int gap = layout.text.substring(0, quote.open()).stripTrailing().endsWith(":") ? 2 : 1;
            if (type == QuoteType.DIRECT && quote.open() - t.end() > gap * MAX_INTRO_GAP) {
                return null;
            }
            Speaker speaker = speakers.germanPronounAfter(tokens, k) ? speakers.phraseAfter(t.end(), quote.open()) : speakers.subjectBefore(t.start(), regionStart);
            Speaker opener = lower.endsWith("ing") ? participles.openerOfSetOff(tokens, k, quote) : null;
            speaker = opener != null ? opener : speaker;
            if (language.code.equals("de") && speaker != null && speaker.entity() == null) {
                speaker = speakers.clauses().beforeAuxiliary(tokens, k, regionStart, speaker); // "Die Prüfer hatten … gewarnt"
            }
            if ((speaker == null || speaker.resolution() == SpeakerResolution.ANONYMOUS) && k + 1 < tokens.size() && language.code.equals("de")) {
                // "Die Forderung der Kliniken nannte Sauerbier „…“": before the verb stands the object, so the person
                // named right after it is the subject
                Speaker named = speakers.namedAt(tokens.get(k + 1), quote.open());
                speaker = named != null && named.namesPerson() ? named : speaker;
            }
            if (speaker == null && (characterising || reporting) && lower.endsWith("ing")) {
                // "…, with the health secretary accusing the BMA of taking a “reckless gamble”": the participle's
                // subject follows "with"
                speaker = participles.afterWith(tokens, k);
            }
            if (speaker == null && characterising && lower.endsWith("ing")) {
                // "Mayor Ruiz opened the meeting by calling the deal “…”": the participle's subject opens the sentence
                speaker = speakers.about().opening(layout.sentenceAt(quote.open()));
            }
            boolean compound = language.code.equals("en") && k > 0 && (language.auxiliaries.contains(tokens.get(k - 1).text())
                    || k > 1 && language.auxiliaries.contains(tokens.get(k - 2).text()) && tokens.get(k - 1).text().endsWith("ly"));
            if (speaker == null && reporting && !language.listenerVerbs.contains(t.text()) && !compound) {
                // "…, said Okafor, “…”": the subject may follow; not after "called the claim “…”" or "told a … judge that",
                // nor after an auxiliary ("who has repeatedly urged the bank to cut": its object follows)
                speaker = speakers.phraseAfter(t.end(), quote.open());
            }
            if (speaker == null && reporting && language.code.equals("de")) {
                speaker = participles.germanAfterAuxiliary(tokens, k);
            }
            if (speaker != null) {
                return new Attribution(speaker, t.text(), new Span(t.start(), t.end()));
            }
        }
        return type == QuoteType.DIRECT ? fromContext(colonIntroductions.subject(quote, regionStart, tokens)) : null;
    }

    /** A speaker found around the quote, with no verb of its own. */
    private static Attribution fromContext(Speaker speaker) {
        return speaker == null ? null : new Attribution(speaker, null, null);
    }

    /** "State media quoted Toktomushev as saying … “…”": the person quoted is the speaker, not the media. */
    private Attribution quotedAsSaying(List<Token> tokens, int k) {
        if (k < 3 || !tokens.get(k).text().equals("saying") || !tokens.get(k - 1).text().equals("as")) {
            return null;
        }
        for (int j = k - 2; j >= 0 && j >= k - 8; j--) {
            if (tokens.get(j).text().equals("quoted")) {
                Speaker quoted = speakers.phraseAfter(tokens.get(j).end(), tokens.get(k - 1).start());
                return quoted == null ? null : new Attribution(quoted, "quoted", new Span(tokens.get(j).start(), tokens.get(k).end()));
            }
        }
        return null;
    }

}
