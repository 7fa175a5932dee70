package dev.margin.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * German declines the adjectives in a body's name with the sentence around it: "des Statistischen Bundesamtes", "dem
 * Deutschen Wetterdienst", "Die Europäische Zentralbank" at a sentence's start. A list of actors names the body once, in
 * the form without article: "Statistisches Bundesamt", "Deutscher Wetterdienst", "Europäische Zentralbank". The
 * adjectives' ending follows the gender of the noun after them, read from the noun's ending
 * ({@link LanguageProfile#nounGender}); a name whose noun has no listed ending is left as written.
 */
final class GermanBodyNames {
    private static final Set<String> ARTICLES = Set.of("der", "die", "das", "des", "dem", "den");
    /** A capitalised adjective with a declension ending: "Statistischen", "Tierärztliche", "Auswärtigen", "Freien". */
    private static final Pattern DECLINED_ADJECTIVE = Pattern.compile(
            "(\\p{Lu}\\p{L}*?(?:isch|sch|lich|ig|al|ell|iv|är|frei|neu|allgemein))(e|en|er|es|em)");

    private GermanBodyNames() {
    }

    /** "Die Europäische Zentralbank" opening a sentence is "Europäische Zentralbank"; any other name is unchanged. */
    static String withoutArticle(String name) {
        String[] words = name.split(" ");
        return words.length > 2 && ARTICLES.contains(words[0].toLowerCase(Locale.ROOT)) && DECLINED_ADJECTIVE.matcher(words[1]).matches()
                ? name.substring(words[0].length() + 1) : name;
    }

    /**
     * "Robert Koch-Instituts" (after "des") is "Robert Koch-Institut": a name whose last word ends in a body's word in
     * the genitive loses the genitive's ending; any other name is unchanged.
     */
    static String withoutGenitive(String name, Lexicon lexicon) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        String part = last.substring(last.lastIndexOf('-') + 1);
        if (lexicon.isOrganisationWord(part) || !lexicon.languageCode().equals("de")) {
            return name;
        }
        // ("des Landgerichts", "des Fördervereins": a compound ending in a body's word is one too)
        return LanguageProfile.genitiveStems(part).stream()
                .filter(stem -> lexicon.isOrganisationWord(stem) || lexicon.language().isCompoundBody(stem)).findFirst()
                .map(stem -> name.substring(0, name.length() - (part.length() - stem.length()))).orElse(name);
    }

    /** {@code name} in the form a list of actors gives it; unchanged when it opens with no declined adjective. */
    static String nominative(String name, LanguageProfile language) {
        String[] words = withoutArticle(name).split(" ");
        int k = 0;
        List<String> stems = new ArrayList<>();
        java.util.regex.Matcher adjective;
        while (k < words.length - 1 && (adjective = DECLINED_ADJECTIVE.matcher(words[k])).matches()) {
            stems.add(adjective.group(1));
            k++;
        }
        if (stems.isEmpty()) {
            return name;
        }
        String noun = words[k];
        char gender = language.nounGender(noun);
        for (String stem : gender == 0 ? LanguageProfile.genitiveStems(noun) : List.<String>of()) {
            // a masculine or neuter noun in the genitive: "Bundesamtes", "Rundfunks"
            if (language.nounGender(stem) == 'M' || language.nounGender(stem) == 'N') {
                gender = language.nounGender(stem);
                noun = stem;
                break;
            }
        }
        if (gender == 0) {
            return name;
        }
        String ending = gender == 'M' ? "er" : gender == 'N' ? "es" : "e";
        StringBuilder named = new StringBuilder();
        for (String stem : stems) {
            named.append(stem).append(ending).append(' ');
        }
        named.append(noun);
        for (int rest = k + 1; rest < words.length; rest++) {
            named.append(' ').append(words[rest]);
        }
        return named.toString();
    }
}
