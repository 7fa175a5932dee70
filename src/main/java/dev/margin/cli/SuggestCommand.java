package dev.margin.cli;

import dev.margin.domain.Actor;
import dev.margin.domain.Article;
import dev.margin.importer.ImportException;
import dev.margin.importer.ImportResult;
import dev.margin.service.LibraryServices;
import dev.margin.suggest.Lexicon;
import dev.margin.suggest.Suggester;
import dev.margin.suggest.Suggestion;
import dev.margin.suggest.SuggestionJsonLines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code margin suggest [--json] FILE|ID...}: runs the {@link Suggester} over files or stored articles and
 * prints its suggestions, storing nothing. A file is read with the importer, so offsets refer to the
 * reading text an import would store, not to the file's bytes. Files alone never open the library.
 */
@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = {"Suggest quotes (with speaker and cue), actors and claims for files or stored articles, without storing anything.",
                "An argument naming an existing file is a file (.html, .htm, .md, .txt, read as `margin import` would);"
                        + " otherwise a number is the id of a stored article (as `margin list` prints it). --article ID always means an article."
                        + " Sources are printed in the order given, --article ids last.",
                "Offsets (start, end) count UTF-16 units of the article's reading text (paragraphs separated by one line break),"
                        + " as `margin show` prints it: for a file, the text an import would store, not the file's bytes.",
                "Stored articles are matched against the library's actors; files are not."},
        footer = {"", "With --json, one JSON object a line: {\"source\": FILE or ID, \"kind\": \"quote\"|\"actor\"|\"claim\", \"start\", \"end\","
                + " \"exact\", \"speaker\", \"cue\", \"quoteType\", \"actor\", \"actorType\", \"claimant\", ...}; fields that do not apply are left out."})
final class SuggestCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "One JSON object a line instead of a table.")
    private boolean json;

    @Option(names = "--article", paramLabel = "ID", description = "A stored article to suggest for (repeatable).")
    private List<Long> articleIds = new ArrayList<>();

    @Parameters(paramLabel = "FILE|ID", arity = "0..*", description = "Files to read, or ids of stored articles.")
    private List<String> sources = new ArrayList<>();

    private final MarginCommand root;

    SuggestCommand(MarginCommand root) {
        this.root = root;
    }

    /** One text to suggest for: where it came from (the argument as given) and its reading text. */
    private record Source(String name, String text) {
    }

    /** One argument: a file, or a stored article when {@code articleId} is set. */
    private record Request(String argument, Long articleId) {
    }

    @Override
    public Integer call() throws IOException {
        List<Request> requests = requests();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Suggester suggester = new Suggester(Lexicon.load());
        SuggestionJsonLines lines = new SuggestionJsonLines();
        int failed = 0;
        // Opened at the first article only: files alone never create or touch a library.
        LibraryServices library = null;
        List<Actor> knownActors = List.of();
        try {
            for (Request request : requests) {
                if (request.articleId() != null && library == null) {
                    library = root.openLibrary();
                    knownActors = library.actors().list();
                }
                Optional<Source> source = request.articleId() == null ? readFile(request.argument(), err)
                        : readArticle(library, request.articleId(), err);
                if (source.isEmpty()) {
                    failed++;
                    continue;
                }
                List<Actor> actors = request.articleId() == null ? List.of() : knownActors;
                print(source.get(), suggester.suggest(source.get().text(), actors), lines, out);
            }
        } finally {
            if (library != null) {
                library.close();
            }
        }
        if (failed > 0) {
            return CommandFailure.report(spec, failed + " of " + Counts.of(requests.size(), "source") + " failed.");
        }
        return 0;
    }

    /** The arguments in the order given, then the --article ids; a usage error when there are none. */
    private List<Request> requests() {
        if (sources.isEmpty() && articleIds.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Name at least one FILE or article ID.");
        }
        List<Request> requests = new ArrayList<>();
        for (String source : sources) {
            boolean articleId = !isFile(source) && source.matches("\\d{1,18}");
            requests.add(new Request(source, articleId ? Long.parseLong(source) : null));
        }
        articleIds.forEach(id -> requests.add(new Request(Long.toString(id), id)));
        return requests;
    }

    private static Optional<Source> readArticle(LibraryServices library, long id, PrintWriter err) {
        Optional<Article> article = library.library().article(id);
        if (article.isEmpty()) {
            err.println("margin suggest: there is no article " + id + " in " + library.libraryFile() + " (see `margin list`).");
            err.flush();
            return Optional.empty();
        }
        return Optional.of(new Source(Long.toString(id), article.get().text()));
    }

    private Optional<Source> readFile(String file, PrintWriter err) {
        try {
            ImportResult result = root.importer().importFile(Path.of(file));
            result.warnings().forEach(warning -> err.println("margin suggest: " + file + ": warning: " + warning));
            return Optional.of(new Source(file, result.draft().text()));
        } catch (ImportException | InvalidPathException e) {
            err.println("margin suggest: " + file + ": " + e.getMessage());
            return Optional.empty();
        } finally {
            err.flush();
        }
    }

    private void print(Source source, List<Suggestion> suggestions, SuggestionJsonLines lines, PrintWriter out) throws IOException {
        if (json) {
            lines.write(source.name(), suggestions, out);
        } else {
            SuggestionTable.print(source.name(), suggestions, out);
        }
        out.flush();
    }

    private static boolean isFile(String argument) {
        try {
            return Files.exists(Path.of(argument));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
