package dev.margin.suggest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences: a sentence ends at a paragraph break, or at '.', '!' or '?' (with any
 * closing marks after it) followed by a space and a capital, a digit or an opening mark. It does not
 * end after an abbreviation or an initial ("Dr.", "J. Okafor"), nor inside a quotation, so that
 * “We will not pay. Not now,” she said. stays one sentence with its attribution.
 */
final class SentenceSplitter {
    private SentenceSplitter() {
    }

    static List<Sentence> split(String text, List<QuotedSpan> quotes) {
        List<Sentence> sentences = new ArrayList<>();
        int n = text.length();
        int paragraph = 0;
        int paragraphStart = 0;
        int quoteIndex = 0;
        while (paragraphStart <= n) {
            int paragraphEnd = text.indexOf('\n', paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = n;
            }
            int sentenceStart = paragraphStart;
            for (int i = paragraphStart; i < paragraphEnd; i++) {
                char c = text.charAt(i);
                if (c != '.' && c != '!' && c != '?') {
                    continue;
                }
                while (quoteIndex < quotes.size() && quotes.get(quoteIndex).close() <= i) {
                    quoteIndex++;
                }
                if (quoteIndex < quotes.size() && quotes.get(quoteIndex).open() < i && i < quotes.get(quoteIndex).contentEnd() - 1) {
                    continue;
                }
                int after = i + 1;
                while (after < paragraphEnd && isClosingMark(text.charAt(after))) {
                    after++;
                }
                if (after >= paragraphEnd || text.charAt(after) != ' ') {
                    continue;
                }
                int next = after;
                while (next < paragraphEnd && text.charAt(next) == ' ') {
                    next++;
                }
                if (next >= paragraphEnd || !startsSentence(text.charAt(next)) || c == '.' && endsAbbreviation(text, i)) {
                    continue;
                }
                add(sentences, text, sentenceStart, after, paragraph);
                sentenceStart = next;
                i = next - 1;
            }
            add(sentences, text, sentenceStart, paragraphEnd, paragraph);
            paragraph++;
            paragraphStart = paragraphEnd + 1;
        }
        return sentences;
    }

    private static void add(List<Sentence> sentences, String text, int start, int end, int paragraph) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new Sentence(start, end, paragraph));
        }
    }

    private static boolean isClosingMark(char c) {
        return c == '”' || c == '’' || c == '"' || c == '\'' || c == '»' || c == '“' || c == ')' || c == ']' || c == '›';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "“‘\"'«„»(".indexOf(c) >= 0;
    }

    private static boolean endsAbbreviation(String text, int dot) {
        int start = dot;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        String word = text.substring(start, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return Tokenizer.ABBREVIATIONS.contains(word) && !word.equals("U.S") && !word.equals("U.K") && !word.equals("etc")
                && !word.equals("No") && !word.equals("Co");
    }
}
