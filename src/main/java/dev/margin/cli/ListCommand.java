package dev.margin.cli;

import dev.margin.domain.ArticleSummary;
import dev.margin.service.LibraryServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code margin list}: one article a line, tab-separated: id, date, outlet, title, annotation count. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List the articles in the library, newest import first.",
                "One article a line, tab-separated: id, published date (or -), outlet (or -), title, annotations."})
final class ListCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    private final MarginCommand root;

    ListCommand(MarginCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        List<ArticleSummary> summaries;
        try (LibraryServices library = root.openLibrary()) {
            summaries = library.queries().articles();
        }
        PrintWriter out = spec.commandLine().getOut();
        for (ArticleSummary summary : summaries) {
            out.println(summary.id() + "\t" + (summary.publishedDate() == null ? "-" : summary.publishedDate()) + "\t"
                    + orDash(OneLine.of(summary.outlet())) + "\t" + orDash(OneLine.of(summary.title())) + "\t"
                    + summary.annotationCount() + (summary.annotationCount() == 1 ? " annotation" : " annotations"));
        }
        out.flush();
        return 0;
    }

    private static String orDash(String value) {
        return value.isBlank() ? "-" : value;
    }
}
