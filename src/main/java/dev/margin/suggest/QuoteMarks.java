package dev.margin.suggest;

import dev.margin.domain.QuoteType;

import java.util.ArrayList;
import java.util.List;

/**
 * The type of words marked as a quote by hand, read from the quotation marks the scanner found around and
 * inside them. A selection is inside a quotation when nothing but punctuation and spaces lies between it
 * and the marks, so “…low,” she said selected as {@code …low,} or as {@code …low} (snapped to the words)
 * or with its marks are all the same quotation; that quotation's own type (direct, or partial when it runs
 * on from the writer's sentence) is the answer. Quoted words mixed with the writer's words are partial;
 * words with no marks near them are reported speech.
 */
final class QuoteMarks {
    private QuoteMarks() {
    }

    /** @param found the quotes the rules found, whose type (a split quote's second part takes the first's) wins */
    static QuoteType typeOf(TextLayout layout, List<FoundQuote> found, int start, int end) {
        String text = layout.text;
        List<QuotedSpan> touched = new ArrayList<>();
        for (QuotedSpan quote : layout.quotes) {
            if (quote.open() < end && start < quote.close() && quote.contentEnd() > quote.contentStart()) {
                touched.add(quote);
            }
        }
        if (touched.isEmpty()) {
            return QuoteType.INDIRECT;
        }
        QuotedSpan first = touched.get(0);
        QuotedSpan last = touched.getLast();
        boolean opensInside = !hasWords(text, start, first.open());
        boolean closesInside = !hasWords(text, last.close(), end);
        if (!opensInside || !closesInside) {
            return QuoteType.PARTIAL;
        }
        for (QuotedSpan quote : touched) {
            if (typeOf(layout, found, quote) != QuoteType.DIRECT) {
                return QuoteType.PARTIAL;
            }
        }
        return QuoteType.DIRECT;
    }

    private static QuoteType typeOf(TextLayout layout, List<FoundQuote> found, QuotedSpan quote) {
        for (FoundQuote candidate : found) {
            if (candidate.start() == quote.contentStart()) {
                return candidate.type();
            }
        }
        return DirectQuoteFinder.typeOf(layout, quote);
    }

    /** True when a letter or digit stands in {@code [from, to)}. */
    private static boolean hasWords(String text, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
