package dev.margin.suggest;

import dev.margin.domain.QuoteType;
import dev.margin.domain.Span;

/**
 * A quote the rules settled on, before it becomes a {@link Suggestion}: its content span, type, speaker
 * (null when unattributed), cue, and for the second part of a split quote the start of the first part
 * ({@code partOf}; -1 for a quote in one piece).
 */
record FoundQuote(int start, int end, QuoteType type, Speaker speaker, String cue, Span cueSpan, int partOf,
                  double confidence) {
}
