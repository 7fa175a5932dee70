package dev.margin.suggest;

import dev.margin.domain.SpeakerResolution;
import dev.margin.domain.Span;

import java.util.List;

/**
 * A second report in the sentence of a first, for the {@link IndirectQuoteFinder}: the same speaker's ("…, but conceded
 * that …", "…, though he acknowledged that …") or someone named after "and" ("He said he would vote against her, and
 * Ocampo said she was leaning the same way").
 */
final class SecondReports {
    /** Words between the conjunction and the verb that a named subject may take ("and Ocampo later said"). */
    private static final int MAX_SUBJECT_TOKENS = 4;

    private final Lexicon lexicon;
    private final TextLayout layout;
    private final ReportedClauseBounds clause;
    private final SpeakerFinder speakers;
    private final KonjunktivContinuation subjunctive;

    SecondReports(Lexicon lexicon, TextLayout layout, ReportedClauseBounds clause, SpeakerFinder speakers, KonjunktivContinuation subjunctive) {
        this.subjunctive = subjunctive;
        this.lexicon = lexicon;
        this.layout = layout;
        this.clause = clause;
        this.speakers = speakers;
    }

    /** The second report after {@code first} in {@code sentence}, or null. */
    FoundQuote after(Sentence sentence, FoundQuote first) {
        int end = clause.contentEnd(sentence);
        Token verb = first.speaker() == null ? null : clause.secondReportVerb(first.end(), end);
        if (verb != null) {
            int that = clause.thatAfter(verb, end);
            return clause.make(that, end, namedAgain(first.speaker()), verb.text(), new Span(verb.start(), verb.end()));
        }
        FoundQuote named = namedAfterConjunction(first.end(), end);
        named = named != null ? named : andThat(first, end);
        return named != null ? named : afterSemicolon(first, end);
    }

    /** "said a truce was “not on the agenda” and that a breakthrough was unlikely": the second "that" clause, same speaker. */
    private FoundQuote andThat(FoundQuote first, int end) {
        List<Token> words = layout.tokensIn(first.end(), end);
        if (first.speaker() == null || words.size() < 4 || !ReportedClauseBounds.joinsClauses(words.get(0))
                || !words.get(1).text().equals("that") && !lexicon.language().complementizers.contains(words.get(1).text())) {
            return null;
        }
        return clause.make(words.get(1).end(), end, first.speaker(), first.cue(), first.cueSpan());
    }

    /**
     * "Der Konzern erwarte nun …, sagte sie; die Ebit-Marge werde am unteren Ende der Spanne liegen.": after the
     * attribution, a semicolon and a clause in Konjunktiv I go on with the same speaker's words.
     */
    private FoundQuote afterSemicolon(FoundQuote first, int end) {
        if (first.speaker() == null || first.cueSpan() == null || first.cueSpan().start() < first.end()) {
            return null;
        }
        // ("Die Koalition halte Wort, sagte er, sie sichere das Ticket ab": a comma after a short attribution does too)
        int semicolon = layout.text.indexOf(';', first.end());
        int comma = layout.text.indexOf(',', first.cueSpan().end());
        if (comma >= 0 && comma < end && (semicolon < 0 || comma < semicolon) && layout.tokensIn(first.cueSpan().end(), comma).size() <= 3) {
            semicolon = comma;
        }
        if (semicolon < 0 || semicolon >= end || !subjunctive.readsAsReported(layout.tokensIn(semicolon + 1, end))) {
            return null;
        }
        return clause.make(semicolon + 1, end, namedAgain(first.speaker()), null, null);
    }

    /** The first report's speaker, meant again without being named again (an unnamed source stays one). */
    private static Speaker namedAgain(Speaker speaker) {
        return new Speaker(speaker.name(), null, speaker.resolution() == SpeakerResolution.ANONYMOUS
                ? SpeakerResolution.ANONYMOUS : SpeakerResolution.PRONOUN, speaker.entity());
    }

    /** "…, and Ocampo said she was leaning the same way": a named subject and a verb of saying after "and" or "but". */
    private FoundQuote namedAfterConjunction(int from, int end) {
        List<Token> words = layout.tokensIn(from, end);
        if (words.size() < 4 || !ReportedClauseBounds.joinsClauses(words.get(0)) || !words.get(1).isCapitalised()) {
            return null;
        }
        Speaker subject = speakers.namedAt(words.get(1), end);
        if (subject == null || subject.entity() == null || subject.span() == null) {
            return null;
        }
        for (int k = 2; k < words.size() && k <= 1 + MAX_SUBJECT_TOKENS; k++) {
            Token verb = words.get(k);
            if (verb.start() < subject.span().end()) {
                continue;
            }
            if (!verb.isLowerCase() || lexicon.reportingVerb(verb.text()) == null) {
                return null;
            }
            int that = clause.thatAfter(verb, end);
            return clause.make(that >= 0 ? that : verb.end(), end, subject, verb.text(), new Span(verb.start(), verb.end()));
        }
        return null;
    }
}
