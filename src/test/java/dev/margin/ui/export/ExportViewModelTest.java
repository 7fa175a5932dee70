package dev.margin.ui.export;

import dev.margin.service.BackupService;
import dev.margin.service.ExportService;
import dev.margin.service.RestoreService;
import dev.margin.service.RestoreService.RestoreReport;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.Settings;
import dev.margin.ui.common.StatusViewModel;
import dev.margin.ui.common.SynchronousTaskRunner;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export and library-files view-models without the toolkit: a synchronous runner, real SQLite libraries
 * in a temporary folder, real files written, cancelled, refused, imported back and restored.
 */
class ExportViewModelTest {
    @TempDir
    Path dir;
    private final Messages messages = Messages.forLocale(Locale.ROOT);
    private final StatusViewModel status = new StatusViewModel(messages);
    private SqliteStore store;
    private ExportFixture library;
    private Settings settings;
    private ExportViewModel exports;

    @BeforeEach
    void openLibrary() {
        store = SqliteStore.open(dir.resolve("margin.db"));
        library = new ExportFixture(store);
        settings = Settings.load(dir.resolve("settings.properties"));
        exports = new ExportViewModel(new ExportService(store, ExportFixture.CLOCK, "test", ""), new SynchronousTaskRunner(),
                status, messages, settings);
    }

    @AfterEach
    void closeLibrary() {
        store.close();
    }

    @Test
    void anArticleExportWritesTheNoteAndRemembersFolderAndFormat() throws IOException {
        Path out = Files.createDirectory(dir.resolve("notes"));
        ExportSubject subject = ExportSubject.article(library.rail, "This article");
        exports.formatProperty().set(FormatOption.MARKDOWN);
        Path target = out.resolve(subject.fileName(FormatOption.MARKDOWN));

        ExportViewModel.Outcome outcome = export(subject, target);

        assertThat(target.getFileName().toString()).isEqualTo("margin-wire-2026-03-03-rail-plan-faces-first-test-in-parliament.md");
        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.result().annotations()).isEqualTo(4);
        String note = Files.readString(target);
        assertThat(note).contains("title: ", "Rail plan faces first test in parliament", ExportFixture.QUOTE_WORDS, "[[Adaeze Okafor]]");
        assertThat(status.textProperty().get()).isEqualTo("Exported 1 article, 4 annotations to " + target.toAbsolutePath());
        assertThat(exports.runningProperty().get()).isFalse();
        assertThat(settings.get(ExportViewModel.LAST_FOLDER, "")).isEqualTo(out.toAbsolutePath().toString());
        assertThat(settings.get(ExportViewModel.LAST_FORMAT, "")).isEqualTo("MARKDOWN");
        assertThat(exports.initialFolder()).isEqualTo(out.toAbsolutePath());
    }

    @Test
    void csvWithTheByteOrderMarkParsesBackOneRowPerAnnotation() throws IOException {
        exports.formatProperty().set(FormatOption.CSV);
        exports.bomProperty().set(true);
        ExportSubject subject = ExportSubject.everything("Everything", LocalDate.of(2026, 11, 24));
        Path target = dir.resolve(subject.fileName(FormatOption.CSV));

        assertThat(export(subject, target).succeeded()).isTrue();

        assertThat(target.getFileName().toString()).isEqualTo("margin-library-2026-11-24.csv");
        byte[] bytes = Files.readAllBytes(target);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
        assertThat(rows).hasSize(5);
        assertThat(rows).extracting(row -> row.get("article_title")).contains("Tema container traffic rises 12%");
        assertThat(settings.getBoolean(ExportViewModel.CSV_BOM, false)).isTrue();
    }

    @Test
    void selectedArticlesGoIntoAFolderOneNoteEach() throws IOException {
        Path vault = Files.createDirectory(dir.resolve("vault"));
        exports.formatProperty().set(FormatOption.MARKDOWN_FOLDER);
        ExportSubject subject = ExportSubject.articles(List.of(library.port.id(), library.rail.id()), "2 selected articles", LocalDate.of(2026, 11, 24));

        ExportViewModel.Outcome outcome = export(subject, vault);

        assertThat(outcome.result().files()).as("two article notes, the actor note they link").hasSize(3);
        try (Stream<Path> notes = Files.list(vault).filter(p -> p.toString().endsWith(".md"))) {
            assertThat(notes.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "margin-wire-2026-03-03-rail-plan-faces-first-test-in-parliament.md", "margin-wire-2026-03-04-tema-container-traffic-rises-12.md");
        }
        assertThat(status.textProperty().get()).isEqualTo("Exported 2 articles, 5 annotations to 3 notes in " + vault);
        assertThat(settings.get(ExportViewModel.LAST_FOLDER, "")).isEqualTo(vault.toAbsolutePath().toString());
    }

    @Test
    void thePdfsArticleTextAndTheReviewingOrganisationAreUsedAndKeptForNextTime() throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        ExportSubject subject = ExportSubject.article(library.rail, "This article");
        exports.formatProperty().set(FormatOption.CLAIMREVIEW);
        exports.organisationProperty().set("Harbour Facts");
        exports.organisationUrlProperty().set("https://facts.example.net");
        Path claims = out.resolve(subject.fileName(FormatOption.CLAIMREVIEW));

        assertThat(exports.problem()).isEmpty();
        assertThat(export(subject, claims).succeeded()).isTrue();

        JsonNode review = new ObjectMapper().readTree(claims.toFile()).path("@graph").get(0);
        assertThat(review.path("author").path("name").asText()).isEqualTo("Harbour Facts");
        assertThat(review.path("author").path("url").asText()).isEqualTo("https://facts.example.net");
        assertThat(review.path("url").asText()).isEqualTo("https://facts.example.net");
        ExportViewModel later = new ExportViewModel(new ExportService(store, ExportFixture.CLOCK, "test", ""), new SynchronousTaskRunner(),
                status, messages, settings);
        assertThat(later.reviewer()).as("set once, kept in the settings").isEqualTo(exports.reviewer());

        exports.formatProperty().set(FormatOption.PDF);
        exports.articleTextProperty().set(true);
        Path pdf = out.resolve(subject.fileName(FormatOption.PDF));
        assertThat(export(subject, pdf).succeeded()).isTrue();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Article text");
            assertThat(document.getDocumentInformation().getCreator()).isEqualTo("Margin test");
        }
        assertThat(settings.getBoolean(ExportViewModel.PDF_TEXT, false)).isTrue();
    }

    @Test
    void aReviewersSiteThatIsNotAWebAddressIsNamedAndNothingIsWritten() throws IOException {
        Path target = Files.createDirectory(dir.resolve("out")).resolve("claims.json");
        exports.formatProperty().set(FormatOption.CLAIMREVIEW);
        exports.organisationProperty().set("Harbour Facts");
        exports.organisationUrlProperty().set("facts.example.net");

        assertThat(exports.problem()).isEqualTo("Cannot export ClaimReview: the organisation's web site \"facts.example.net\" is not an http(s) address.");
        ExportViewModel.Outcome outcome = export(ExportSubject.article(library.rail, "This article"), target);

        assertThat(outcome.succeeded()).isFalse();
        assertThat(target).doesNotExist();
        assertThat(settings.get(ExportViewModel.ORGANISATION_URL, "")).as("a wrong address is not kept").isEmpty();
    }

    @Test
    void aCancelledExportLeavesNoFileBehind() throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        Path target = out.resolve("library.pdf");
        exports.formatProperty().set(FormatOption.PDF);
        List<String> progressSeen = new ArrayList<>();
        exports.progressTextProperty().addListener((observable, old, text) -> {
            progressSeen.add(text);
            if (text.startsWith("Reading articles")) {
                exports.cancel();
            }
        });

        ExportViewModel.Outcome outcome = export(ExportSubject.everything("Everything", LocalDate.of(2026, 11, 24)), target);

        assertThat(progressSeen).contains("Reading articles: 0 of 2", "Cancelling…");
        assertThat(outcome.cancelled()).isTrue();
        assertThat(status.textProperty().get()).isEqualTo("Export cancelled; nothing was written");
        assertThat(status.failedProperty().get()).isFalse();
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aTargetThatCannotBeWrittenReportsTheFileAndKeepsTheOldOne() throws IOException {
        Path folderInTheWay = Files.createDirectories(dir.resolve("taken.html"));
        Files.writeString(folderInTheWay.resolve("inside.txt"), "keep me");
        exports.formatProperty().set(FormatOption.HTML);

        ExportViewModel.Outcome outcome = export(ExportSubject.article(library.port, "This article"), folderInTheWay);

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.cancelled()).isFalse();
        assertThat(exports.reason(outcome)).contains(folderInTheWay.toString());
        assertThat(status.failedProperty().get()).isTrue();
        assertThat(status.textProperty().get()).startsWith("Exporting to " + folderInTheWay + " failed: ");
        assertThat(Files.readString(folderInTheWay.resolve("inside.txt"))).isEqualTo("keep me");
    }

    @Test
    void importingAJsonLdExportReportsWhatWasAddedAndWhatWasAlreadyThere() throws IOException {
        Path file = dir.resolve("library.jsonld");
        exports.formatProperty().set(FormatOption.JSONLD);
        assertThat(export(ExportSubject.everything("Everything", LocalDate.of(2026, 11, 24)), file).succeeded()).isTrue();

        try (SqliteStore other = SqliteStore.open(dir.resolve("colleague.db"))) {
            LibraryFilesViewModel files = new LibraryFilesViewModel(new RestoreService(other), new BackupService(other, ExportFixture.CLOCK),
                    new SynchronousTaskRunner(), status, messages, ExportFixture.CLOCK);
            AtomicReference<RestoreReport> first = new AtomicReference<>();
            files.importAnnotations(file, first::set, error -> { throw new AssertionError(error); });
            assertThat(first.get().annotationsAdded()).isEqualTo(5);
            assertThat(first.get().articlesAdded()).isEqualTo(2);
            assertThat(status.textProperty().get()).startsWith("5 annotations added, 0 already present; articles: 2 added, 0 already present");

            AtomicReference<RestoreReport> again = new AtomicReference<>();
            files.importAnnotations(file, again::set, error -> { throw new AssertionError(error); });
            assertThat(again.get().annotationsAdded()).isZero();
            assertThat(again.get().annotationsAlreadyPresent()).isEqualTo(5);
            assertThat(status.textProperty().get()).startsWith("No annotations added, 5 already present; articles: 0 added, 2 already present");
            assertThat(other.annotations().forArticle(other.articles().listSummaries().get(0).id())).isNotEmpty();
        }
    }

    @Test
    void aFileThatIsNotAnExportIsRefusedNamingIt() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.jsonld"), "{\"hello\": ");
        LibraryFilesViewModel files = new LibraryFilesViewModel(new RestoreService(store), new BackupService(store, ExportFixture.CLOCK),
                new SynchronousTaskRunner(), status, messages, ExportFixture.CLOCK);
        AtomicReference<Throwable> failure = new AtomicReference<>();

        files.importAnnotations(notes, report -> { throw new AssertionError("imported " + report); }, failure::set);

        assertThat(failure.get()).hasMessageContaining(notes.toString());
        assertThat(status.failedProperty().get()).isTrue();
        assertThat(store.annotations().forArticle(library.rail.id())).hasSize(4);
    }

    @Test
    void backupThenRestoreBringsBackWhatWasDeletedAndKeepsTheLibraryBeside() {
        LibraryFilesViewModel files = new LibraryFilesViewModel(new RestoreService(store), new BackupService(store, ExportFixture.CLOCK),
                new SynchronousTaskRunner(), status, messages, ExportFixture.CLOCK);
        assertThat(files.backupFileName()).isEqualTo("margin-backup-2026-11-24.db");
        Path backup = dir.resolve(files.backupFileName());
        files.backup(backup, done -> { }, error -> { throw new AssertionError(error); });
        assertThat(status.textProperty().get()).startsWith("Backed up the library to " + backup);

        store.articles().delete(library.port.id());
        AtomicReference<BackupService.RestoreResult> restored = new AtomicReference<>();
        files.restore(backup, restored::set, error -> { throw new AssertionError(error); });

        assertThat(store.articles().count()).isEqualTo(2);
        assertThat(restored.get().previousLibrary().getFileName().toString()).startsWith("margin.db.before-restore-");
        assertThat(restored.get().previousLibrary()).exists();
        assertThat(status.textProperty().get()).startsWith("Restored the library from " + backup.toAbsolutePath());
    }

    private ExportViewModel.Outcome export(ExportSubject subject, Path target) {
        AtomicReference<ExportViewModel.Outcome> outcome = new AtomicReference<>();
        exports.export(subject, target, outcome::set);
        assertThat(outcome.get()).as("the synchronous runner finished the export").isNotNull();
        return outcome.get();
    }
}
