package dev.margin.suggest.eval;

import dev.margin.suggest.Lexicon;
import dev.margin.suggest.Suggester;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Runs the suggester over annotated fixtures and prints precision, recall and F1 per kind:
 * {@code mvn -B -q -o compile exec:java -Dmain.class=dev.margin.suggest.eval.SuggestionEvaluation
 * [-Dexec.args=DIR]} (the pom names the exec plugin's main class through the {@code main.class} property). The default directory is the fixtures shipped with the tests. Matching rules are
 * those of {@link Scorer}.
 */
public final class SuggestionEvaluation {
    /** Where the fixtures live, relative to the project directory. */
    public static final Path DEFAULT_FIXTURES = Path.of("src/test/resources/suggest/fixtures");

    private final Suggester suggester;

    public SuggestionEvaluation(Suggester suggester) {
        this.suggester = suggester;
    }

    public static void main(String[] args) throws IOException {
        Path directory = args.length > 0 ? Path.of(args[0]) : DEFAULT_FIXTURES;
        List<GoldArticle> fixtures;
        try {
            fixtures = new GoldReader().readAll(directory);
        } catch (IOException e) {
            System.err.println("suggestion evaluation: " + e.getMessage());
            System.exit(2);
            return;
        }
        Scorer.Result total = new SuggestionEvaluation(new Suggester(Lexicon.load())).evaluate(fixtures, System.out);
        printTable(total, fixtures.size(), System.out);
    }

    /** Scores every fixture, printing one line each, and returns the totals. */
    public Scorer.Result evaluate(List<GoldArticle> fixtures, PrintStream out) {
        Scorer scorer = new Scorer();
        Scorer.Result total = Scorer.Result.ZERO;
        for (GoldArticle fixture : fixtures) {
            Scorer.Result result = scorer.score(fixture, suggester.suggest(fixture.text()));
            out.printf(Locale.ROOT, "%-32s direct %d/%d  indirect %d/%d  speakers %d/%d  actors %d/%d  claims %d/%d%n",
                    fixture.name(),
                    result.direct().truePositives(), result.direct().truePositives() + result.direct().falseNegatives(),
                    result.indirect().truePositives(), result.indirect().truePositives() + result.indirect().falseNegatives(),
                    result.speakers().attributeCorrect(), result.speakers().truePositives(),
                    result.actors().truePositives(), result.actors().truePositives() + result.actors().falseNegatives(),
                    result.claims().truePositives(), result.claims().truePositives() + result.claims().falseNegatives());
            total = total.plus(result);
        }
        return total;
    }

    public static void printTable(Scorer.Result total, int fixtureCount, PrintStream out) {
        out.printf(Locale.ROOT, "%nSuggestion quality over %d fixtures%n", fixtureCount);
        out.printf(Locale.ROOT, "%-16s %5s %5s %5s %9s %7s %6s   %s%n", "kind", "TP", "FP", "FN", "precision", "recall", "F1", "over matches");
        row(out, "direct quotes", total.direct(), "");
        row(out, "indirect quotes", total.indirect(), "");
        out.printf(Locale.ROOT, "%-16s %5d %5s %5s %9s %7s %6s   speaker accuracy %.3f (%d/%d)%n", "speakers",
                total.speakers().truePositives(), "", "", "", "", "", total.speakers().attributeAccuracy(),
                total.speakers().attributeCorrect(), total.speakers().truePositives());
        row(out, "actors", total.actors(), "");
        row(out, "claims", total.claims(), String.format(Locale.ROOT, "claimant accuracy %.3f (%d/%d)",
                total.claims().attributeAccuracy(), total.claims().attributeCorrect(), total.claims().truePositives()));
    }

    private static void row(PrintStream out, String kind, Score score, String extra) {
        out.printf(Locale.ROOT, "%-16s %5d %5d %5d %9.3f %7.3f %6.3f   %s%n", kind, score.truePositives(),
                score.falsePositives(), score.falseNegatives(), score.precision(), score.recall(), score.f1(), extra);
    }
}
