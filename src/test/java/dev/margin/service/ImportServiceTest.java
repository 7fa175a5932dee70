package dev.margin.service;

import dev.margin.importer.ArticleImporter;
import dev.margin.store.sqlite.SqliteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** The one import entry point: the address-or-file rule, and a batch on a real library with warnings, dropped lines and failures. */
class ImportServiceTest {
    /** A page with no article element (so the extractor warns) and a related-link line in its body (so it is dropped). */
    static final String UNMARKED_PAGE = """
            <html><head><title>Tram depot to close in May</title></head><body>
            <div><p>The city's oldest tram depot will close in May, the transport board said on Thursday.</p>
            <p>Also read: Bus lanes return to the harbour road</p>
            <p>Its forty workers will move to the new depot at Kestrel Point, a board spokesperson said.</p>
            <p>The site is to be sold for housing; the board expects the sale to raise about 12 million.</p></div>
            </body></html>
            """;

    @TempDir
    Path dir;
    private SqliteStore store;
    private ImportService imports;

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("margin.db"));
        imports = LibraryServices.over(store, new TickingClock(Instant.parse("2026-05-02T09:00:00Z"))).imports(ArticleImporter::new);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theSummarySaysHowManyWordsWereKeptAndHowManyBlocksDropped() throws Exception {
        Path page = dir.resolve("tram.html");
        java.nio.file.Files.writeString(page, UNMARKED_PAGE);
        ImportItemResult result = imports.importOne(new ImportSource.File(page));

        assertThat(result.droppedLines()).containsExactly("Also read: Bus lanes return to the harbour road");
        assertThat(result.wordsKept()).isEqualTo(result.article().text().split("\\s+").length);
        assertThat(result.summary()).isEqualTo(result.wordsKept() + " words kept, 1 block dropped");
    }

    @Test
    void anArgumentIsAnAddressWhenItStartsWithASchemeElseAFile() {
        assertThat(ImportSource.argument("https://news.example.org/a?b=1")).isEqualTo(
                new ImportSource.WebAddress(URI.create("https://news.example.org/a?b=1")));
        assertThat(ImportSource.argument("HTTP://news.example.org/a")).isInstanceOf(ImportSource.WebAddress.class);
        assertThat(ImportSource.argument("notes/report.html")).isEqualTo(new ImportSource.File(Path.of("notes/report.html")));
        assertThat(ImportSource.argument("file:///tmp/report.html")).isEqualTo(new ImportSource.File(Path.of("/tmp/report.html")));

        ImportSource ftp = ImportSource.argument("ftp://files.example.org/report.html");
        assertThat(ftp).isInstanceOf(ImportSource.Refused.class);
        assertThat(((ImportSource.Refused) ftp).reason()).contains("ftp://files.example.org/report.html", "unsupported address scheme")
                .doesNotContain("no such file");
        assertThat(((ImportSource.Refused) ImportSource.argument("https://exa mple.org/x")).reason()).contains("not a valid URL");
        assertThat(((ImportSource.Refused) ImportSource.argument("https:///path-only")).reason()).contains("names no host");
    }

    @Test
    void textIsAnAddressOnlyWhenItIsOneWordStartingWithAScheme() {
        assertThat(ImportSource.text("  https://news.example.org/a/b?c=1 \n")).isInstanceOf(ImportSource.WebAddress.class);
        assertThat(ImportSource.text("gopher://old.example.org/1")).isInstanceOf(ImportSource.Refused.class);
        assertThat(ImportSource.text("https://example.org/a\nsecond line")).isInstanceOf(ImportSource.Pasted.class);
        assertThat(ImportSource.text("See https://example.org for more")).isInstanceOf(ImportSource.Pasted.class);
        assertThat(ImportSource.text("news.example.org/a")).isInstanceOf(ImportSource.Pasted.class);
    }

    @Test
    void aBatchReportsEachInputWithItsWarningsAndDroppedLinesAndGoesOnAfterAFailure() throws IOException {
        Path page = Files.writeString(dir.resolve("tram-depot.html"), UNMARKED_PAGE);
        Path missing = dir.resolve("missing.txt");
        List<String> heard = new ArrayList<>();

        List<ImportItemResult> results = imports.importAll(List.of(ImportSource.file(page), ImportSource.file(missing),
                ImportSource.argument("ftp://files.example.org/x.html"), ImportSource.file(page)), new ImportService.Listener() {
                    @Override
                    public void starting(int index, int total, ImportSource source) {
                        heard.add("start " + index + "/" + total);
                    }

                    @Override
                    public void finished(int index, ImportItemResult result) {
                        heard.add("done " + index + " " + result.status());
                    }
                }, new Cancellation());

        assertThat(results).extracting(ImportItemResult::status).containsExactly(ImportItemResult.Status.NEW,
                ImportItemResult.Status.FAILED, ImportItemResult.Status.FAILED, ImportItemResult.Status.DUPLICATE);
        assertThat(heard).containsExactly("start 0/4", "done 0 NEW", "start 1/4", "done 1 FAILED", "start 2/4", "done 2 FAILED",
                "start 3/4", "done 3 DUPLICATE");
        ImportItemResult stored = results.get(0);
        assertThat(stored.droppedLines()).containsExactly("Also read: Bus lanes return to the harbour road");
        assertThat(stored.warnings()).singleElement().asString().contains("No article body is marked in the file " + page);
        assertThat(store.articles().find(stored.articleId()).orElseThrow().text())
                .contains("Kestrel Point").doesNotContain("Bus lanes");
        assertThat(results.get(3).articleId()).isEqualTo(stored.articleId());
        assertThat(results.get(3).droppedLines()).isEqualTo(stored.droppedLines());
        assertThat(results.get(1).failure()).contains(missing.toString(), "no such file");
        assertThat(results.get(2).failure()).contains("unsupported address scheme");
        assertThat(store.articles().count()).isEqualTo(1);
    }

    @Test
    void aCancelStopsBeforeTheNextInputAndKeepsWhatWasDone() throws IOException {
        Path first = Files.writeString(dir.resolve("first.txt"), "First report\n\nThe council met on Tuesday.");
        Path second = Files.writeString(dir.resolve("second.txt"), "Second report\n\nThe council met again on Friday.");
        Cancellation cancellation = new Cancellation();

        List<ImportItemResult> results = imports.importAll(List.of(ImportSource.file(first), ImportSource.file(second)),
                new ImportService.Listener() {
                    @Override
                    public void finished(int index, ImportItemResult result) {
                        cancellation.cancel();
                    }
                }, cancellation);

        assertThat(results).singleElement().extracting(ImportItemResult::status).isEqualTo(ImportItemResult.Status.NEW);
        assertThat(store.articles().count()).isEqualTo(1);
    }

    @Test
    void storeWritesRunOnTheExecutorGivenWhileReadingStaysOnTheCaller() throws Exception {
        Path file = Files.writeString(dir.resolve("ferry.txt"), "Ferry timetable changes\n\nThe ferry will leave at 6.15 from Monday.");
        ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "test-store-queue"));
        List<String> writeThreads = new ArrayList<>();
        try {
            List<ImportItemResult> results = imports.importAll(List.of(ImportSource.file(file)), ImportService.Listener.NONE,
                    new Cancellation(), command -> writer.execute(() -> {
                        writeThreads.add(Thread.currentThread().getName());
                        command.run();
                    }));
            assertThat(results).singleElement().extracting(ImportItemResult::status).isEqualTo(ImportItemResult.Status.NEW);
        } finally {
            writer.shutdown();
        }
        assertThat(writeThreads).containsExactly("test-store-queue");
    }

    @Test
    void aCancelWhileOneLongFileIsReadStopsInsideItAndStoresNothingOfIt() throws IOException {
        StringBuilder text = new StringBuilder("A long wire story\n\n");
        for (int paragraph = 0; paragraph < 2_000; paragraph++) {
            text.append("Paragraph ").append(paragraph).append(" of the council's budget hearing went on.\n\n");
        }
        Path longFile = Files.writeString(dir.resolve("long.txt"), text);
        Path later = Files.writeString(dir.resolve("later.txt"), "Second story\n\nIt was never read.");
        Cancellation cancellation = new Cancellation();
        List<Integer> finished = new ArrayList<>();
        ImportService.Listener cancelOnceReadingStarts = new ImportService.Listener() {
            @Override
            public void starting(int index, int total, ImportSource source) {
                cancellation.cancel(); // the user presses Cancel just as the long file is being read
            }

            @Override
            public void finished(int index, ImportItemResult result) {
                finished.add(index);
            }
        };

        List<ImportItemResult> results = imports.importAll(
                List.of(new ImportSource.File(longFile), new ImportSource.File(later)), cancelOnceReadingStarts, cancellation);

        assertThat(results).isEmpty();
        assertThat(finished).isEmpty();
        assertThat(LibraryServices.over(store, java.time.Clock.systemUTC()).library().summaries()).isEmpty();
    }
}
