package dev.margin.importer;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds pull quotes: a short block that repeats, word for word, a passage of a longer paragraph of the same article
 * ("„Schneller heißt in diesem Fall schlampiger“" set large between paragraphs). The reader sees it twice on the
 * page but it is one passage of the story; kept, it would be annotated twice and counted twice. Quote marks,
 * punctuation, case and white space are ignored in the comparison.
 */
final class PullQuotes {
    private static final int MIN_CHARS = 30;
    private static final int MAX_CHARS = 300;
    /** Bounds the work on pages made of thousands of short lines; no article has that many pull quotes. */
    private static final int MAX_CANDIDATES = 200;

    private PullQuotes() {
    }

    /** The indexes of the blocks that repeat a passage of a longer block. */
    static Set<Integer> find(List<Block> blocks) {
        Set<Integer> repeats = new HashSet<>();
        String[] plain = new String[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            plain[i] = plain(blocks.get(i).text());
        }
        int candidates = 0;
        for (int i = 0; i < blocks.size() && candidates < MAX_CANDIDATES; i++) {
            if (blocks.get(i).heading() || plain[i].length() < MIN_CHARS || plain[i].length() > MAX_CHARS) {
                continue;
            }
            candidates++;
            for (int j = 0; j < blocks.size(); j++) {
                if (j != i && plain[j].length() > plain[i].length() && plain[j].contains(plain[i])) {
                    repeats.add(i);
                    break;
                }
            }
        }
        return repeats;
    }

    /** Letters and digits lower-cased, every run of anything else one space: one pass, no regular expression. */
    private static String plain(String text) {
        String folded = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                out.appendCodePoint(Character.toLowerCase(c));
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }
}
