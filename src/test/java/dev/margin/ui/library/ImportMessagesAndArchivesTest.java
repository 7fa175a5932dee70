package dev.margin.ui.library;

import dev.margin.importer.ArchivedPage;
import dev.margin.importer.ArticleImporter;
import dev.margin.importer.WebArchiveFixtures;
import dev.margin.service.LibraryServices;
import dev.margin.store.Store;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.StatusViewModel;
import dev.margin.ui.common.SynchronousTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the window says when imports fail (exact, singular-aware sentences naming the input and the reason, issue 16
 * item 16), and how a dropped web archive's pages are listed, chosen and imported with the other files.
 */
class ImportMessagesAndArchivesTest {
    @TempDir
    Path dir;
    private Store store;
    private StatusViewModel status;
    private ImportViewModel imports;
    private final List<List<ImportOutcome>> finished = new ArrayList<>();
    private final List<String> picked = new ArrayList<>();

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("library.db"));
        Messages messages = Messages.forLocale(Locale.ROOT);
        status = new StatusViewModel(messages);
        imports = new ImportViewModel(LibraryServices.over(store, Clock.systemUTC()).imports(ArticleImporter::new),
                new SynchronousTaskRunner(), status, messages);
        imports.setOnFinished(finished::add);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void oneFailedInputIsNamedWithItsReasonNotCountedAsZeroOfOne() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");

        imports.importFiles(List.of(empty));

        String reason = "The file " + empty + " is empty or holds only white space; there is no text to import.";
        assertThat(finished.get(0).get(0).message()).isEqualTo(reason);
        assertThat(status.textProperty().get()).isEqualTo(reason);
        assertThat(imports.reportHeader(finished.get(0))).isEqualTo("empty.txt could not be imported");
    }

    @Test
    void oneFailureAmongSeveralIsNamedWithItsReasonAndAllFailedSaysNone() throws Exception {
        Path good = Files.writeString(dir.resolve("ferry.txt"), "Ferry timetable changes\n\nThe ferry will leave at 6.15 from Monday.");
        Path missing = dir.resolve("gone.html");
        Path empty = Files.writeString(dir.resolve("empty.md"), "");

        imports.importFiles(List.of(good, missing));
        imports.importFiles(List.of(missing, empty));

        assertThat(status.textProperty().get()).isEqualTo("None of the 2 inputs could be imported: gone.html and empty.md");
        assertThat(imports.reportHeader(finished.get(1))).isEqualTo("None of the 2 inputs could be imported");
        assertThat(imports.reportHeader(finished.get(0))).isEqualTo("1 of 2 inputs was not imported");
        imports.importFiles(List.of(dir.resolve("a.txt"), dir.resolve("b.txt"), dir.resolve("c.txt"), dir.resolve("d.txt"), good));
        assertThat(status.textProperty().get()).isEqualTo("Imported 1 of 5 inputs; 4 were not: a.txt, b.txt, c.txt and 1 more");
        imports.importFiles(List.of(good, missing));
        assertThat(status.textProperty().get()).isEqualTo("Imported 1 of 2 inputs; gone.html was not: there is no such file.");
    }

    @Test
    void aDroppedWarcIsListedThePickerChoosesAndTheChosenPagesAreImportedWithTheOtherFiles() throws Exception {
        Path warc = WebArchiveFixtures.newsCrawl(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP);
        Path text = Files.writeString(dir.resolve("ferry.txt"), "Ferry timetable changes\n\nThe ferry will leave at 6.15 from Monday.");
        imports.setPagePicker((archive, pages) -> {
            picked.add(archive.getFileName() + ": " + pages.size());
            return List.of(pages.get(1), pages.get(2));
        });

        imports.importFiles(List.of(text, warc));

        assertThat(picked).containsExactly("crawl.warc.gz: 4");
        List<ImportOutcome> outcomes = finished.get(0);
        assertThat(outcomes).extracting(ImportOutcome::source).containsExactly(text.toString(),
                WebArchiveFixtures.SHIPYARD + " (crawl.warc.gz)", WebArchiveFixtures.FERRY + " (crawl.warc.gz)");
        assertThat(outcomes).allMatch(outcome -> outcome.result() == ImportOutcome.Result.IMPORTED);
        assertThat(store.articles().count()).isEqualTo(3);
        assertThat(status.textProperty().get()).isEqualTo("Saved: 3 articles imported");

        // its file:// address typed or pasted: the same choice, and the pages chosen again are recognised
        imports.importTextOrUrl(warc.toUri().toString());
        assertThat(picked).containsExactly("crawl.warc.gz: 4", "crawl.warc.gz: 4");
        assertThat(finished.get(1)).extracting(ImportOutcome::result)
                .containsExactly(ImportOutcome.Result.ALREADY_THERE, ImportOutcome.Result.ALREADY_THERE);
    }

    @Test
    void nothingChosenImportsNothingAndAnArchiveWithOnePageNeedsNoChoice() throws Exception {
        Path warc = WebArchiveFixtures.newsCrawl(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP);
        Path single = WebArchiveFixtures.singlePage(dir.resolve("one.warc"));
        imports.setPagePicker((archive, pages) -> {
            picked.add(archive.getFileName().toString());
            return List.<ArchivedPage>of();
        });

        imports.importFiles(List.of(warc));
        assertThat(status.textProperty().get()).isEqualTo("No page was chosen; nothing was imported");
        imports.importFiles(List.of(single));

        assertThat(picked).containsExactly("crawl.warc.gz");
        assertThat(finished).hasSize(1);
        assertThat(finished.get(0).get(0).result()).isEqualTo(ImportOutcome.Result.IMPORTED);
    }

    @Test
    void readingABigArchiveShowsProgressAndCanBeCancelled() throws Exception {
        Path warc = WebArchiveFixtures.newsCrawl(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP);
        List<String> progress = new ArrayList<>();
        imports.progressTextProperty().addListener((observable, old, text) -> {
            progress.add(text);
            if (text.startsWith("Reading the web archive crawl.warc.gz:") && !text.endsWith(" 0%")) {
                imports.cancel();
            }
        });
        imports.setPagePicker((archive, pages) -> {
            picked.add(archive.toString());
            return pages;
        });

        imports.importFiles(List.of(warc));

        assertThat(progress).anyMatch(text -> text.matches("Reading the web archive crawl\\.warc\\.gz: [1-9]\\d*%"));
        assertThat(picked).isEmpty();
        assertThat(finished).isEmpty();
        assertThat(status.textProperty().get()).isEqualTo("Reading the web archive was cancelled; nothing was imported");
        assertThat(imports.runningProperty().get()).isFalse();
    }

    @Test
    void aDamagedArchiveIsReportedAsAFailedInputNamingIt() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.warc"), "not a web archive at all\n");

        imports.importFiles(List.of(broken));

        assertThat(finished.get(0).get(0).failed()).isTrue();
        assertThat(status.textProperty().get()).startsWith("Cannot import the web archive " + broken + ": it is not a readable WARC file");
    }
}
