package dev.margin.suggest.eval;

import dev.margin.suggest.Suggester;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Scores the suggester per language over a folder holding one sub-folder of annotated articles per language
 * ({@code en/}, {@code de/}, …; see src/test/resources/suggest/languages/README.md). The articles are handed to
 * the suggester without their language, so the language detection is measured with everything else.
 */
public final class LanguageEvaluation {
    /** The multilingual evaluation set, relative to the project directory. */
    public static final Path DEFAULT_LANGUAGES = Path.of("src/test/resources/suggest/languages");

    private final SuggestionEvaluation evaluation;

    public LanguageEvaluation(Suggester suggester) {
        this.evaluation = new SuggestionEvaluation(suggester);
    }

    /** True when {@code folder} holds language sub-folders rather than articles. */
    public static boolean isLanguageFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.anyMatch(entry -> Files.isDirectory(entry) && entry.getFileName().toString().matches("[a-z]{2}"));
        }
    }

    /** Reads every language's articles, in language-code order. */
    public static Map<String, List<GoldArticle>> read(Path folder) throws IOException {
        Map<String, List<GoldArticle>> byLanguage = new LinkedHashMap<>();
        List<Path> languages;
        try (Stream<Path> entries = Files.list(folder)) {
            languages = entries.filter(Files::isDirectory).filter(p -> p.getFileName().toString().matches("[a-z]{2}"))
                    .sorted().toList();
        }
        GoldReader reader = new GoldReader();
        for (Path language : languages) {
            byLanguage.put(language.getFileName().toString(), reader.readAll(language));
        }
        return byLanguage;
    }

    /** Scores every language, printing one line per article, then the per-language table; returns the scores. */
    public Map<String, Scorer.Result> evaluate(Map<String, List<GoldArticle>> byLanguage, PrintStream out) {
        Map<String, Scorer.Result> results = new LinkedHashMap<>();
        for (Map.Entry<String, List<GoldArticle>> language : byLanguage.entrySet()) {
            out.printf(Locale.ROOT, "[%s]%n", language.getKey());
            results.put(language.getKey(), evaluation.evaluate(language.getValue(), out));
        }
        printTable(results, byLanguage, out);
        return results;
    }

    /** One row per language: precision/recall of quotes in marks, indirect quotes, actors and claims; speaker accuracy. */
    public static void printTable(Map<String, Scorer.Result> results, Map<String, List<GoldArticle>> byLanguage, PrintStream out) {
        out.printf(Locale.ROOT, "%nSuggestion quality per language (P = precision, R = recall; speakers = right speaker"
                + " over matched quotes, in marks and reported; in marks = over quotes in marks alone; non-persons = actors"
                + " wrongly typed as persons)%n");
        out.printf(Locale.ROOT, "%-4s %5s  %-11s  %-16s  %-16s  %-11s  %-11s  %-11s  %s%n", "lang", "texts", "quotes P/R",
                "speakers", "in marks", "indirect P/R", "actors P/R", "claims P/R", "non-persons");
        Scorer.Result all = Scorer.Result.ZERO;
        int texts = 0;
        for (Map.Entry<String, Scorer.Result> entry : results.entrySet()) {
            int count = byLanguage.get(entry.getKey()).size();
            row(out, entry.getKey(), count, entry.getValue());
            all = all.plus(entry.getValue());
            texts += count;
        }
        row(out, "all", texts, all);
    }

    private static void row(PrintStream out, String language, int texts, Scorer.Result r) {
        out.printf(Locale.ROOT, "%-4s %5d  %-11s  %-16s  %-16s  %-11s  %-11s  %-11s  %d%n", language, texts, pr(r.direct()),
                accuracy(r.speakers()), accuracy(r.quoteSpeakers()), pr(r.indirect()), pr(r.actors()), pr(r.claims()),
                r.nonPersonsAsPersons());
    }

    private static String accuracy(Score speakers) {
        return String.format(Locale.ROOT, "%.2f (%d/%d)", speakers.attributeAccuracy(), speakers.attributeCorrect(),
                speakers.truePositives());
    }

    private static String pr(Score score) {
        return String.format(Locale.ROOT, "%.2f/%.2f", score.precision(), score.recall());
    }
}
