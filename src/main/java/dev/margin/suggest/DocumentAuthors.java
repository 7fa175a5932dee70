package dev.margin.suggest;

import dev.margin.domain.ActorType;
import dev.margin.domain.Span;
import dev.margin.domain.SpeakerResolution;

import java.util.List;
import java.util.Locale;

/**
 * Who wrote a document that a report rests on, for the {@link SourceClauses}: the maker named after a study or survey
 * ("Einer Studie von Greenpeace zufolge"), and the author of a document a news agency saw ("according to a draft seen
 * by Reuters"), where the agency itself is no source.
 */
final class DocumentAuthors {
    /** "according to a draft seen by Reuters": a news agency that saw a document is not its source. */
    private static final java.util.regex.Pattern SEEN_BY = java.util.regex.Pattern.compile(
            "\\s*(a|an|the)\\s+(\\S+\\s+){0,3}(" + String.join("|", DocumentIssuers.SEEN_PARTICIPLES) + ")\\s+by\\b");

    private final Lexicon lexicon;
    private final TextLayout layout;
    private final SpeakerFinder speakers;

    DocumentAuthors(Lexicon lexicon, TextLayout layout, SpeakerFinder speakers) {
        this.lexicon = lexicon;
        this.layout = layout;
        this.speakers = speakers;
    }

    /** Whether the words from {@code from} to {@code end} open with a document an agency saw. */
    boolean seenByAgency(int from, int end) {
        return SEEN_BY.matcher(layout.text.substring(from, end)).lookingAt();
    }

    /**
     * "The European Commission plans to impose duties …, according to a draft seen by Reuters": a body opening the
     * sentence wrote the document the agency saw; otherwise the document is an unnamed source.
     */
    Speaker authorOfLeak(Sentence sentence, List<Token> tokens, Span document) {
        Token opening = tokens.size() > 1 && tokens.get(0).text().equals("The") ? tokens.get(1) : tokens.get(0);
        Speaker body = opening.isCapitalised() ? speakers.namedAt(opening, sentence.end()) : null;
        if (body != null && body.entity() != null && body.entity().type == ActorType.ORGANISATION) {
            return new Speaker(body.name(), body.span(), SpeakerResolution.PRONOUN, body.entity());
        }
        java.util.regex.Matcher seen = SEEN_BY.matcher(layout.text.substring(document.start(), document.end()));
        int wordsEnd = seen.lookingAt() ? document.start() + seen.start(3) : document.end();
        Span words = new Span(document.start(), layout.skipSpacesLeft(wordsEnd, document.start()));
        return Speaker.unnamed(layout, words);
    }

    /**
     * "Einer Umfrage des Meinungsforschungsinstituts Insa für die „Bild am Sonntag“ zufolge …": a document's maker, named
     * in the genitive or after "von" right behind it, speaks; null when the words name no document or no maker.
     */
    Speaker madeBy(List<Token> words) {
        for (int k = 0; k + 2 < words.size() && k < 3; k++) {
            String next = words.get(k + 1).text();
            if (lexicon.language().documents.contains(words.get(k).text().toLowerCase(Locale.ROOT))
                    && (next.equals("des") || next.equals("der") || next.equals("von") || next.equals("vom"))) {
                return speakers.phraseAfter(words.get(k + 1).end(), words.getLast().end());
            }
        }
        return null;
    }
}
