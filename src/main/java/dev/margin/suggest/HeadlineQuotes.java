package dev.margin.suggest;

import dev.margin.domain.SpeakerResolution;

import java.util.List;

/**
 * Quotes in an article's headline and subheads, for {@link DirectQuoteFinder}: who a headline names after its quote, who
 * says the headline's quoted words again in the body, and which quotes stand alone as subheads.
 */
final class HeadlineQuotes {
    private final Lexicon lexicon;
    private final TextLayout layout;
    private final SpeakerFinder speakers;

    HeadlineQuotes(Lexicon lexicon, TextLayout layout, SpeakerFinder speakers) {
        this.lexicon = lexicon;
        this.layout = layout;
        this.speakers = speakers;
    }

    /** A dash between a headline's quote and the name after it: " - ", " – ", " — ". */
    private static final java.util.regex.Pattern HEADLINE_DASH = java.util.regex.Pattern.compile(" [-–—] ");

    /**
     * A headline "‘We will not pay’: Okafor defiant over subsidy" quotes the person it then names; so does the first line's
     * "'I'm not going to miss Wimbledon' - Marchbank plays down injury" (a dash after the quote, as the BBC writes them).
     */
    Speaker headline(QuotedSpan quote) {
        String text = layout.text;
        boolean dashAfter = quote.open() == 0 && HEADLINE_DASH.matcher(text).region(Math.min(quote.close(), text.length()), text.length()).lookingAt();
        if (quote.open() > 0 && text.charAt(quote.open() - 1) != '\n' || quote.close() >= text.length()
                || text.charAt(quote.close()) != ':' && !dashAfter) {
            return null;
        }
        int end = text.indexOf('\n', quote.close());
        return speakers.personNamedIn(quote.close(), end < 0 ? text.length() : end);
    }

    /**
     * "… ignites GOP feud: ‘This was decided in a back room’" over "“This was decided in a back room,” Lantrip said.": a
     * quote in the headline that has no speaker there is the words of whoever says them in the body. {@code found},
     * with those quotes given that speaker.
     */
    List<FoundQuote> headlineQuotesSaidInBody(List<FoundQuote> found) {
        int headlineEnd = layout.text.indexOf('\n');
        if (headlineEnd < 0 || !saysSomeoneSaid(headlineEnd)) {
            return found;
        }
        for (int i = 0; i < found.size() && found.get(i).start() < headlineEnd; i++) {
            FoundQuote headlineQuote = found.get(i);
            String words = comparable(layout.text.substring(headlineQuote.start(), headlineQuote.end()));
            if (headlineQuote.speaker() != null || words.length() < MIN_REPEATED_LENGTH) {
                continue;
            }
            for (FoundQuote later : found.subList(i + 1, found.size())) {
                if (later.start() > headlineEnd && later.speaker() != null && later.speaker().entity() != null
                        && comparable(layout.text.substring(later.start(), later.end())).contains(words)) {
                    Speaker body = later.speaker();
                    found.set(i, new FoundQuote(headlineQuote.start(), headlineQuote.end(), headlineQuote.type(),
                            new Speaker(body.name(), body.span(), SpeakerResolution.PRONOUN, body.entity()), null, null,
                            headlineQuote.partOf(), 0.6));
                    break;
                }
            }
        }
        return found;
    }

    /**
     * Whether the headline says that someone said its quote ("Treasurer says housing bill 'not dead'", "Landrat nennt
     * Gegendemo „…“"). A headline that is a quote and a topic ("‘We are still underwater’: Louisiana bayou towns wait …")
     * is the editor's pick, which news annotators leave to nobody.
     */
    private boolean saysSomeoneSaid(int headlineEnd) {
        for (Token t : layout.tokensIn(0, headlineEnd)) {
            String lower = t.text().toLowerCase(java.util.Locale.ROOT);
            if (t.isLowerCase() && layout.quoteAt(t.start()) == null
                    && (lexicon.reportingVerb(lower) != null || QuoteShape.characterises(lexicon, lower))) {
                return true;
            }
        }
        return false;
    }

    /** Shortest headline quote worth looking for in the body: a few letters ("‘No’") recur by chance. */
    private static final int MIN_REPEATED_LENGTH = 8;

    /** Letters and digits of {@code words}, lower case, other characters as single spaces. */
    private static String comparable(String words) {
        return words.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * Whether {@code quote} is a subhead: a paragraph after the headline that is the quotation alone, with no full stop,
     * question or exclamation mark to end it as a sentence ("“We are not pawns”").
     */
    boolean isSubhead(QuotedSpan quote) {
        String text = layout.text;
        int paragraphStart = text.lastIndexOf('\n', quote.open()) + 1;
        int paragraphEnd = text.indexOf('\n', quote.open());
        paragraphEnd = paragraphEnd < 0 ? text.length() : paragraphEnd;
        String content = text.substring(quote.contentStart(), quote.contentEnd()).strip();
        return paragraphStart > 0 && text.substring(paragraphStart, quote.open()).isBlank()
                && quote.contentEnd() <= paragraphEnd
                && text.substring(quote.contentEnd(), paragraphEnd).replaceAll("[\"'“”‘’«»„‚‹›\\s]", "").isEmpty()
                && !content.isEmpty() && ".?!…,;:".indexOf(content.charAt(content.length() - 1)) < 0;
    }
}
