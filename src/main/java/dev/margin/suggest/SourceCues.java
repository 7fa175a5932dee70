package dev.margin.suggest;

import java.util.List;
import java.util.Locale;

/** Matches a language's "according to" cues ("selon", "laut", "nach Angaben", "so") against tokens. */
final class SourceCues {
    private SourceCues() {
    }

    /**
     * How many tokens a cue of {@code language} takes at {@code tokens[k]}, or 0.
     *
     * @param afterQuote     the tokens follow a closing quotation mark, where "so" and "aldus" attribute
     * @param sentenceStart  the tokens open a sentence, where "pour"/"para"/"per" attribute
     */
    static int matchAt(LanguageProfile language, List<Token> tokens, int k, boolean afterQuote, boolean sentenceStart) {
        for (LanguageProfile.SourceCue cue : language.sourceCues) {
            if (cue.place() == LanguageProfile.CuePlace.AFTER_QUOTE && !afterQuote
                    || cue.place() == LanguageProfile.CuePlace.SENTENCE_START && !sentenceStart) {
                continue;
            }
            List<String> words = cue.words();
            if (k + words.size() > tokens.size()) {
                continue;
            }
            boolean matches = true;
            for (int w = 0; w < words.size() && matches; w++) {
                matches = tokens.get(k + w).text().toLowerCase(Locale.ROOT).equals(words.get(w));
            }
            if (matches) {
                return words.size();
            }
        }
        return 0;
    }
}
