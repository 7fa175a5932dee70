package dev.margin.cli;

import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.service.LibraryServices;
import dev.margin.service.ReviewQueries.AnnotatedArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code margin show ID}: the article's metadata, then its reading text with every placed annotation in
 * labelled brackets, then a legend saying what each label is. Orphaned annotations cannot be placed in
 * the text; they are listed after it with the words they were made on.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print an article: metadata, the reading text with annotations marked inline, and a legend.")
final class ShowCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The article id, as `margin list` prints it.")
    private long articleId;

    private final MarginCommand root;

    ShowCommand(MarginCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (LibraryServices library = root.openLibrary()) {
            // one read: the text, its annotations and the actor names come from the same moment
            Optional<AnnotatedArticle> shown = library.queries().annotatedArticle(articleId);
            if (shown.isEmpty()) {
                return CommandFailure.report(spec, "there is no article " + articleId + " in " + library.libraryFile() + " (see `margin list`).");
            }
            Article article = shown.get().article();
            List<Annotation> annotations = shown.get().annotations();
            AnnotationLabels labels = new AnnotationLabels(annotations, new ActorNames(shown.get().actors()));
            printMetadata(out, article, annotations.size());
            EditCommand.printAssessment(out, library.library().info(articleId).assessment());
            out.println();
            printText(out, article, labels);
            printLegend(out, labels);
        }
        out.flush();
        return 0;
    }

    private static void printMetadata(PrintWriter out, Article article, int annotationCount) {
        String title = OneLine.of(article.displayTitle());
        out.println(title);
        out.println("=".repeat(Math.min(72, Math.max(3, title.length()))));
        field(out, "Byline", article.byline());
        field(out, "Outlet", article.outlet());
        field(out, "URL", article.url());
        field(out, "Published", article.publishedText());
        field(out, "Imported", article.importedAt() == null ? "" : article.importedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        field(out, "Language", article.language());
        field(out, "Article", article.id() + ", revision " + article.revision() + ", " + annotationCount
                + (annotationCount == 1 ? " annotation" : " annotations"));
    }

    private static void field(PrintWriter out, String name, String value) {
        if (value != null && !value.isBlank()) {
            out.println(name + ": " + OneLine.of(value));
        }
    }

    private static void printText(PrintWriter out, Article article, AnnotationLabels labels) {
        String marked = InlineMarkup.render(article.text(), labels.marks());
        // the brackets never hold a line break, so the marked text has the article's paragraphs in order
        String[] paragraphs = marked.split("\n", -1);
        for (int i = 0; i < paragraphs.length; i++) {
            out.println((article.headings().contains(i) ? "## " : "") + paragraphs[i]);
            out.println();
        }
    }

    private static void printLegend(PrintWriter out, AnnotationLabels labels) {
        if (labels.isEmpty()) {
            out.println("No annotations.");
            return;
        }
        out.println("Legend: [Q…] quote, [A…] actor mention, [C…] claim, [H…] highlight; a bracket cut by a crossing one"
                + " is reopened with the same label.");
        List<String> orphans = new ArrayList<>();
        for (AnnotationLabels.Entry entry : labels.entries()) {
            if (entry.annotation().anchorState() == AnchorState.ORPHANED) {
                orphans.add(entry.describe());
            } else {
                out.println("  " + entry.describe());
            }
        }
        if (!orphans.isEmpty()) {
            out.println("Orphaned (their words were not found in this revision; not marked above):");
            orphans.forEach(line -> out.println("  " + line));
        }
    }
}
