package dev.margin.cli;

import dev.margin.service.Cancellation;
import dev.margin.service.ImportItemResult;
import dev.margin.service.ImportService;
import dev.margin.service.ImportSource;
import dev.margin.service.LibraryServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * {@code margin import FILE|URL...}: imports each input in turn through the library's {@link ImportService}
 * (the window's import too), each in its own transaction, and says for each what happened: new, duplicate,
 * revised (with how its annotations were re-anchored) or failed (why), on the output stream; the importer's
 * warnings and the boilerplate lines it dropped go to the error stream under the input's name. One failed
 * input does not stop the others; the exit code is 1 when any failed. Ctrl-C stops after the current input.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import articles from files (.html, .htm, .mhtml, .mht, .pdf, .txt, .md), web archives (.warc,"
                + " .warc.gz, .wacz) or web pages (http:// or https:// URLs).",
                "A web archive with one article page imports it; with several, choose with --page URL (see --list) or --all-pages.",
                "An article already in the library is recognised by its URL or its text; a changed version of it"
                        + " becomes a new revision and its annotations are re-anchored (ok / moved / orphaned).",
                "Warnings and the blocks dropped from each article are printed to the error stream, numbered"
                        + " ('dropped 2: …'); --keep-block 2 brings block 2 back into the reading text at its place, as a"
                        + " new revision whose annotations are re-anchored."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE|URL", arity = "1..*", description = "Files or URLs to import.")
    private List<String> inputs;

    @Option(names = "--list", description = "List the article pages in the web archives named (.warc, .warc.gz, .wacz):"
            + " address, capture time and title, one a line; nothing is imported.")
    private boolean list;

    @Option(names = "--page", paramLabel = "URL", description = "Import this page of the web archive named (repeatable;"
            + " --list shows the addresses; an address that redirected inside the archive is followed).")
    private List<String> pages = new ArrayList<>();

    @Option(names = "--all-pages", description = "Import every article page of the web archives named.")
    private boolean allPages;
    @Option(names = "--keep-block", paramLabel = "N", description = "Bring the dropped block N (as numbered in the"
            + " 'dropped N:' lines of this input) back into the reading text at its place; repeatable; one input only.")
    private List<Integer> keepBlocks = new ArrayList<>();

    private final MarginCommand root;

    ImportCommand(MarginCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String misuse = ArchiveInputs.misuse(inputs, list, pages, allPages);
        if (misuse != null) {
            throw new ParameterException(spec.commandLine(), misuse);
        }
        if (!keepBlocks.isEmpty() && inputs.size() != 1) {
            return CommandFailure.report(spec, "--keep-block needs exactly one input, since block numbers are per input;"
                    + " got " + inputs.size() + ".");
        }
        List<ImportItemResult> results;
        List<String> names;
        Cancellation cancellation = new Cancellation();
        try (LibraryServices library = root.openLibrary();
             CancelOnShutdown onCtrlC = new CancelOnShutdown(cancellation)) {
            ImportService imports = library.imports(root::importer);
            ArchiveInputs archives = new ArchiveInputs(imports, cancellation, pages, allPages);
            if (list) {
                return archives.list(inputs, out, err) ? 0 : CommandFailure.report(spec, "some web archives could not be listed.");
            }
            List<ImportSource> sources = new ArrayList<>();
            names = new ArrayList<>();
            for (String input : inputs) {
                archives.sources(input, sources, names);
            }
            results = imports.importAll(sources, new ImportService.Listener() {
                @Override
                public void finished(int index, ImportItemResult result) {
                    print(names.get(index), result, out, err);
                }
            }, cancellation);
            if (!keepBlocks.isEmpty() && !results.isEmpty() && !results.get(0).failed()) {
                Integer refused = keepDropped(imports, results.get(0), out);
                if (refused != null) {
                    return refused;
                }
            }
        }
        long failed = results.stream().filter(ImportItemResult::failed).count();
        if (results.size() < names.size()) {
            return CommandFailure.report(spec, "cancelled after " + results.size() + " of " + inputs(names.size())
                    + (failed > 0 ? " (" + failed + " failed)" : "") + ".");
        }
        if (failed > 0) {
            return CommandFailure.report(spec, failures(results, names));
        }
        return 0;
    }

    private static String inputs(int count) {
        return count == 1 ? "1 input" : count + " inputs";
    }

    /** "the import of X failed." for one input; "2 of 5 inputs failed: X, Y." naming up to three. */
    private static String failures(List<ImportItemResult> results, List<String> names) {
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).failed()) {
                failed.add(names.get(i));
            }
        }
        if (results.size() == 1) {
            return "the import of " + failed.get(0) + " failed (the reason is above).";
        }
        String which = failed.size() <= 3 ? String.join(", ", failed) : String.join(", ", failed.subList(0, 3)) + " and "
                + (failed.size() - 3) + " more";
        return failed.size() + " of " + inputs(results.size()) + " failed: " + which
                + (failed.size() == 1 ? " (the reason is above)." : " (the reasons are above).");
    }

    /** Brings the asked-for blocks back, the highest number first so that the lower numbers still name their blocks. */
    private Integer keepDropped(ImportService imports, ImportItemResult imported, PrintWriter out) {
        List<Integer> numbers = new ArrayList<>(new TreeSet<>(keepBlocks).descendingSet());
        for (int number : numbers) {
            if (number < 1 || number > imported.droppedLines().size()) {
                return CommandFailure.report(spec, "there is no dropped block " + number + " in " + inputs.get(0) + " (it"
                        + " dropped " + imported.droppedLines().size() + "); nothing was brought back.");
            }
        }
        ImportItemResult result = imported;
        for (int number : numbers) {
            int place = result.droppedPositions().get(number - 1);
            try {
                result = imports.keepDropped(result, number - 1);
            } catch (IllegalStateException | IllegalArgumentException e) {
                return CommandFailure.report(spec, e.getMessage());
            }
            out.println("restored  " + result.article().id() + "\t" + OneLine.of(result.article().displayTitle()) + "\t(block "
                    + number + " brought back as paragraph " + (place + 1) + "; revision " + result.article().revision()
                    + ", annotations: " + result.ok() + " ok, " + result.moved() + " moved, " + result.orphaned() + " orphaned)");
        }
        out.flush();
        return null;
    }

    private static void print(String input, ImportItemResult result, PrintWriter out, PrintWriter err) {
        result.warnings().forEach(warning -> err.println("margin import: " + input + ": warning: " + warning));
        for (int i = 0; i < result.droppedLines().size(); i++) {
            err.println("margin import: " + input + ": dropped " + (i + 1) + ": " + OneLine.of(result.droppedLines().get(i)));
        }
        if (result.failed()) {
            err.println("failed  " + input + ": " + result.failure());
        } else {
            out.println(describe(result, input));
        }
        out.flush();
        err.flush();
    }

    private static String describe(ImportItemResult result, String input) {
        String article = result.article().id() + "\t" + OneLine.of(result.article().displayTitle());
        return switch (result.status()) {
            case NEW -> "new       " + article + "\t(" + input + "; " + result.summary() + ")";
            case DUPLICATE -> "duplicate " + article + "\t(" + input + "; already in the library, nothing changed)";
            case REVISED -> "revised   " + article + "\t(" + input + "; " + result.summary() + "; revision " + result.article().revision()
                    + ", annotations: " + result.ok() + " ok, " + result.moved() + " moved, " + result.orphaned() + " orphaned)";
            case FAILED -> throw new IllegalStateException("a failure is printed as one");
        };
    }
}
