package dev.margin.suggest;

import dev.margin.domain.SpeakerResolution;

import java.util.List;
import java.util.Locale;

/**
 * Reports whose verb has no subject of its own, in the languages that drop it (Spanish, Italian, Portuguese): the person
 * reported last speaks again. For the {@link IndirectQuoteFinder}.
 */
final class DroppedSubjects {
    private final LanguageProfile language;
    private final TextLayout layout;

    DroppedSubjects(LanguageProfile language, TextLayout layout) {
        this.language = language;
        this.layout = layout;
    }

    /**
     * Spanish, Italian and Portuguese leave out a subject the reader knows: "Añadió que …", "Ha poi annunciato che …",
     * "Acrescentou que …". The verb opens the sentence (after at most an auxiliary and an adverb), and the person
     * reported last, in this paragraph or the one before, is its subject.
     */
    boolean dropped(Sentence sentence, List<Token> tokens, int k, FoundQuote recent) {
        if (!language.dropsSubjects || k > 2 || sentence.paragraph() - layout.sentenceAt(recent.start()).paragraph() > 1) {
            return false;
        }
        for (int j = 0; j < k; j++) {
            String word = tokens.get(j).text().toLowerCase(Locale.ROOT);
            boolean auxiliary = j == 0 && language.auxiliaries.contains(word);
            if (!auxiliary && (j == 0 || !tokens.get(j).isLowerCase())) {
                return false;
            }
        }
        return true;
    }

    /** The speaker of {@code recent}, named again without words of its own (a dropped subject). */
    static Speaker carriedOver(FoundQuote recent) {
        Speaker said = recent.speaker();
        boolean unnamed = said.resolution() == SpeakerResolution.ANONYMOUS; // ("A spokeswoman said … and noted that …")
        return new Speaker(said.name(), null, unnamed ? SpeakerResolution.ANONYMOUS : SpeakerResolution.PRONOUN, said.entity());
    }
}
