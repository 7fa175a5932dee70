package dev.margin.suggest;

import opennlp.tools.postag.ThreadSafePOSTaggerME;

import java.util.ArrayList;
import java.util.List;

/**
 * The Universal Dependencies part of speech of each word of one article ("PROPN" for a proper noun, "NOUN" for a
 * common noun), from the language's OpenNLP model ({@link PosModels}). A sentence is tagged only when a rule first
 * asks about one of its words, so an article costs only the sentences with names or speakers in them. Without a model
 * for the language every question answers "don't know" ({@link #tagOf} is null) and the rules decide alone.
 */
final class PosTags {
    private final TextLayout layout;
    private final ThreadSafePOSTaggerME tagger;
    /** Per token index: its tag, or null while its sentence is untagged. */
    private final String[] tags;

    PosTags(TextLayout layout, String languageCode) {
        this(layout, languageCode, true);
    }

    /**
     * @param loadModel whether to load the language's model now if it is not yet; false for a caller on the FX thread,
     *                  which then reads with the rules alone until a background task has loaded it
     */
    PosTags(TextLayout layout, String languageCode, boolean loadModel) {
        this.layout = layout;
        this.tagger = (loadModel ? PosModels.tagger(languageCode) : PosModels.loadedTagger(languageCode)).orElse(null);
        this.tags = new String[layout.tokens.size()];
    }

    /** No tags at all: for callers with no model, and for tests of the rules alone. */
    static PosTags none(TextLayout layout) {
        return new PosTags(layout, "");
    }

    boolean available() {
        return tagger != null;
    }

    boolean isProperNoun(Token token) {
        return "PROPN".equals(tagOf(token));
    }

    boolean isCommonNoun(Token token) {
        return "NOUN".equals(tagOf(token));
    }

    boolean isVerb(Token token) {
        String tag = tagOf(token);
        return "VERB".equals(tag) || "AUX".equals(tag);
    }

    /** "the US state of Louisiana", "a claim of": where a verb of saying's form is read as a noun or an adjective. */
    boolean isNounOrAdjective(Token token) {
        String tag = tagOf(token);
        return "NOUN".equals(tag) || "PROPN".equals(tag) || "ADJ".equals(tag);
    }

    /** The token's tag ("PROPN", "NOUN", "VERB", ...), or null when the language has no model. */
    String tagOf(Token token) {
        if (tagger == null) {
            return null;
        }
        int index = layout.firstTokenFrom(token.start());
        if (index >= tags.length || layout.tokens.get(index).start() != token.start()) {
            return null;
        }
        if (tags[index] == null) {
            tagSentenceOf(index);
        }
        return tags[index];
    }

    /**
     * Tags the sentence holding token {@code index}: its words as the tokenizer found them, with each punctuation mark
     * between them as a token of its own, as the models were trained.
     */
    private void tagSentenceOf(int index) {
        Token token = layout.tokens.get(index);
        Sentence sentence = layout.sentenceAt(token.start());
        int start = sentence != null ? sentence.start() : token.start();
        int end = sentence != null ? sentence.end() : token.end();
        int first = layout.firstTokenFrom(start);
        String text = layout.text;
        List<String> words = new ArrayList<>();
        List<Integer> tokenIndexOfWord = new ArrayList<>();
        int p = start;
        for (int k = first; k < layout.tokens.size() && layout.tokens.get(k).start() < end; k++) {
            Token t = layout.tokens.get(k);
            addPunctuation(text, p, t.start(), words, tokenIndexOfWord);
            words.add(t.text());
            tokenIndexOfWord.add(k);
            p = t.end();
            if (t.possessive()) {
                words.add("'s");
                tokenIndexOfWord.add(-1);
                p = Math.min(end, t.end() + 2);
            }
        }
        addPunctuation(text, p, end, words, tokenIndexOfWord);
        String[] result = tagger.tag(words.toArray(String[]::new));
        for (int w = 0; w < result.length; w++) {
            int k = tokenIndexOfWord.get(w);
            if (k >= 0) {
                tags[k] = result[w];
            }
        }
        if (tags[index] == null) {
            tags[index] = "X";
        }
    }

    private static void addPunctuation(String text, int from, int to, List<String> words, List<Integer> indexes) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isLetterOrDigit(c)) {
                words.add(String.valueOf(c));
                indexes.add(-1);
            }
        }
    }
}
