package dev.margin.suggest;

import dev.margin.domain.Span;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "according to an analysis by the secretary of state's office", "selon un rapport de la Cour des comptes", "laut einer
 * Studie des Ifo-Instituts": a document speaks for whoever made it, named after it. The words are each language's
 * {@code documents.txt} and {@code document-makers.txt}; a word of its {@code published.txt} ("publié", "pubblicato")
 * ends the maker's name.
 */
final class DocumentSource {
    private static final Set<String> ENGLISH_ARTICLES = Set.of("the", "a", "an");

    private DocumentSource() {
    }

    /**
     * The maker named after a document among the first words of {@code phrase} ("an analysis by …", "a report published
     * by …"), from its first word after an article, or in English before it; null when the phrase names no document and
     * its maker.
     */
    static Span maker(List<Token> phrase, LanguageProfile language) {
        Set<String> documents = language.documents;
        for (int k = 0; k < Math.min(phrase.size(), 4); k++) {
            if (!documents.contains(lower(phrase.get(k)))) {
                continue;
            }
            if (k >= 2 && language.code.equals("en") && ENGLISH_ARTICLES.contains(lower(phrase.get(0)))
                    && phrase.subList(1, k).stream().anyMatch(Token::isCapitalised)) {
                // "a Boston police report", "a Treasury report": in English the maker may stand before the document
                return new Span(phrase.get(1).start(), phrase.get(k - 1).end());
            }
            if (k == 3) {
                continue; // (after its maker only among the first three words: "an analysis by …")
            }
            int at = k + 1;
            // "an analysis published by …": one word may stand between the document and its maker
            if (at < phrase.size() && !isMakerWord(phrase.get(at), language)) {
                at++;
            }
            if (at + 1 >= phrase.size() || !isMakerWord(phrase.get(at), language)) {
                return null;
            }
            int from = at + 1;
            if (from + 1 < phrase.size() && leadingArticle(phrase.get(from), phrase.get(from + 1), language)) {
                from++;
            }
            int to = from;
            // "la Cour des comptes publié mardi": the maker's name ends before the participle
            while (to + 1 < phrase.size() && !language.published.contains(lower(phrase.get(to + 1)))) {
                to++;
            }
            return new Span(phrase.get(from).start(), phrase.get(to).end());
        }
        return null;
    }

    /** "by", "de", "des" and elided "dell’" (the tokenizer leaves the apostrophe out of "dell"). */
    private static boolean isMakerWord(Token word, LanguageProfile language) {
        String lower = lower(word);
        return language.documentMakers.contains(lower) || language.documentMakers.contains(lower + "’")
                || language.documentMakers.contains(lower + "'");
    }

    /**
     * "the" before the secretary of state's office; outside English an article only before a name ("la Cour des
     * comptes", "l’Insee", "het Centraal Planbureau"), since the language's determiners also hold possessives.
     */
    private static boolean leadingArticle(Token word, Token next, LanguageProfile language) {
        String lower = lower(word);
        if (language.code.equals("en")) {
            return ENGLISH_ARTICLES.contains(lower);
        }
        return next.isCapitalised() && (language.determiners.contains(lower) || language.determiners.contains(lower + "’")
                || language.determiners.contains(lower + "'"));
    }

    private static String lower(Token word) {
        return word.text().toLowerCase(Locale.ROOT);
    }
}
