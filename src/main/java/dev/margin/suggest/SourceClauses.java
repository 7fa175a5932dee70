package dev.margin.suggest;

import dev.margin.domain.Span;
import dev.margin.domain.SpeakerResolution;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reported speech named by its source rather than by a verb after a subject: "according to X, …" and "…, according to
 * X", the other languages' cues ("Selon la Commission, …", "Laut dem Statistischen Bundesamt …", "…, so Rehm"), and a
 * clause opened by "as" ("Wie ein Sprecher der Feuerwehr mitteilte, brach das Feuer …", "As the ministry said, …"),
 * German's postposed "Dem Ministerium zufolge …", and the subject of a causative that had someone speak for it ("ließ
 * … erklären", "a fait savoir"). Part of the {@link IndirectQuoteFinder}, which makes the quotes.
 */
final class SourceClauses {
    /** German articles of the genitive, which open the name of whose data a source gives ("der Polizei", "des Amts"). */
    private static final Set<String> GENITIVE_ARTICLES = Set.of("der", "des");

    /** Makes a quote of [from, end) with its speaker and cue, trimmed as every reported clause is, or null. */
    interface Maker {
        FoundQuote make(int from, int end, Speaker speaker, String cue, Span cueSpan);
    }

    /** The word opening such a clause per language: "Wie … mitteilte," (German), "As … said," (English). */
    private static final Map<String, String> AS_WORDS = Map.of("de", "Wie", "en", "As");
    private static final int MAX_AS_SOURCE_TOKENS = 8;

    /** Words a source may take before a postposed cue ("Den Angaben der Stadt zufolge"). */
    private static final int MAX_POSTPOSED_SOURCE = 5;
    /** The prepositions after "hieß es" that name the body a report came from ("bei Kornblume", "von der Landeswarnzentrale"). */
    private static final java.util.Set<String> FROM_BODY = java.util.Set.of("bei", "von", "vom");
    private final Lexicon lexicon;
    private final TextLayout layout;
    private final SpeakerFinder speakers;
    private final ReportedClauseBounds clause;
    private final Maker maker;
    private final KonjunktivContinuation subjunctive;
    private final DocumentAuthors documents;

    SourceClauses(Lexicon lexicon, TextLayout layout, SpeakerFinder speakers, ReportedClauseBounds clause, Maker maker,
                  KonjunktivContinuation subjunctive) {
        this.subjunctive = subjunctive;
        this.lexicon = lexicon;
        this.layout = layout;
        this.speakers = speakers;
        this.clause = clause;
        this.maker = maker;
        this.documents = new DocumentAuthors(lexicon, layout, speakers);
    }

    /**
     * "Wie ein Sprecher der Feuerwehr mitteilte, brach das Feuer im Dachgeschoss aus": the source stands between "wie"
     * and a verb of saying closing the subordinate clause, and what it said is the main clause after the comma.
     */
    FoundQuote asClause(List<Token> tokens, int end) {
        if (tokens.size() < 5 || !tokens.get(0).text().equals(AS_WORDS.get(lexicon.languageCode()))) {
            return null;
        }
        for (int k = 2; k < tokens.size() && k <= MAX_AS_SOURCE_TOKENS + 1; k++) {
            Token verb = tokens.get(k);
            if (layout.punctuationBefore(verb)) {
                return null;
            }
            if (!verb.isLowerCase() || lexicon.reportingVerb(verb.text()) == null) {
                continue;
            }
            int comma = clause.nextNonSpace(verb.end(), end);
            if (comma < 0 || layout.text.charAt(comma) != ',') {
                return null;
            }
            Speaker source = speakers.phraseAfter(tokens.get(0).end(), verb.start());
            return source == null ? null : maker.make(comma + 1, end, source, verb.text(), new Span(verb.start(), verb.end()));
        }
        return null;
    }

    FoundQuote accordingTo(Sentence sentence, List<Token> tokens, int k, int end) {
        Token according = tokens.get(k);
        Token to = tokens.get(k + 1);
        Span cue = new Span(according.start(), to.end());
        String text = layout.text;
        if (according.start() == sentence.start()) {
            int comma = text.indexOf(',', to.end());
            if (comma < 0 || comma >= end) {
                return null;
            }
            if (speakers.about().opensWithNamedReporter(comma + 1, end)) {
                return null; // "According to the complaint, Keel told the panel that …": Keel's own report, found as such
            }
            Speaker speaker = speakers.phraseAfter(to.end(), comma);
            return maker.make(comma + 1, end, speaker, "according to", cue);
        }
        int p = according.start();
        while (p > sentence.start() && text.charAt(p - 1) == ' ') {
            p--;
        }
        if (p > sentence.start() && text.charAt(p - 1) == ',') {
            Speaker speaker = documents.seenByAgency(to.end(), end)
                    ? documents.authorOfLeak(sentence, tokens, new Span(to.end() + 1, end)) : speakers.phraseAfter(to.end(), end);
            int comma = text.indexOf(", ", to.end());
            if ((speaker == null || !speaker.namesPerson()) && comma > 0 && comma < end) {
                // "…, according to the returning officer, county registrar Bríd Hanrahan.": the name after the role
                for (Token t : layout.tokensIn(comma + 2, end)) {
                    Speaker named = t.isCapitalised() ? speakers.namedAt(t, end) : null;
                    if (named != null && named.namesPerson()) {
                        speaker = named;
                        break;
                    }
                }
            }
            return maker.make(sentence.start(), p - 1, speaker, "according to", cue);
        }
        return null;
    }

    /**
     * "Selon la Commission, …", "Según su presidente, Andrés Molina, …", "Laut dem Statistischen Bundesamt rauchen …",
     * "Volgens haar kunnen …", and the cue after the clause ("…, selon X").
     */
    FoundQuote sourceCue(Sentence sentence, List<Token> tokens, int k, int cueWords, int end) {
        Token first = tokens.get(k);
        Token last = tokens.get(k + cueWords - 1);
        Span cue = new Span(first.start(), last.end());
        String cueText = layout.text.substring(first.start(), last.end());
        String text = layout.text;
        if (k == 0 || Furniture.skipLeadIn(text, sentence.start(), end) >= first.start()) {
            int comma = text.indexOf(',', last.end());
            Speaker speaker;
            int contentStart;
            if (comma > 0 && comma < end && layout.tokensIn(last.end(), comma).size() <= 6) {
                speaker = speakers.phraseAfter(last.end(), comma);
                contentStart = comma + 1;
                Speaker apposed = speakers.phraseAfter(last.end(), end);
                if (apposed != null && apposed.span() != null && apposed.span().start() > comma) {
                    // "Según su presidente, Andrés Molina, la subida …": the name in apposition speaks
                    speaker = apposed;
                    contentStart = text.indexOf(',', apposed.span().end()) + 1;
                }
            } else {
                // "Laut dem Statistischen Bundesamt rauchen …": the source is the named body or pronoun right after the cue
                speaker = sourceRightAfter(tokens, k + cueWords, end);
                if (speaker == null) {
                    return null;
                }
                contentStart = afterBracket(speaker.span().end());
            }
            return contentStart <= 0 ? null : maker.make(contentStart, end, speaker, cueText, cue);
        }
        int p = first.start();
        while (p > sentence.start() && text.charAt(p - 1) == ' ') {
            p--;
        }
        if (p > sentence.start() && text.charAt(p - 1) == ',') {
            return maker.make(sentence.start(), p - 1, speakers.phraseAfter(last.end(), end), cueText, cue);
        }
        int opening = Furniture.skipLeadIn(text, sentence.start(), end);
        if (!first.isLowerCase() || last.end() >= end || SourceInClause.breaksBefore(text, opening, first.start())) {
            return null; // ("…, der laut Brandtner „mehr Umsatz macht“": a cue in a relative clause cites for that clause alone)
        }
        // "Insgesamt sank die Zahl der Straftaten laut Landeskriminalamt um 1,8 Prozent": a cue inside the clause makes all
        // of it the source's, when the source is someone the article names ("laut Haushaltsentwurf" is no one)
        Speaker inside = sourceRightAfter(tokens, k + cueWords, end);
        return inside == null || inside.entity() == null ? null
                : maker.make(opening, end, inside, cueText, cue);
    }

    /** The named body or pronoun right after a source cue, or the source noun there ("des Instituts"), or null. */
    private Speaker sourceRightAfter(List<Token> tokens, int at, int end) {
        Token next = at < tokens.size() ? tokens.get(at) : null;
        Speaker named = next == null ? null : speakers.namedAt(next, end);
        if (named == null || named.span() == null) {
            named = sourceNoun(tokens, at, end);
        }
        if (named == null) {
            return null;
        }
        return named.entity() == null ? genitiveOwner(named, end) : named;
    }

    /**
     * "Laut den Daten der Deutschen Fußball Liga legte er …": the body whose data or figures the source words are, named
     * in the genitive after them; {@code source} itself when none is.
     */
    private Speaker genitiveOwner(Speaker source, int end) {
        int next = layout.firstTokenFrom(source.span().end());
        if (next + 1 >= layout.tokens.size() || !GENITIVE_ARTICLES.contains(layout.tokens.get(next).text())) {
            return source;
        }
        Speaker owner = speakers.namedAt(layout.tokens.get(next + 1), end);
        return owner != null && owner.entity() != null && owner.span() != null ? owner : source;
    }

    /** Where the words after a source start: past " (DFL)", an acronym in brackets after its name. */
    private int afterBracket(int from) {
        String text = layout.text;
        int close = text.startsWith(" (", from) ? text.indexOf(')', from) : -1;
        return close > 0 && close - from < 14 ? close + 1 : from;
    }

    /**
     * "Laut Polizei blieb die Lage ruhig", "Laut der Polizei …", "Laut Verdi streiken …": without a comma, the source is
     * the noun right after the cue (after an article), when the sentence's verb follows it; no actor need stand for it.
     */
    private Speaker sourceNoun(List<Token> tokens, int from, int end) {
        int j = from;
        if (j < tokens.size() && lexicon.language().determiners.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
            j++;
        }
        if (j + 1 >= tokens.size() || tokens.get(j + 1).start() >= end || !tokens.get(j).isCapitalised()
                || !tokens.get(j + 1).isLowerCase() || !layout.onlySpacesBetween(tokens.get(j).end(), tokens.get(j + 1).start())) {
            return null;
        }
        Token noun = tokens.get(j);
        Speaker described = speakers.phraseAfter(tokens.get(from).start(), noun.end());
        if (described != null && described.span() != null) {
            return described;
        }
        Span span = new Span(tokens.get(from).start(), noun.end());
        return speakers.namedBody(new Speaker(layout.text.substring(span.start(), span.end()), span, SpeakerResolution.EXPLICIT, null));
    }

    /**
     * "In dem 94 Seiten langen Urteil heißt es, der Abgleich … erzeuge …": what a document says, given to whoever issued
     * it ({@link DocumentIssuers}); null when the sentence is no such report or nobody named issued the document.
     */
    FoundQuote fromDocument(List<Token> tokens, int end) {
        boolean pointingBack = DocumentIssuers.POINTING_BACK.contains(tokens.get(0).text().toLowerCase(java.util.Locale.ROOT));
        for (int k = pointingBack ? 1 : 2; k + 1 < tokens.size() && k < 10; k++) {
            Token verb = tokens.get(k);
            if (lexicon.language().impersonalReports.contains(verb.text()) && tokens.get(k + 1).text().equals("es")) {
                // ("Er liegt ZEIT ONLINE vor. Darin heißt es, …": the document named last before)
                Speaker issuer = pointingBack ? speakers.documents().issuerOfDocumentBefore(tokens.get(0).start())
                        : speakers.documents().issuerOfDocumentIn(tokens.subList(1, k));
                int from = tokens.get(k + 1).end();
                while (from < end && (layout.text.charAt(from) == ',' || layout.text.charAt(from) == ' ')) {
                    from++;
                }
                return issuer == null ? null : maker.make(from, end, issuer, verb.text(), new Span(verb.start(), verb.end()));
            }
        }
        return null;
    }

    /**
     * "…, hieß es aus Regierungskreisen", "Aus Teilnehmerkreisen verlautete, …", "Es hieß, …": German reports whose
     * source is nobody named, only the circles it came from (or nothing at all). The speaker is unnamed; the words after
     * "aus" say where from. ("In seinem Lagebericht hieß es" names a document, and is left to the other rules.)
     */
    FoundQuote impersonal(Sentence sentence, List<Token> tokens, int end) {
        if (!lexicon.languageCode().equals("de")) {
            return null;
        }
        for (int k = 0; k < tokens.size(); k++) {
            Token verb = tokens.get(k);
            boolean es = k + 1 < tokens.size() && tokens.get(k + 1).text().equals("es") || k > 0 && tokens.get(k - 1).text().equalsIgnoreCase("es");
            if (!lexicon.language().impersonalReports.contains(verb.text()) || verb.text().startsWith("h") && !es) {
                continue;
            }
            int before = clause.previousNonSpace(verb.start(), sentence.start());
            boolean trailing = before >= 0 && layout.text.charAt(before) == ',';
            boolean within = !trailing && insideBody(tokens, k);
            Span from = within ? new Span(tokens.get(0).start(), tokens.get(k - 1).end()) : where(tokens, k, trailing);
            int afterEs = k + (es && k + 1 < tokens.size() && tokens.get(k + 1).text().equals("es") ? 2 : 1);
            if (trailing && from == null && afterEs < tokens.size()) {
                // "…, hieß es bei Kornblume", "…, hieß es von der Landeswarnzentrale": the body after "bei" or "von" speaks; "…, hieß es darin": the one whose statement the
                // sentence before named
                String next = tokens.get(afterEs).text();
                // ("…, heißt es in dem Bericht": whoever issued the report)
                Speaker at = FROM_BODY.contains(next) ? speakers.phraseAfter(tokens.get(afterEs).end(), end)
                        : DocumentIssuers.POINTING_BACK.contains(next) ? speakers.pointedBackTo(sentence.start())
                        : speakers.documents().afterImpersonalVerb(tokens, k);
                return at == null ? null : maker.make(sentence.start(), before, at, verb.text(), new Span(verb.start(), verb.end()));
            }
            Span said = from != null ? from : new Span(verb.start(), tokens.get(Math.min(afterEs, tokens.size()) - 1).end());
            Speaker nobody = Speaker.unnamed(layout, said);
            // ("Aus dem Finanzministerium hieß es": people in the ministry, unnamed, not the ministry speaking as a body)
            Span cue = new Span(verb.start(), verb.end());
            if (trailing) {
                return maker.make(sentence.start(), before, nobody, verb.text(), cue);
            }
            boolean fronted = within || tokens.get(0).text().equals("Aus") || tokens.get(0).text().equals("Es") || tokens.get(0).text().equals("Wie");
            int comma = layout.text.indexOf(',', verb.end());
            if (!fronted || comma < 0 || comma >= end || layout.tokensIn(verb.end(), comma).size() > 5) {
                return null;
            }
            return maker.make(comma + 1, end, nobody, verb.text(), cue);
        }
        return null;
    }

    /**
     * "In der Unionsfraktion hieß es", "Im Kanzleramt hieß es": the words before the verb open with "in" and name where
     * people said it, not a document ("In seinem Lagebericht hieß es" is the report's, left to the other rules).
     */
    private boolean insideBody(List<Token> tokens, int verb) {
        String opening = tokens.get(0).text();
        if (verb < 2 || verb > 5 || !opening.equals("In") && !opening.equals("Im")) {
            return false;
        }
        for (Token word : tokens.subList(1, verb)) {
            String lower = word.text().toLowerCase(java.util.Locale.ROOT);
            if (word.isNumber() || lexicon.language().documents.stream().anyMatch(lower::endsWith)) {
                return false;
            }
        }
        return tokens.get(verb - 1).isCapitalised();
    }

    /** "aus Regierungskreisen", "aus der Fraktion": the words from "aus" on, after the verb when it trails, else before it. */
    private Span where(List<Token> tokens, int k, boolean trailing) {
        int from = trailing ? k + 1 : 0;
        int to = trailing ? tokens.size() : k;
        for (int j = from; j < to; j++) {
            if (tokens.get(j).text().equalsIgnoreCase("aus")) {
                // fronted, the whole phrase before the verb ("Aus dem Büro des zuständigen Landesrats hieß es")
                int last = Math.min(to, j + 8) - 1; // ("hieß es aus der CSU-Landesgruppe im Bundestag", whole)
                while (last > j && layout.punctuationBefore(tokens.get(last))) {
                    last--;
                }
                return new Span(tokens.get(j).start(), tokens.get(last).end());
            }
        }
        return null;
    }

    /** What the sentence's opening words attribute: "Dem Ministerium zufolge …", "Ortsbrandmeister Jörg Meinecke (48): …". */
    FoundQuote opening(Sentence sentence, List<Token> tokens, int end) {
        FoundQuote postposed = postposedCue(tokens, end);
        return postposed != null ? postposed : namedBeforeColon(sentence, end);
    }

    /**
     * "Ortsbrandmeister Jörg Meinecke (48): Die Feuerwehr brauche …": tabloid copy puts the person, with a title and an
     * age in brackets, before a colon and reports their words after it in Konjunktiv I, with no verb of saying.
     */
    private FoundQuote namedBeforeColon(Sentence sentence, int end) {
        int colon = layout.text.indexOf(':', sentence.start());
        if (!lexicon.languageCode().equals("de") || colon < 0 || colon >= end) {
            return null;
        }
        String intro = layout.text.substring(sentence.start(), colon).replaceFirst("\\s*\\([^()]{1,20}\\)$", "");
        Speaker person = speakers.personNamedIn(sentence.start(), colon);
        List<Token> before = person == null ? List.of() : layout.tokensIn(sentence.start(), person.span().start());
        if (person == null || person.span().end() != sentence.start() + intro.length() || before.size() > 2
                || !before.stream().allMatch(Token::isCapitalised)) {
            return null;
        }
        return subjunctive.readsAsReported(layout.tokensIn(colon, end)) ? maker.make(colon + 1, end, person, null, null) : null;
    }

    /** "Dem Verkehrsministerium zufolge fallen …": German's "according to" after its source, opening the sentence. */
    private FoundQuote postposedCue(List<Token> tokens, int end) {
        if (!lexicon.languageCode().equals("de")) {
            return null;
        }
        for (int k = 1; k < Math.min(tokens.size(), MAX_POSTPOSED_SOURCE + 1); k++) {
            Token cue = tokens.get(k);
            if (cue.text().equals("zufolge")) {
                Speaker speaker = speakers.phraseAfter(tokens.get(0).start(), tokens.get(k - 1).end());
                if (speaker == null) {
                    speaker = documents.madeBy(tokens.subList(0, k));
                }
                return speaker == null ? null : maker.make(cue.end(), end, speaker, cue.text(), new Span(cue.start(), cue.end()));
            }
        }
        return null;
    }

    /**
     * "Minister Philippi ließ über einen Sprecher erklären, man werde …", "Le ministère a fait savoir que …": the subject
     * of the causative before the infinitive at {@code k} speaks, through whoever it had speak for it. Null when no
     * causative stands in the clause before the infinitive ("will erklären, warum …" reports nothing yet) or it names nobody.
     */
    Speaker whoHadItSaid(Sentence sentence, List<Token> tokens, int k) {
        Token causative = causativeBefore(tokens, k);
        if (causative == null && k + 1 < tokens.size() && lexicon.language().causatives.contains(tokens.get(k + 1).text())) {
            // "Der Vizekanzler hatte schon vor dem Treffen wissen lassen, dass …": in the perfect the causative follows as
            // an infinitive, and the subject stands before the auxiliary
            return speakers.clauses().beforeAuxiliary(tokens, k, sentence.start(), null);
        }
        if (causative == null) {
            return null;
        }
        if (layout.punctuationBefore(causative)) {
            // "…, ließ er in einer Aussendung wissen": after the clause it closes, the subject follows the causative
            return speakers.phraseAfter(causative.end(), tokens.get(k).start());
        }
        Speaker subject = speakers.subjectBefore(causative.start(), sentence.start());
        // "Am Dienstag ließ das Ministerium mitteilen, …": the subject after the causative
        return subject != null ? subject : speakers.phraseAfter(causative.end(), tokens.get(k).start());
    }

    /** "Seine Gedanken seien bei den Angehörigen, ließ er in einer Aussendung wissen.": the clause before the causative. */
    FoundQuote closingCausative(Sentence sentence, List<Token> tokens, int k, Speaker causer) {
        Token causative = causativeBefore(tokens, k);
        int comma = clause.previousNonSpace(causative.start(), sentence.start());
        if (comma < 0 || layout.text.charAt(comma) != ',') {
            return null;
        }
        Token verb = tokens.get(k);
        return maker.make(sentence.start(), comma, causer, verb.text(), new Span(verb.start(), verb.end()));
    }

    /** The causative ("ließ", "a fait") in the clause before the infinitive at {@code k}, or null. */
    Token causativeBefore(List<Token> tokens, int k) {
        for (int j = k - 1; j >= 0 && j >= k - 8 && !layout.punctuationBefore(tokens.get(j + 1)); j--) {
            if (lexicon.language().causatives.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
                return tokens.get(j);
            }
        }
        return null;
    }
}
