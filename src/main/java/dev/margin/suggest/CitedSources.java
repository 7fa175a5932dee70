package dev.margin.suggest;

import dev.margin.domain.ActorType;
import dev.margin.domain.SpeakerResolution;
import dev.margin.domain.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "…, berichtet die Nachrichtenagentur Reuters unter Berufung auf zwei Diplomaten", "Reuters reported, citing three
 * people familiar with the talks, that …": a body that passes words on while citing its source is only the channel; the
 * words are the source's, someone named or someone left unnamed.
 */
final class CitedSources {
    /** The cue that names the source a channel cites. */
    private static final Pattern CITING = Pattern.compile("\\b(unter Berufung auf|citing|quoting) ");
    /** How many words after the cue the source's phrase may run. */
    private static final int MAX_SOURCE_WORDS = 8;

    private final TextLayout layout;
    private final ActorIndex actors;

    CitedSources(TextLayout layout, ActorIndex actors) {
        this.layout = layout;
        this.actors = actors;
    }

    /** {@code quotes} with every one a body passed on, citing a source, given to that source. */
    List<FoundQuote> givenToSources(List<FoundQuote> quotes) {
        List<FoundQuote> out = new ArrayList<>(quotes.size());
        for (FoundQuote quote : quotes) {
            Speaker source = sourceCitedBy(quote);
            out.add(source == null ? quote : new FoundQuote(quote.start(), quote.end(), quote.type(), source, quote.cue(),
                    quote.cueSpan(), quote.partOf(), Math.min(quote.confidence(), 0.7)));
        }
        return out;
    }

    private Speaker sourceCitedBy(FoundQuote quote) {
        Speaker channel = quote.speaker();
        if (channel == null || channel.entity() == null || channel.entity().type == ActorType.PERSON || channel.span() == null) {
            return null;
        }
        Sentence sentence = layout.sentenceAt(channel.span().start());
        if (sentence == null) {
            return null;
        }
        // the cue right after the channel's name, or after the verb that follows it: "Reuters berichtete unter Berufung auf"
        int from = channel.span().end();
        int to = Math.min(sentence.end(), from + 40);
        Matcher cue = CITING.matcher(layout.text).region(from, to);
        if (!cue.find() || quote.start() < cue.end() && quote.end() > cue.start()) {
            return null;
        }
        List<Token> words = layout.tokensIn(cue.end(), sentence.end());
        int end = 0;
        while (end < words.size() && end < MAX_SOURCE_WORDS && layout.quoteAt(words.get(end).start()) == null
                && (end == 0 || layout.gapIsWordSpace(words.get(end - 1).end(), words.get(end).start()))) {
            end++;
        }
        if (end == 0) {
            return null;
        }
        Span phrase = new Span(words.get(0).start(), words.get(end - 1).end());
        for (Token word : words.subList(0, end)) {
            Mention named = actors.at(word.start());
            if (named != null && named.entity() != channel.entity()) {
                return new Speaker(named.entity().name, phrase, SpeakerResolution.EXPLICIT, named.entity());
            }
        }
        return Speaker.unnamed(layout, phrase);
    }
}
