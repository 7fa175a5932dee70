package dev.margin.suggest;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * An article text with what every rule needs precomputed once: its tokens, its quotations and its
 * sentences, with lookups by offset (binary search, so rules stay linear in the text overall).
 */
final class TextLayout {
    final String text;
    final List<Token> tokens;
    final List<QuotedSpan> quotes;
    final List<Sentence> sentences;

    TextLayout(String text) {
        this.text = text;
        this.tokens = Tokenizer.tokenize(text);
        this.quotes = QuoteScanner.scan(text);
        this.sentences = SentenceSplitter.split(text, quotes);
    }

    /** Whether the character at {@code offset} lies inside a token rather than ending one ("U.S.", "M.V." keep their dots). */
    boolean insideToken(int offset) {
        int index = firstTokenFrom(offset) - 1;
        return index >= 0 && tokens.get(index).start() < offset && tokens.get(index).end() > offset;
    }

    /** Whether a possessive ending ("’s", "'s") follows {@code end}, where a name ends ("Mr. Renfrow’s campaign"). */
    boolean possessiveAt(int end) {
        return text.startsWith("’s", end) || text.startsWith("'s", end);
    }

    /** The index of the first token starting at or after {@code offset} (tokens.size() when none). */
    int firstTokenFrom(int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The tokens lying wholly inside {@code [start, end)}. */
    List<Token> tokensIn(int start, int end) {
        int from = firstTokenFrom(start);
        int to = from;
        while (to < tokens.size() && tokens.get(to).end() <= end) {
            to++;
        }
        return tokens.subList(from, to);
    }

    /** The sentence holding {@code offset}, or null for white space between sentences. */
    Sentence sentenceAt(int offset) {
        int index = sentenceIndexAt(offset);
        return index < 0 ? null : sentences.get(index);
    }

    /** The index of the sentence holding {@code offset}, or -1. */
    int sentenceIndexAt(int offset) {
        return indexHolding(sentences, offset, Sentence::start, Sentence::end);
    }

    /** The direct quotation whose content holds {@code offset}, or null. */
    QuotedSpan quoteAt(int offset) {
        int index = indexHolding(quotes, offset, QuotedSpan::open, QuotedSpan::close);
        return index < 0 ? null : quotes.get(index);
    }

    /** Binary search: the index of the span holding {@code offset} in spans sorted by position and not overlapping, or -1. */
    private static <T> int indexHolding(List<T> spans, int offset, ToIntFunction<T> start, ToIntFunction<T> end) {
        int low = 0;
        int high = spans.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            T span = spans.get(mid);
            if (offset < start.applyAsInt(span)) {
                high = mid - 1;
            } else if (offset >= end.applyAsInt(span)) {
                low = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** True when a comma, semicolon or colon comes just before {@code token}, past spaces. */
    boolean punctuationBefore(Token token) {
        int p = token.start() - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        return p >= 0 && ",;:".indexOf(text.charAt(p)) >= 0;
    }

    /** True when only spaces (and nothing else) lie between {@code from} and {@code to}. */
    boolean onlySpacesBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    /** The offset before the spaces that end at {@code from}, not going below {@code limit}. */
    int skipSpacesLeft(int from, int limit) {
        int p = from;
        while (p > limit && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == '\u00A0')) {
            p--;
        }
        return p;
    }

    /** True when only spaces, a hyphen or a possessive ending lie between two words. */
    boolean gapIsWordSpace(int from, int to) {
        String text = this.text;
        int i = from;
        if (i + 1 < to && Tokenizer.isApostrophe(text.charAt(i)) && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')) {
            i += 2;
        } else if (i > 0 && i + 1 < to && Tokenizer.isApostrophe(text.charAt(i)) && text.charAt(i - 1) == 's' && text.charAt(i + 1) == ' ') {
            i++; // "the homeowners’ attorney": a plural's possessive
        }
        if (i >= to) {
            return i == to;
        }
        if (to == from + 1 && Tokenizer.isApostrophe(text.charAt(from))) {
            // "le ministre de l’Économie": an elided article is a word of its own before a capital
            return true;
        }
        for (; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\u00A0' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** The sentence before the one at {@code offset} when it is in the same paragraph, else null. */
    Sentence sentenceBeforeInParagraph(int offset) {
        int index = sentenceIndexAt(offset);
        return index > 0 && sentences.get(index - 1).paragraph() == sentences.get(index).paragraph() ? sentences.get(index - 1) : null;
    }

    /** Whether a word in lower case (a verb, mostly) follows {@code end} after spaces only, before {@code limit}. */
    boolean lowerCaseWordFollows(int end, int limit) {
        int next = firstTokenFrom(end);
        return next < tokens.size() && tokens.get(next).start() < limit && tokens.get(next).isLowerCase()
                && onlySpacesBetween(end, tokens.get(next).start());
    }

    /** How far back from {@code offset} its paragraph starts: how far "the 74-year-old" may look for the person just named. */
    int reachToParagraphStart(int offset) {
        return offset - text.lastIndexOf('\n', offset);
    }

    /** How far back from {@code offset} the paragraph before its own starts ("the Fine Gael leader" may look that far). */
    int reachToPreviousParagraphStart(int offset) {
        int paragraph = text.lastIndexOf('\n', offset);
        return offset - (paragraph <= 0 ? 0 : text.lastIndexOf('\n', paragraph - 1));
    }
}
