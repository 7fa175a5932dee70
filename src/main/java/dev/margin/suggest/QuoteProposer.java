package dev.margin.suggest;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorType;
import dev.margin.domain.QuoteType;
import dev.margin.domain.SpeakerResolution;
import dev.margin.domain.Span;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Proposes the type, speaker and cue of words the user marks as a quote (the Q dialog), with the engine that
 * makes quote suggestions: the quote the rules found over the selection gives its speaker and cue, so the
 * dialog and Suggest never disagree. Words the rules found no quote in (a sentence without a direct quote,
 * a fragment) take the reporting verb nearest to them in their paragraph, after them first ("…,” Oduya said")
 * then before them ("Achterberg said the …"), and its subject or object as the speaker.
 *
 * <p>Pure and thread-safe, as the {@link Suggester}; it reads the whole article, 10-40 ms for a long one. Called on
 * the FX thread, it never loads a part-of-speech model: it uses one a suggestion task has loaded, else the rules alone.
 */
public final class QuoteProposer {
    /** How far from the selection, in characters, a reporting verb still introduces it. */
    private static final int CUE_WINDOW = 160;

    private final Lexicon lexicon;

    public QuoteProposer(Lexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /** The proposal for the quote {@code [start, end)} of {@code text}, matching speakers to {@code knownActors}. */
    public QuoteProposal propose(String text, int start, int end, List<Actor> knownActors) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(knownActors, "knownActors");
        if (start < 0 || end > text.length() || start >= end) {
            throw new IllegalArgumentException("bad quote span [" + start + ", " + end + ") in a text of " + text.length());
        }
        ArticleReading reading = ArticleReading.of(lexicon, text, knownActors);
        QuoteType type = QuoteMarks.typeOf(reading.layout, reading.direct, start, end);
        FoundQuote found = mostOverlapping(reading, start, end);
        if (found != null && found.speaker() != null) {
            return proposal(text, found.speaker(), found.cue(), found.cueSpan(), type);
        }
        QuoteProposal nearby = new NearbyCue(reading).around(start, end, type);
        return nearby != null ? nearby : QuoteProposal.none(type);
    }

    /** The quote found over most of the selection, a direct one before a reported one of equal overlap; null when none. */
    private static FoundQuote mostOverlapping(ArticleReading reading, int start, int end) {
        FoundQuote best = null;
        int bestOverlap = 0;
        for (List<FoundQuote> quotes : List.of(reading.direct, reading.indirect)) {
            for (FoundQuote quote : quotes) {
                int overlap = Math.min(end, quote.end()) - Math.max(start, quote.start());
                if (overlap > bestOverlap) {
                    best = quote;
                    bestOverlap = overlap;
                }
            }
        }
        return best;
    }

    /**
     * The proposal for a speaker the rules read. An unresolved pronoun names no one; an unnamed source
     * ("a senior official") is no actor either, but keeps where it stands and how it was identified.
     */
    private static QuoteProposal proposal(String text, Speaker speaker, String cue, Span cueSpan, QuoteType type) {
        String cueWords = cueSpan == null ? cue : text.substring(cueSpan.start(), cueSpan.end());
        ActorEntity entity = speaker.entity();
        boolean noActor = speaker.resolution() == SpeakerResolution.ANONYMOUS
                || speaker.resolution() == SpeakerResolution.PRONOUN && entity == null;
        String name = noActor ? "" : speaker.name();
        ActorType speakerType = entity != null ? entity.type : ActorType.PERSON;
        if (entity == null && !noActor && Character.isLowerCase(name.codePointAt(0))) {
            // "the ministry said": an institution no actor stands for yet
            speakerType = ActorType.ORGANISATION;
        }
        return new QuoteProposal(name, speaker.span(), cueWords, cueSpan, speaker.resolution(), type,
                entity == null ? null : entity.knownActorId, speakerType);
    }

    /** The reporting verb nearest to a selection in its paragraph, and the speaker it names. */
    private final class NearbyCue {
        private final ArticleReading reading;
        private final TextLayout layout;

        NearbyCue(ArticleReading reading) {
            this.reading = reading;
            this.layout = reading.layout;
        }

        QuoteProposal around(int start, int end, QuoteType type) {
            String text = layout.text;
            int paragraphStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
            int paragraphEnd = text.indexOf('\n', end);
            paragraphEnd = paragraphEnd < 0 ? text.length() : paragraphEnd;
            List<Token> after = layout.tokensIn(end, Math.min(paragraphEnd, end + CUE_WINDOW));
            for (int k = 0; k < after.size(); k++) {
                if (isCue(after, k)) {
                    return attribution(after, k, end, paragraphEnd, type);
                }
            }
            List<Token> before = layout.tokensIn(Math.max(paragraphStart, start - CUE_WINDOW), start);
            for (int k = before.size() - 1; k >= 0; k--) {
                if (isCue(before, k)) {
                    return attribution(before, k, paragraphStart, start, type);
                }
            }
            return null;
        }

        private boolean isCue(List<Token> tokens, int k) {
            Token t = tokens.get(k);
            if (isAccordingTo(tokens, k)) {
                return true;
            }
            return t.isLowerCase() && lexicon.reportingVerb(t.text().toLowerCase(Locale.ROOT)) != null;
        }

        private boolean isAccordingTo(List<Token> tokens, int k) {
            return k + 1 < tokens.size() && tokens.get(k).text().equalsIgnoreCase("according")
                    && tokens.get(k + 1).text().equals("to");
        }

        /** The speaker of the cue at {@code tokens[k]}: its subject within the region, else the phrase after it. */
        private QuoteProposal attribution(List<Token> tokens, int k, int regionStart, int regionEnd, QuoteType type) {
            Token cue = tokens.get(k);
            Span cueSpan = new Span(cue.start(), cue.end());
            Speaker speaker;
            if (isAccordingTo(tokens, k)) {
                Token to = tokens.get(k + 1);
                cueSpan = new Span(cue.start(), to.end());
                speaker = reading.speakers.phraseAfter(to.end(), regionEnd);
            } else {
                speaker = reading.speakers.subjectBefore(cue.start(), regionStart);
                if (speaker == null) {
                    speaker = reading.speakers.phraseAfter(cue.end(), regionEnd);
                }
            }
            String cueWords = layout.text.substring(cueSpan.start(), cueSpan.end());
            if (speaker == null) {
                return new QuoteProposal("", null, cueWords, cueSpan, SpeakerResolution.UNATTRIBUTED, type, null, null);
            }
            return proposal(layout.text, speaker, cueWords, cueSpan, type);
        }
    }
}
