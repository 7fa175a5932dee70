package dev.margin.suggest;

import java.util.List;

/**
 * Subjects the shape of a clause gives away: the subject of a German participle stands before the auxiliary earlier in
 * the clause, and a verb after "and" shares the subject of the verb of saying before it.
 */
final class ClauseSubjects {
    private final Lexicon lexicon;
    private final TextLayout layout;
    private final SpeakerFinder speakers;
    private final PosTags pos;

    ClauseSubjects(Lexicon lexicon, TextLayout layout, SpeakerFinder speakers, PosTags pos) {
        this.lexicon = lexicon;
        this.layout = layout;
        this.speakers = speakers;
        this.pos = pos;
    }

    /**
     * "Landrat Gerd Uhlemann (CDU) hatte bereits im Januar erklärt, …": German puts the participle at the end, so the
     * subject stands before the auxiliary earlier in the clause; {@code otherwise} when none names anyone.
     */
    Speaker beforeAuxiliary(List<Token> tokens, int participle, int regionStart, Speaker otherwise) {
        for (int j = 1; j < participle; j++) {
            if (tokens.get(j).isLowerCase() && lexicon.language().auxiliaries.contains(tokens.get(j).text())) {
                Speaker subject = speakers.subjectBefore(tokens.get(j).start(), regionStart);
                Speaker inverted = subject == null || subject.entity() == null ? invertedAfter(tokens, j, participle) : null;
                if (inverted != null) {
                    return inverted;
                }
                // (a subject naming no one still beats words read across the auxiliary: "Die Prüfer" over "Die Prüfer
                // hatten bereits im Frühjahr")
                return subject != null && (subject.entity() != null || otherwise == null || otherwise.entity() == null) ? subject : otherwise;
            }
        }
        return otherwise;
    }

    /**
     * "Die Bundesärztekammer hatte das … als „…“ kritisiert.": a participle right after the quote that closes the sentence
     * has its subject before the auxiliary, ahead of the quote; null when that names nobody.
     */
    Speaker ofClosingParticiple(QuotedSpan quote, Token participle) {
        Sentence sentence = layout.sentenceAt(quote.open());
        if (sentence == null || !layout.text.startsWith(".", participle.end())) {
            return null;
        }
        List<Token> clause = layout.tokensIn(sentence.start(), participle.end()); // (it ends with the participle)
        Speaker subject = beforeAuxiliary(clause, clause.size() - 1, sentence.start(), null);
        return subject != null && subject.entity() != null ? subject : null;
    }

    /**
     * "Bereits am Wochenende hatte Kersting der „Mitteldeutschen Zeitung“ gesagt, …": after an opening adverbial the
     * subject follows the auxiliary at {@code auxiliary}; the actor named there, or null when the sentence opens with
     * anything else (then the word after the auxiliary may be an object: "Ein Sprecher hatte Kersting gesagt").
     */
    private Speaker invertedAfter(List<Token> tokens, int auxiliary, int participle) {
        Token opening = tokens.get(0);
        String lower = opening.text().toLowerCase(java.util.Locale.ROOT);
        // (the German list of prepositions holds the genitive articles too: "Der Anrufer habe ihr erklärt" opens with its subject)
        boolean adverbial = lexicon.language().prepositions.contains(lower) && !lexicon.language().determiners.contains(lower)
                || "ADV".equals(pos.tagOf(opening));
        if (!adverbial || auxiliary + 1 >= participle) {
            return null;
        }
        Speaker named = speakers.namedAt(tokens.get(auxiliary + 1), tokens.get(participle).start());
        return named != null && named.entity() != null ? named : null;
    }

    /**
     * "she said the analysis showed “minimal” effects and accused reporters of …": the verb of saying before the
     * coordinator at token {@code index}, in the sentence of {@code verbStart}, whose subject the later verb shares; null
     * when there is none.
     */
    /** "to the state Senate": a verb's form after an article or an adjective's place, which the tagger reads as a noun. */
    private boolean readAsNoun(int k) {
        String before = k > 0 ? layout.tokens.get(k - 1).text().toLowerCase(java.util.Locale.ROOT) : "";
        return lexicon.language().determiners.contains(before) && pos.isNounOrAdjective(layout.tokens.get(k));
    }

    Token earlierReportingVerb(int index, int verbStart) {
        Sentence sentence = layout.sentenceAt(verbStart);
        for (int k = index - 1; sentence != null && k >= 0 && layout.tokens.get(k).start() >= sentence.start(); k--) {
            Token t = layout.tokens.get(k);
            if (t.isLowerCase() && layout.quoteAt(t.start()) == null && lexicon.reportingVerb(t.text()) != null && !readAsNoun(k)) {
                return t;
            }
        }
        return null;
    }
}
