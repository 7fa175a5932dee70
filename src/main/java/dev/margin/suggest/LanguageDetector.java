package dev.margin.suggest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells which of the shipped languages an article is written in when its metadata does not say, from the
 * function words of each language's lists (articles, prepositions, pronouns, auxiliaries, complementizers):
 * news prose is dense with them, so a few hundred words decide. A word several languages share counts for
 * each of them in proportion ("de" is Dutch, French, Spanish and Portuguese). Linear in the words read, at
 * most {@value #MAX_TOKENS}.
 */
final class LanguageDetector {
    private static final int MAX_TOKENS = 1500;

    private final Map<String, Map<String, Double>> weightByWord = new HashMap<>();
    private final String fallback;

    LanguageDetector(Lexicon lexicon) {
        this.fallback = lexicon.forLanguage("en").languageCode();
        Map<String, java.util.Set<String>> languagesByWord = new HashMap<>();
        for (String code : lexicon.languageCodes()) {
            LanguageProfile profile = lexicon.forLanguage(code).language();
            for (Set<String> words : List.of(profile.determiners, profile.prepositions, profile.auxiliaries,
                    profile.complementizers, profile.pronouns.keySet())) {
                for (String word : words) {
                    languagesByWord.computeIfAbsent(word, w -> new java.util.HashSet<>()).add(code);
                }
            }
        }
        languagesByWord.forEach((word, codes) -> {
            Map<String, Double> weights = new HashMap<>();
            codes.forEach(code -> weights.put(code, 1.0 / codes.size()));
            weightByWord.put(word, weights);
        });
    }

    /** The code of the language {@code layout}'s text is most likely written in; English when nothing tells. */
    String detect(TextLayout layout) {
        Map<String, Double> score = new HashMap<>();
        int read = 0;
        for (Token token : layout.tokens) {
            if (read++ >= MAX_TOKENS) {
                break;
            }
            Map<String, Double> weights = weightByWord.get(token.text().toLowerCase(Locale.ROOT));
            if (weights != null) {
                weights.forEach((code, weight) -> score.merge(code, weight, Double::sum));
            }
        }
        String best = fallback;
        double bestScore = 2.0;
        for (Map.Entry<String, Double> entry : score.entrySet()) {
            if (entry.getValue() > bestScore || entry.getValue() == bestScore && entry.getKey().equals(fallback)) {
                best = entry.getKey();
                bestScore = entry.getValue();
            }
        }
        return best;
    }
}
