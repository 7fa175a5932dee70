package dev.margin.cli;

import dev.margin.domain.Actor;
import dev.margin.domain.Article;
import dev.margin.importer.ImportException;
import dev.margin.importer.ImportResult;
import dev.margin.store.Store;
import dev.margin.store.StoreException;
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
                        + " otherwise a number is the id of a stored article (as `margin list` prints it). --article ID always means an article.",
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

    @Override
    public Integer call() throws IOException {
        if (sources.isEmpty() && articleIds.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Name at least one FILE or article ID.");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> files = new ArrayList<>();
        List<Long> articles = new ArrayList<>(articleIds);
        int failed = 0;
        for (String source : sources) {
            if (isFile(source) || !source.matches("\\d{1,18}")) {
                files.add(source);
            } else {
                articles.add(Long.parseLong(source));
            }
        }
        Suggester suggester = new Suggester(Lexicon.load());
        SuggestionJsonLines lines = new SuggestionJsonLines();
        for (String file : files) {
            Optional<Source> read = readFile(file, err);
            if (read.isEmpty()) {
                failed++;
                continue;
            }
            print(read.get(), suggester.suggest(read.get().text()), lines, out);
        }
        if (!articles.isEmpty()) {
            failed += suggestForArticles(articles, suggester, lines, out, err);
        }
        out.flush();
        if (failed > 0) {
            int total = files.size() + articles.size();
            err.println("margin suggest: " + failed + " of " + total + (total == 1 ? " source" : " sources") + " failed.");
            err.flush();
            return 1;
        }
        return 0;
    }

    private int suggestForArticles(List<Long> ids, Suggester suggester, SuggestionJsonLines lines, PrintWriter out, PrintWriter err)
            throws IOException {
        int failed = 0;
        try (Store store = root.openStore()) {
            List<Actor> knownActors = store.actors().list();
            for (long id : ids) {
                Optional<Article> article = store.articles().find(id);
                if (article.isEmpty()) {
                    err.println("margin suggest: there is no article " + id + " in " + store.file() + " (see `margin list`).");
                    failed++;
                    continue;
                }
                Source source = new Source(Long.toString(id), article.get().text());
                print(source, suggester.suggest(source.text(), knownActors), lines, out);
            }
        } catch (StoreException e) {
            err.println("margin suggest: " + e.getMessage());
            return failed + 1;
        }
        return failed;
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
