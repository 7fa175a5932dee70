package dev.margin.suggest;

import dev.margin.domain.Span;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A German source named inside the clause it vouches for: "sank laut Verdi um 1,8 Prozent", "Die Feuerwehr hatte nach
 * eigenen Angaben 23 Menschen gerettet". The whole sentence is then the source's report, a fact given a source rather
 * than speech that runs on into the next sentence's Konjunktiv. Part of the {@link IndirectQuoteFinder}.
 */
final class SourceInClause {
    /** Punctuation that opens another clause or an aside before a cue: the cue is then not the whole sentence's. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:–—(]");

    private final TextLayout layout;
    private final SpeakerFinder speakers;
    private final SourceClauses.Maker maker;

    SourceInClause(TextLayout layout, SpeakerFinder speakers, SourceClauses.Maker maker) {
        this.layout = layout;
        this.speakers = speakers;
        this.maker = maker;
    }

    /** Whether a comma, colon, dash or bracket between {@code from} and {@code cue} puts the cue in another clause or an aside. */
    static boolean breaksBefore(String text, int from, int cue) {
        return CLAUSE_BREAK.matcher(text.substring(from, cue)).find();
    }

    /** "nach eigenen Angaben", "nach eigenem Bekunden": the subject's own account. */
    private static final Set<String> OWN = Set.of("eigenen", "eigenem", "eigener");
    /** "nach seinen Worten", "nach ihren Angaben": the possessive's pronoun. */
    private static final java.util.Map<String, String> POSSESSIVES = java.util.Map.of("seinen", "er", "ihren", "sie");
    private static final Set<String> ACCOUNTS = Set.of("Angaben", "Bekunden", "Aussage", "Darstellung", "Worten", "Auskunft");

    /**
     * "Die Feuerwehr hatte nach eigenen Angaben 23 Menschen gerettet": the sentence is its subject's own account, the
     * subject being the words before the verb; null when the sentence has no such cue, or has it in a relative clause.
     */
    FoundQuote ownAccount(Sentence sentence, List<Token> tokens, int end) {
        for (int k = 2; k + 2 < tokens.size(); k++) {
            String owner = POSSESSIVES.get(tokens.get(k + 1).text());
            if (!tokens.get(k).text().equals("nach") || !OWN.contains(tokens.get(k + 1).text()) && owner == null
                    || !ACCOUNTS.contains(tokens.get(k + 2).text())) {
                continue;
            }
            int opening = Furniture.skipLeadIn(layout.text, sentence.start(), end);
            int verb = 1;
            while (verb < k && !tokens.get(verb).isLowerCase()) {
                verb++;
            }
            if (verb >= k || breaksBefore(layout.text, opening, tokens.get(k).start())) {
                return null;
            }
            // ("Ein Urteil könnte nach ihren Worten Ende des Monats fallen": whose words the possessive says)
            Speaker subject = owner != null ? speakers.pronounFor(tokens.get(k + 1), owner)
                    : speakers.phraseAfter(tokens.get(0).start(), tokens.get(verb).start());
            Span cue = new Span(tokens.get(k).start(), tokens.get(k + 2).end());
            return subject == null || subject.span() == null || subject.name() == null ? null
                    : maker.make(opening, end, subject, layout.text.substring(cue.start(), cue.end()), cue);
        }
        return null;
    }

    /** Whether {@code quote} is a clause with its source cue inside it ("sank laut Landeskriminalamt um …"): a fact given a source, no speech that runs on. */
    static boolean citesInside(FoundQuote quote) {
        return quote.cueSpan() != null && quote.start() < quote.cueSpan().start() && quote.cueSpan().end() < quote.end();
    }

    /** The last report found that is someone's speech, not a fact with its source cited inside it; null if none. */
    static FoundQuote lastSpeech(List<FoundQuote> found) {
        for (int k = found.size() - 1; k >= 0; k--) {
            if (!citesInside(found.get(k))) {
                return found.get(k);
            }
        }
        return null;
    }

    /**
     * The quote a sentence after {@code direct[0..index)} and {@code reported} most likely goes on with: of the last
     * direct quote with a speaker ("«…», sagte Rohner. Die Initiative hätte … «leere Busse …» geschickt." leaves the
     * unattributed words in marks out) and the last report of speech, the one that ends later; null if neither.
     */
    static FoundQuote recentSpeech(List<FoundQuote> direct, int index, List<FoundQuote> reported) {
        FoundQuote quoted = null;
        for (int k = index - 1; k >= 0 && quoted == null; k--) {
            quoted = direct.get(k).speaker() != null ? direct.get(k) : null;
        }
        FoundQuote speech = lastSpeech(reported);
        speech = speech == null || speech.speaker() == null ? null : speech;
        return quoted == null ? speech : speech == null || quoted.end() > speech.end() ? quoted : speech;
    }
}
