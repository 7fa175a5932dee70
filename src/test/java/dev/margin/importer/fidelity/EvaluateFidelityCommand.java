package dev.margin.importer.fidelity;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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
 * {@code evaluate-fidelity [DIR]}: imports every page of the fidelity corpus and prints per page precision, recall,
 * clutter kept, title, byline and date, then the summary ({@link FidelityEvaluation}). A developer's tool, not part of
 * the product: run it from the project folder with {@code mvn -B -Pfidelity test-compile exec:exec}
 * ({@code -Dfidelity.args=DIR} for another folder of pages, such as real pages kept outside the repository).
 */
@Command(name = "evaluate-fidelity", mixinStandardHelpOptions = true,
        description = {"Import every saved page of a fidelity corpus and score the reading text and metadata against what a reader must get.",
                "A page is NN-slug.html beside NN-slug.expected.json; see src/test/resources/dev/margin/importer/fidelity/README.md."})
final class EvaluateFidelityCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1",
            description = "The folder of pages (default: the corpus in src/test/resources, when run from the project folder).")
    private Path directory;

    public static void main(String[] args) {
        System.exit(new CommandLine(new EvaluateFidelityCommand()).execute(args));
    }

    @Override
    public Integer call() {
        Path folder = directory == null ? FidelityPage.DEFAULT_FOLDER : directory;
        List<FidelityPage> corpus;
        try {
            corpus = FidelityPage.readAll(folder);
        } catch (IOException e) {
            return failure(e.getMessage() + (directory == null ? " (run it from the project folder, or name a DIR of pages)" : ""));
        }
        if (corpus.isEmpty()) {
            return failure("there are no pages (NN-slug.html beside NN-slug.expected.json) in " + folder.toAbsolutePath() + ".");
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream table = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            FidelityEvaluation.print(new FidelityEvaluation().evaluate(corpus), corpus, table);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(buffer.toString(StandardCharsets.UTF_8));
        out.flush();
        return 0;
    }

    private int failure(String problem) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.qualifiedName() + ": " + problem);
        err.flush();
        return 1;
    }
}
