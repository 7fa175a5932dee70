package dev.margin.ui.library;

import dev.margin.domain.ArticleSummary;
import dev.margin.importer.ArticleImporter;
import dev.margin.service.ImportSource;
import dev.margin.service.LibraryServices;
import dev.margin.store.Store;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.ui.annotations.CommandStack;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.StatusViewModel;
import dev.margin.ui.common.SynchronousTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The library and import view-models on a real library file, without the JavaFX toolkit. */
class LibraryAndImportViewModelTest {
    @TempDir
    Path dir;
    private Store store;
    private LibraryServices services;
    private StatusViewModel status;
    private LibraryViewModel library;
    private CommandStack commands;
    private ImportViewModel imports;
    private final List<List<ImportOutcome>> finished = new ArrayList<>();

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("library.db"));
        services = LibraryServices.over(store, Clock.systemUTC());
        Messages messages = Messages.forLocale(Locale.ROOT);
        status = new StatusViewModel(messages);
        SynchronousTaskRunner tasks = new SynchronousTaskRunner();
        commands = new CommandStack(tasks, status, messages, effect -> { });
        library = new LibraryViewModel(services, tasks, status, messages, commands);
        imports = new ImportViewModel(LibraryServices.over(store, Clock.systemUTC()).imports(ArticleImporter::new), tasks, status, messages);
        imports.setOnFinished(finished::add);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path fixture() throws IOException {
        Path file = dir.resolve("harbour-bridge-tolls.txt");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/harbour-bridge-tolls.txt")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void importsSeveralFilesListingEachFailureWithoutStopping() throws IOException {
        Path good = fixture();
        Path empty = Files.writeString(dir.resolve("empty.txt"), "   \n");
        Path missing = dir.resolve("gone.html");

        imports.importFiles(List.of(empty, good, missing));

        List<ImportOutcome> outcomes = finished.get(0);
        assertThat(outcomes).extracting(ImportOutcome::result)
                .containsExactly(ImportOutcome.Result.FAILED, ImportOutcome.Result.IMPORTED, ImportOutcome.Result.FAILED);
        assertThat(outcomes.get(0).message()).contains(empty.toString());
        assertThat(outcomes.get(2).message()).contains(missing.toString());
        assertThat(store.articles().count()).isEqualTo(1);
        assertThat(imports.runningProperty().get()).isFalse();
        assertThat(outcomes.get(1).droppedLines()).containsExactly("Also read: Ferry operator adds late-night sailings across the bay");
        assertThat(status.textProperty().get())
                .isEqualTo("Imported 1 of 3 inputs; 2 were not: empty.txt and gone.html; 1 boilerplate line dropped"
                        + " (File \u203a Last import report)");
        assertThat(imports.reportHeader(outcomes)).isEqualTo("2 of 3 inputs were not imported");
        assertThat(imports.lastReportProperty().get()).isEqualTo(outcomes);
        assertThat(imports.reportText(outcomes)).contains(empty.toString(), good.toString(), missing.toString(),
                "Dropped as boilerplate: \u201cAlso read: Ferry operator adds late-night sailings across the bay\u201d");
    }

    @Test
    void theSameFileTwiceIsRecognisedNotDuplicated() throws IOException {
        Path good = fixture();
        imports.importFiles(List.of(good));
        imports.importFiles(List.of(good));

        assertThat(finished.get(1).get(0).result()).isEqualTo(ImportOutcome.Result.ALREADY_THERE);
        assertThat(finished.get(1).get(0).articleId()).isEqualTo(finished.get(0).get(0).articleId());
        assertThat(store.articles().count()).isEqualTo(1);
    }

    @Test
    void pastedTextAndUrlsAreToldApart() {
        assertThat(ImportSource.text("  https://news.example.org/a/b?c=1 ")).isInstanceOf(ImportSource.WebAddress.class);
        assertThat(ImportSource.text("https://example.org/a\nsecond line")).isInstanceOf(ImportSource.Pasted.class);
        assertThat(ImportSource.text("The council said on Monday that https://example.org was down")).isInstanceOf(ImportSource.Pasted.class);

        imports.importTextOrUrl("Ferry timetable changes\n\nThe ferry will leave at 6.15 from Monday, the operator said.");

        assertThat(finished.get(0).get(0).result()).isEqualTo(ImportOutcome.Result.IMPORTED);
        assertThat(store.articles().find(finished.get(0).get(0).articleId()).orElseThrow().text()).contains("6.15");
    }

    @Test
    void cancellingStopsInsideTheFileBeingReadAndBeforeTheNextOne() throws IOException {
        Path first = fixture();
        Path second = Files.writeString(dir.resolve("second.txt"), "Second report\n\nThe council met on Tuesday.");
        Path third = Files.writeString(dir.resolve("third.txt"), "Third report\n\nThe council met again on Friday.");
        imports.progressTextProperty().addListener((observable, old, text) -> {
            if (text.startsWith("Importing 2 of 3")) {
                imports.cancel();
            }
        });

        imports.importFiles(List.of(first, second, third));

        // Cancel is pressed as the second file starts: its reading stops at its next check, nothing of it is stored.
        assertThat(finished.get(0)).hasSize(1);
        assertThat(store.articles().count()).isEqualTo(1);
        assertThat(status.textProperty().get()).startsWith("Import cancelled after 1 of 3;");
    }

    @Test
    void theFilterMatchesEveryWordInTitleOrOutlet() {
        ArticleSummary summary = new ArticleSummary(1, "Harbour bridge tolls to rise", "Kestrel Bay Post", LocalDate.of(2026, 6, 12),
                null, 1, 0, 0, 0, 0);
        assertThat(LibraryViewModel.matches(summary, "")).isTrue();
        assertThat(LibraryViewModel.matches(summary, "bridge KESTREL")).isTrue();
        assertThat(LibraryViewModel.matches(summary, "bridge ferry")).isFalse();
    }

    @Test
    void theLibraryListsFiltersAndDeletesArticles() throws IOException {
        imports.importFiles(List.of(fixture()));
        imports.importTextOrUrl("Ferry timetable changes\n\nThe ferry will leave at 6.15 from Monday, the operator said.");
        library.refresh();
        assertThat(library.visibleArticles()).hasSize(2);

        library.filterProperty().set("bridge");
        assertThat(library.visibleArticles()).extracting(ArticleSummary::title).containsExactly("Harbour bridge tolls to rise by a third from July");
        library.filterProperty().set("tram");
        assertThat(library.nothingMatchesBinding().get()).isTrue();

        library.filterProperty().set("");
        ArticleSummary bridge = library.allArticles().stream().filter(a -> a.title().contains("bridge")).findFirst().orElseThrow();
        library.select(bridge.id());
        library.delete(bridge);

        assertThat(library.selectedProperty().get()).isNull();
        assertThat(library.visibleArticles()).hasSize(1);
        assertThat(store.articles().find(bridge.id())).isEmpty();
        assertThat(status.textProperty().get()).isEqualTo("Deleted \u201c" + bridge.title() + "\u201d");

        commands.undo();

        assertThat(library.visibleArticles()).contains(bridge);
        assertThat(library.selectedProperty().get()).isEqualTo(bridge);
        assertThat(status.textProperty().get()).isEqualTo("Restored \u201c" + bridge.title() + "\u201d");

        commands.redo();

        assertThat(library.selectedProperty().get()).isNull();
        assertThat(store.articles().find(bridge.id())).isEmpty();
    }
}
