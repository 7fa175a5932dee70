package dev.margin.cli;

import dev.margin.importer.ArticleImporter;
import dev.margin.importer.ImportException;
import dev.margin.importer.ImportResult;
import dev.margin.service.LibraryService;
import dev.margin.service.LibraryService.ImportOutcome;
import dev.margin.store.Store;
import dev.margin.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code margin import FILE|URL...}: imports each input in turn, each in its own transaction, and says for
 * each what happened: new, duplicate, revised (with how its annotations were re-anchored) or failed (why).
 * One failed input does not stop the others; the exit code is 1 when any failed.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import articles from files (.html, .htm, .txt, .md) or web pages (http:// or https:// URLs).",
                "An article already in the library is recognised by its URL or its text; a changed version of it"
                        + " becomes a new revision and its annotations are re-anchored (ok / moved / orphaned)."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE|URL", arity = "1..*", description = "Files or URLs to import.")
    private List<String> inputs;

    private final MarginCommand root;

    ImportCommand(MarginCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        ArticleImporter importer = root.importer();
        try (Store store = root.openStore()) {
            LibraryService library = new LibraryService(store, Clock.systemUTC());
            for (String input : inputs) {
                try {
                    ImportResult result = read(importer, input);
                    result.warnings().forEach(warning -> err.println("margin import: " + input + ": warning: " + warning));
                    out.println(describe(library.importDraft(result.draft()), input));
                } catch (ImportException | StoreException | IllegalArgumentException e) {
                    failed++;
                    err.println("failed  " + input + ": " + e.getMessage());
                }
                out.flush();
                err.flush();
            }
        }
        if (failed > 0) {
            return CommandFailure.report(spec, failed + " of " + inputs.size() + (inputs.size() == 1 ? " input" : " inputs") + " failed.");
        }
        return 0;
    }

    private static ImportResult read(ArticleImporter importer, String input) throws ImportException {
        String lower = input.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            try {
                return importer.importUrl(new URI(input));
            } catch (URISyntaxException e) {
                throw new ImportException("The address " + input + " is not a valid URL: " + e.getReason() + ".", e);
            }
        }
        try {
            return importer.importFile(Path.of(input));
        } catch (InvalidPathException e) {
            throw new ImportException("The file name " + input + " is not valid here: " + e.getReason() + ".", e);
        }
    }

    private static String describe(ImportOutcome outcome, String input) {
        String article = outcome.article().id() + "\t" + OneLine.of(outcome.article().displayTitle());
        return switch (outcome.status()) {
            case NEW -> "new       " + article + "\t(" + input + ")";
            case DUPLICATE -> "duplicate " + article + "\t(" + input + "; already in the library, nothing changed)";
            case REVISED -> "revised   " + article + "\t(" + input + "; revision " + outcome.article().revision() + ", annotations: "
                    + outcome.ok() + " ok, " + outcome.moved() + " moved, " + outcome.orphaned() + " orphaned)";
        };
    }
}
