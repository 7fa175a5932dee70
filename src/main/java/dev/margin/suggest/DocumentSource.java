package dev.margin.suggest;

import dev.margin.domain.Span;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "according to an analysis by the secretary of state's office", "selon un rapport de la Cour des comptes", "laut einer
 * Studie des Ifo-Instituts": a document speaks for whoever made it, named after it.
 */
final class DocumentSource {
    /** Documents by language, lower case. */
    private static final Map<String, Set<String>> DOCUMENTS = Map.of(
            "en", Set.of("analysis", "report", "study", "survey", "review", "audit", "poll", "estimate", "estimates",
                    "statement", "data", "figures", "census", "assessment", "investigation", "forecast"),
            "de", Set.of("analyse", "bericht", "berichts", "studie", "umfrage", "schätzung", "mitteilung", "prognose", "erhebung", "gutachten"),
            "fr", Set.of("rapport", "étude", "analyse", "enquête", "sondage", "communiqué", "estimation", "bilan"),
            "es", Set.of("informe", "estudio", "análisis", "encuesta", "comunicado", "estimación", "balance"),
            "it", Set.of("rapporto", "studio", "analisi", "indagine", "sondaggio", "comunicato", "stima", "bilancio"),
            "pt", Set.of("relatório", "estudo", "análise", "inquérito", "sondagem", "comunicado", "estimativa", "balanço"),
            "nl", Set.of("rapport", "onderzoek", "analyse", "peiling", "verklaring", "schatting"));
    /** The words that name a document's maker after it. */
    private static final Map<String, Set<String>> BY = Map.of(
            "en", Set.of("by", "from", "of"), "de", Set.of("von", "des", "der", "vom"),
            "fr", Set.of("de", "du", "des", "par", "d’", "d'"), "es", Set.of("de", "del", "por"),
            "it", Set.of("di", "del", "della", "dello", "dei", "degli", "delle", "dell’", "dell'"),
            "pt", Set.of("de", "do", "da", "dos", "das", "por"), "nl", Set.of("van", "door"));
    private static final Set<String> LEADING_ARTICLES = Set.of("the", "a", "an");

    private DocumentSource() {
    }

    /**
     * The maker named after a document among the first words of {@code phrase} ("an analysis by …", "a report published
     * by …"), from its first word after an article; null when the phrase names no document and its maker.
     */
    static Span maker(List<Token> phrase, String language) {
        Set<String> documents = DOCUMENTS.getOrDefault(language, Set.of());
        Set<String> by = BY.getOrDefault(language, Set.of());
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
