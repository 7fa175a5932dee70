package dev.margin.cli;

import dev.margin.export.JsonLdFormatException;
import dev.margin.service.LibraryServices;
import dev.margin.service.RestoreService;
import dev.margin.service.RestoreService.RestoreReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code margin import-annotations FILE.jsonld}: brings a Margin JSON-LD export (from {@code margin export
 * --format jsonld} or the window) into the library through {@link RestoreService}, in one transaction,
 * and prints what was added and what was already there. Store failures reach the root command's handler, which
 * prints their message.
 */
@Command(name = "import-annotations", mixinStandardHelpOptions = true,
        description = {"Import a Margin JSON-LD export (export --format jsonld): its articles, actors and annotations.",
                "Into an empty library everything is restored; what the library already has is not duplicated (articles are"
                        + " matched by URL or text, actors by name or alias, annotations by their id). All or nothing: a file"
                        + " that cannot be read changes nothing. Each annotation is placed on the library's text of its article"
                        + " (OK, moved or orphaned), never only where the file says."})
final class ImportAnnotationsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE.jsonld", description = "The JSON-LD file to import.")
    private Path file;

    private final MarginCommand root;

    ImportAnnotationsCommand(MarginCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RestoreReport report;
        try (LibraryServices library = root.openLibrary()) {
            report = library.jsonLdRestore().restore(file);
        } catch (IOException | JsonLdFormatException e) {
            return CommandFailure.report(spec, e.getMessage());
        }
        out.println("Imported " + file);
        out.println("articles:    " + report.articlesAdded() + " added, " + report.articlesMatched() + " already present");
        out.println("actors:      " + report.actorsAdded() + " added, " + report.actorsMatched() + " already present");
        out.println("annotations: " + report.annotationsAdded() + " added, " + report.annotationsAlreadyPresent() + " already present"
                + (report.annotationsReanchored() > 0 ? " (" + report.annotationsReanchored()
                + " placed on the library's text of their article, not at the file's offsets)" : ""));
        if (report.textsKept() > 0) {
            out.println("texts:       " + report.textsKept() + " of the file's article texts kept as older revisions, because orphaned"
                    + " annotations point into them");
        }
        out.flush();
        return 0;
    }
}
