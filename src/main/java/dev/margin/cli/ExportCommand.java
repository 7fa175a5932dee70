package dev.margin.cli;

import dev.margin.domain.read.AnnotationFilter;
import dev.margin.domain.read.ReviewOrder;
import dev.margin.service.Cancellation;
import dev.margin.export.Reviewer;
import dev.margin.service.ExportFormat;
import dev.margin.service.ExportOptions;
import dev.margin.service.ExportScope;
import dev.margin.service.ExportService;
import dev.margin.service.ExportService.ExportResult;
import dev.margin.service.LibraryServices;
import dev.margin.domain.read.SearchHit;
import dev.margin.domain.read.SearchQuery;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * {@code margin export}: writes articles with their annotations in one of the export formats through
 * {@link ExportService}, which replaces the target only with a complete file (a failed export leaves an
 * earlier file as it was). Progress goes to the error stream when an export takes a while; Ctrl-C cancels
 * the export cleanly, leaving neither the target nor a temporary file behind.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export annotated articles: Markdown notes, a standalone HTML page, CSV (one row per annotation),"
                + " W3C Web Annotation JSON-LD, schema.org ClaimReview JSON-LD, or a PDF report.",
                "The target is replaced only by a complete export: when writing fails, an earlier file there is left as it was."})
final class ExportCommand implements Callable<Integer> {
    /** How many search hits --query exports at most; far beyond any library this app is built for. */
    private static final int MAX_QUERY_HITS = 10_000_000;

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "md, html, csv, jsonld, claimreview or pdf (also md-folder = md --folder, csv-bom = csv --bom).")
    private ExportFormat format;

    @Option(names = "--output", required = true, paramLabel = "PATH",
            description = "The file to write; with --folder, the folder the notes go into (created when missing).")
    private Path output;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Scope scope;

    /** Which part of the library: exactly one of these. */
    static final class Scope {
        @Option(names = "--article", paramLabel = "ID", description = "An article to export (repeatable), as `margin list` prints its id.")
        List<Long> articleIds;

        @Option(names = "--all", description = "Every article, annotation and actor of the library.")
        boolean all;

        @Option(names = "--query", paramLabel = "TEXT",
                description = "The annotations whose words, note or article title match TEXT (words all must match, \"a phrase\", prefix*).")
        String query;
    }

    @Option(names = "--annotator", paramLabel = "NAME",
            description = "Only the annotations NAME made (repeatable), within --article, --all or --query: the name the library"
                    + " records as maker (the computer's user name, or the team member's database user).")
    List<String> annotators = new ArrayList<>();

    @Option(names = "--folder", description = "md only: one note per article into PATH as a folder (an existing note of the same article is updated).")
    private boolean folder;

    @Option(names = "--bom", description = "csv only: start the file with a byte order mark, so spreadsheet programs read it as UTF-8.")
    private boolean bom;

    @Option(names = "--with-text", description = "pdf only: print each article's text, with its marks, before its notes.")
    private boolean withText;

    @Option(names = "--organisation", paramLabel = "NAME", defaultValue = "",
            description = "claimreview only: the organisation publishing the fact checks, written as each review's author.")
    private String organisation;

    @Option(names = "--organisation-url", paramLabel = "URL", defaultValue = "",
            description = "claimreview only: the organisation's web site (http or https).")
    private String organisationUrl;

    @Option(names = "--review-url", paramLabel = "URL", defaultValue = "",
            description = "claimreview only: the page the reviews are published on, each review's url (default: the organisation's site).")
    private String reviewUrl;

    @Option(names = "--creator", paramLabel = "NAME", defaultValue = "",
            description = "Your name, written as the creator of the JSON-LD annotations (default: none).")
    private String creator;

    private final MarginCommand root;

    ExportCommand(MarginCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        ExportFormat chosen = effectiveFormat();
        ExportOptions exportOptions = options();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (chosen.writesFolder() && Files.exists(output) && !Files.isDirectory(output)) {
            return CommandFailure.report(spec, output.toAbsolutePath() + " is a file, not a folder; the notes of --folder go into a folder.");
        }
        try (LibraryServices library = root.openLibrary()) {
            ExportScope exportScope = exportScope(library);
            if (exportScope == null && !annotators.isEmpty()) {
                return CommandFailure.report(spec, "no annotation made by " + String.join(" or ", annotators)
                        + (scope.query == null ? "" : " matches \"" + scope.query + "\"") + "; nothing was written.");
            }
            if (exportScope == null) {
                return CommandFailure.report(spec, "no annotation matches \"" + scope.query + "\"; nothing was written.");
            }
            ExportService service = library.exports(VersionProvider.version(), creator);
            Cancellation cancellation = new Cancellation();
            ExportResult result;
            try (CancelOnShutdown onCtrlC = new CancelOnShutdown(cancellation)) {
                result = service.export(exportScope, chosen, exportOptions, output, new ProgressPrinter(err, "margin export"), cancellation);
            }
            out.println("Exported " + Counts.of(result.articles(), "article") + ", " + Counts.of(result.annotations(), "annotation") + " and "
                    + Counts.of(result.actors(), "actor") + " as " + chosen.cliName() + " to " + where(result, chosen));
            out.flush();
            return 0;
        } catch (ParameterException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // the library's own failures (a missing article, a damaged file) and a cancel, said in one line
            return CommandFailure.report(spec, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** --with-text and the reviewing organisation; each only with the format it is for, and the addresses web addresses. */
    private ExportOptions options() {
        if (withText && format != ExportFormat.PDF) {
            throw new ParameterException(spec.commandLine(), "--with-text only goes with --format pdf.");
        }
        Reviewer reviewer = new Reviewer(organisation, organisationUrl, reviewUrl);
        if (!reviewer.equals(Reviewer.NONE) && format != ExportFormat.CLAIMREVIEW) {
            throw new ParameterException(spec.commandLine(), "--organisation, --organisation-url and --review-url only go with --format claimreview.");
        }
        if (!reviewer.problem().isEmpty()) {
            throw new ParameterException(spec.commandLine(), "ClaimReview: " + reviewer.problem() + ".");
        }
        return new ExportOptions(withText, reviewer);
    }

    /** The format with --folder and --bom folded in; either on a format it does not fit is a usage error. */
    private ExportFormat effectiveFormat() {
        if (folder && format != ExportFormat.MARKDOWN && format != ExportFormat.MARKDOWN_FOLDER) {
            throw new ParameterException(spec.commandLine(), "--folder only goes with --format md (one note per article).");
        }
        if (bom && format != ExportFormat.CSV && format != ExportFormat.CSV_WITH_BOM) {
            throw new ParameterException(spec.commandLine(), "--bom only goes with --format csv.");
        }
        if (folder) {
            return ExportFormat.MARKDOWN_FOLDER;
        }
        return bom ? ExportFormat.CSV_WITH_BOM : format;
    }

    /** The scope asked for; null when --query matches nothing. */
    private ExportScope exportScope(LibraryServices library) {
        if (!annotators.isEmpty()) {
            return annotatorsScope(library);
        }
        if (scope.all) {
            return new ExportScope.Everything();
        }
        if (scope.articleIds != null) {
            return scope.articleIds.size() == 1 ? new ExportScope.OneArticle(scope.articleIds.get(0)) : new ExportScope.Articles(scope.articleIds);
        }
        String ftsQuery = SearchQuery.fromUserInput(scope.query);
        if (ftsQuery.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--query \"" + scope.query + "\" holds no words to search for.");
        }
        List<SearchHit> hits = library.queries().search(scope.query, MAX_QUERY_HITS);
        return hits.isEmpty() ? null : new ExportScope.Annotations(hits.stream().map(SearchHit::annotationId).toList());
    }

    /** The annotations the --annotator people made within the scope asked for; null when there are none. */
    private ExportScope annotatorsScope(LibraryServices library) {
        AnnotationFilter filter = AnnotationFilter.none().withAnnotators(annotators);
        if (scope.query != null) {
            if (SearchQuery.fromUserInput(scope.query).isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--query \"" + scope.query + "\" holds no words to search for.");
            }
            filter = filter.withText(scope.query);
        }
        List<Long> articles = scope.articleIds == null ? Collections.singletonList(null) : scope.articleIds;
        List<UUID> ids = new ArrayList<>();
        for (Long article : articles) {
            AnnotationFilter part = filter.withArticle(article);
            int count = library.queries().count(part);
            library.queries().rows(part, ReviewOrder.byDefault(), 0, count).forEach(row -> ids.add(row.annotationId()));
        }
        return ids.isEmpty() ? null : new ExportScope.Annotations(ids);
    }

    private static String where(ExportResult result, ExportFormat format) {
        if (format.writesFolder()) {
            return Counts.of(result.files().size(), "note") + (result.files().isEmpty() ? "" : " in " + result.files().get(0).getParent());
        }
        return result.files().get(0).toString();
    }

    /** Reads --format through {@link ExportFormat#ofCliName}, so the command line and the service agree on the names. */
    static final class FormatConverter implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ExportFormat.ofCliName(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
