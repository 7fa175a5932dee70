package dev.margin.suggest;

import java.util.List;

/**
 * The subject of a verb of saying that is not simply the words before it, for {@link DirectQuoteFinder}: a participle
 * set off by a comma, a participle after "with", a German participle after its auxiliary.
 */
final class ParticipleSubjects {
    private final TextLayout layout;
    private final LanguageProfile language;
    private final SpeakerFinder speakers;

    ParticipleSubjects(TextLayout layout, LanguageProfile language, SpeakerFinder speakers) {
        this.layout = layout;
        this.language = language;
        this.speakers = speakers;
    }

    /**
     * "Gov. Helen Marsh on Friday vetoed the budget passed by the Kansas Legislature, calling its cuts “…”": a participle
     * at {@code k} set off by a comma goes with the person {@code quote}'s sentence opens with (not an owner: "Bell's
     * campaign manager, Devin Saltzman, …, calling the poll “…”"). Null otherwise.
     */
    Speaker openerOfSetOff(List<Token> tokens, int k, QuotedSpan quote) {
        if (k == 0 || !layout.text.startsWith(",", tokens.get(k - 1).end())) {
            return null;
        }
        Speaker opener = speakers.about().opening(layout.sentenceAt(quote.open()));
        boolean owner = opener != null && layout.possessiveAt(opener.span().end());
        return owner ? null : opener;
    }

    /** The subject between "with" and the participle at {@code k} ("with Sen. Maren Holloway accusing"), or null. */
    Speaker afterWith(List<Token> tokens, int k) {
        for (int j = k - 1; j >= 0 && j >= k - 6; j--) {
            if (tokens.get(j).text().equals("with")) {
                Speaker subject = speakers.phraseAfter(tokens.get(j).end(), tokens.get(k).start());
                return subject != null && subject.entity() != null ? subject : null;
            }
        }
        return null;
    }

    /**
     * "In seinem letzten Wort hatte Oltmanns nur einen Satz gesagt: „…“": German puts the subject after the finite
     * auxiliary when something else opens the sentence; the person named right after it speaks.
     */
    Speaker germanAfterAuxiliary(List<Token> tokens, int participle) {
        for (int j = 0; j + 1 < participle; j++) {
            if (tokens.get(j).isLowerCase() && language.auxiliaries.contains(tokens.get(j).text())) {
                Speaker named = speakers.namedAt(tokens.get(j + 1), tokens.get(participle).start());
                return named != null && named.namesPerson() ? named : null;
            }
        }
        return null;
    }
}
