package dev.margin.cli;

import dev.margin.domain.Article;
import dev.margin.importer.ArticleImporter;
import dev.margin.service.LibraryServices;
import dev.margin.store.DataDirectory;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.StatusViewModel;
import dev.margin.ui.common.SynchronousTaskRunner;
import dev.margin.ui.library.ImportOutcome;
import dev.margin.ui.library.ImportViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same inputs imported through the window's view-model and through {@code margin import}, each into a library
 * of its own: the same articles are stored (text, metadata, revision), the same inputs fail, and both report the same
 * extraction warnings and dropped boilerplate lines, per input.
 */
class ImportParityTest {
    private static final String PAGE = """
            <html><head><title>Tram depot to close in May</title></head><body>
            <div><p>The city's oldest tram depot will close in May, the transport board said on Thursday.</p>
            <p>Also read: Bus lanes return to the harbour road</p>
            <p>Its forty workers will move to the new depot at Kestrel Point, a board spokesperson said.</p>
            <p>Related: Night trams to run on weekends</p>
            <p>The site is to be sold for housing; the board expects the sale to raise about 12 million.</p></div>
            </body></html>
            """;

    @TempDir
    Path dir;

    @Test
    void theWindowAndTheCommandLineStoreAndReportTheSame() throws IOException {
        Path page = Files.writeString(dir.resolve("tram-depot.html"), PAGE);
        Path cluttered = AnnotatedLibrary.importerFixture(dir, "cluttered-news.html");
        Path missing = dir.resolve("missing.md");
        List<String> inputs = List.of(page.toString(), cluttered.toString(), missing.toString(), page.toString());

        CliRunner cli = CliRunner.in(dir.resolve("cli"));
        CliRunner.Run run = cli.run(prepend("import", inputs));
        assertThat(run.exitCode()).isEqualTo(1);

        Path windowLibrary = dir.resolve("window.db");
        List<ImportOutcome> outcomes;
        try (SqliteStore store = SqliteStore.open(windowLibrary)) {
            Messages messages = Messages.forLocale(Locale.ROOT);
            ImportViewModel imports = new ImportViewModel(LibraryServices.over(store, Clock.systemUTC()).imports(ArticleImporter::new),
                    new SynchronousTaskRunner(), new StatusViewModel(messages), messages);
            List<List<ImportOutcome>> finished = new ArrayList<>();
            imports.setOnFinished(finished::add);
            imports.importFiles(inputs.stream().map(Path::of).toList());
            outcomes = finished.get(0);
        }

        assertThat(outcomes).extracting(ImportOutcome::result).containsExactly(ImportOutcome.Result.IMPORTED,
                ImportOutcome.Result.IMPORTED, ImportOutcome.Result.FAILED, ImportOutcome.Result.ALREADY_THERE);
        assertThat(run.out().lines().map(line -> line.split(" ")[0]).toList()).containsExactly("new", "new", "duplicate");
        assertThat(run.err()).contains("failed  " + missing + ": " + outcomes.get(2).message());

        List<String> printed = run.err().lines().filter(line -> line.startsWith("margin import: ") && !line.contains(" inputs failed: ")).toList();
        List<String> reported = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String input = inputs.get(i);
            outcomes.get(i).warnings().forEach(warning -> reported.add("margin import: " + input + ": warning: " + warning));
            List<String> dropped = outcomes.get(i).droppedLines();
            for (int n = 0; n < dropped.size(); n++) {
                reported.add("margin import: " + input + ": dropped " + (n + 1) + ": " + dropped.get(n));
            }
        }
        assertThat(printed).isEqualTo(reported);
        assertThat(outcomes.get(0).warnings()).singleElement().asString().contains("No article body is marked");
        assertThat(outcomes.get(0).droppedLines()).containsExactly("Also read: Bus lanes return to the harbour road",
                "Related: Night trams to run on weekends");
        assertThat(outcomes.get(1).droppedLines()).isNotEmpty();

        assertThat(stored(windowLibrary)).isEqualTo(stored(cli.dataDir().resolve(DataDirectory.FILE_NAME)));
        assertThat(stored(windowLibrary)).hasSize(2);
    }

    /** What a library holds, without what differs by the moment of import. */
    private static List<String> stored(Path library) {
        try (SqliteStore store = SqliteStore.open(library)) {
            return store.articles().listSummaries().stream().map(summary -> store.articles().find(summary.id()).orElseThrow())
                    .map(ImportParityTest::describe).sorted().toList();
        }
    }

    private static String describe(Article article) {
        return String.join("\n", article.title(), String.valueOf(article.byline()), String.valueOf(article.outlet()),
                String.valueOf(article.url()), String.valueOf(article.publishedDate()), String.valueOf(article.language()),
                article.contentHash(), String.valueOf(article.revision()), article.text());
    }

    private static String[] prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all.toArray(String[]::new);
    }
}
