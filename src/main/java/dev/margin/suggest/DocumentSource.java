package dev.margin.suggest;

import dev.margin.domain.Span;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "according to an analysis by the secretary of state's office", "selon un rapport de la Cour des comptes", "laut einer
 * Studie des Ifo-Instituts": a document speaks for whoever made it, named after it. The words are each language's
 * {@code documents.txt} and {@code document-makers.txt}.
 */
final class DocumentSource {
    private static final Set<String> LEADING_ARTICLES = Set.of("the", "a", "an");

    private DocumentSource() {
    }

    /**
     * The maker named after a document among the first words of {@code phrase} ("an analysis by …", "a report published
     * by …"), from its first word after an article; null when the phrase names no document and its maker.
     */
    static Span maker(List<Token> phrase, LanguageProfile language) {
        Set<String> documents = language.documents;
        Set<String> by = language.documentMakers;
        for (int k = 0; k < Math.min(phrase.size(), 3); k++) {
            if (!documents.contains(phrase.get(k).text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int at = k + 1;
            // "an analysis published by …": one word may stand between the document and its maker
            if (at < phrase.size() && !by.contains(phrase.get(at).text().toLowerCase(Locale.ROOT))) {
                at++;
            }
            if (at + 1 >= phrase.size() || !by.contains(phrase.get(at).text().toLowerCase(Locale.ROOT))) {
                return null;
            }
            int from = at + 1;
            if (LEADING_ARTICLES.contains(phrase.get(from).text().toLowerCase(Locale.ROOT)) && from + 1 < phrase.size()) {
                from++;
            }
            return new Span(phrase.get(from).start(), phrase.getLast().end());
        }
        return null;
    }
}
