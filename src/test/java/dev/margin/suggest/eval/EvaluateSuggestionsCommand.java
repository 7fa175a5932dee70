package dev.margin.suggest.eval;

import dev.margin.suggest.Lexicon;
import dev.margin.suggest.Suggester;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code evaluate-suggestions [DIR]}: scores the suggester on annotated fixtures with {@link SuggestionEvaluation}.
 * A developer's tool, not part of the product (the fixtures live in src/test): run it from the project folder with
 * {@code mvn -B -Peval test-compile exec:exec} ({@code -Deval.args=DIR} for another folder of fixtures,
 * {@code -Deval.args=--languages} for the per-language evaluation set).
 */
@Command(name = "evaluate-suggestions", mixinStandardHelpOptions = true,
        description = {"Score the suggester on annotated fixtures: one line per fixture, then precision, recall and F1 for direct quotes,"
                + " indirect quotes, actors and claims, and speaker and claimant accuracy.",
                "A fixture is NAME.txt (the article, one paragraph a line) beside NAME.json (the expected quotes, actors and claims);"
                        + " see src/test/resources/suggest/README.md."})
final class EvaluateSuggestionsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1",
            description = {"The folder of fixtures (default: src/test/resources/suggest/fixtures, when run from the project folder).",
                    "A folder of language sub-folders (en/, de/, …) is scored per language."})
    private Path directory;

    @Option(names = "--languages", description = "Score the multilingual evaluation set (src/test/resources/suggest/languages) per language.")
    private boolean languages;

    public static void main(String[] args) {
        System.exit(new CommandLine(new EvaluateSuggestionsCommand()).execute(args));
    }

    @Override
    public Integer call() {
        Path folder = directory != null ? directory
                : languages ? LanguageEvaluation.DEFAULT_LANGUAGES : SuggestionEvaluation.DEFAULT_FIXTURES;
        PrintWriter out = spec.commandLine().getOut();
        try {
            if (LanguageEvaluation.isLanguageFolder(folder)) {
                return perLanguage(folder, out);
            }
        } catch (IOException e) {
            return failure(e.getMessage());
        }
        List<GoldArticle> fixtures;
        try {
            fixtures = new GoldReader().readAll(folder);
        } catch (IOException e) {
            return failure(e.getMessage()
                    + (directory == null ? " (run it from the project folder, or name a DIR of fixtures)" : ""));
        }
        if (fixtures.isEmpty()) {
            return failure("there are no fixtures (NAME.txt beside NAME.json) in " + folder.toAbsolutePath() + ".");
        }
        // The evaluation prints to a PrintStream; picocli hands commands a PrintWriter.
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream table = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            Scorer.Result total = new SuggestionEvaluation(new Suggester(Lexicon.load())).evaluate(fixtures, table);
            SuggestionEvaluation.printTable(total, fixtures.size(), table);
        }
        out.print(buffer.toString(StandardCharsets.UTF_8));
        out.flush();
        return 0;
    }

    private int perLanguage(Path folder, PrintWriter out) throws IOException {
        var byLanguage = LanguageEvaluation.read(folder);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream table = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            new LanguageEvaluation(new Suggester(Lexicon.load())).evaluate(byLanguage, table);
        }
        out.print(buffer.toString(StandardCharsets.UTF_8));
        out.flush();
        return 0;
    }

    /** One line "evaluate-suggestions: problem" on the error stream and exit code 1. */
    private int failure(String problem) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.qualifiedName() + ": " + problem);
        err.flush();
        return 1;
    }
}
