package dev.margin.ui.export;

import dev.margin.domain.Annotation;
import dev.margin.domain.ArticleSummary;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.ui.MarginApp;
import dev.margin.ui.common.Settings;
import dev.margin.ui.editor.ArticleView;
import dev.margin.ui.reader.WindowState;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real window, headless: File > Export this article to Markdown and to CSV (the file chooser answered
 * with real paths), selected articles to HTML, everything to JSON-LD and imported back (nothing added twice),
 * the review browser's filter result to CSV, an export onto a folder in the way (the error dialog names it),
 * then File > Back up library, an article deleted, and File > Restore from backup bringing it back.
 */
class ExportWindowTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private final AnsweringFileDialogs dialogs = new AnsweringFileDialogs();
    private Path libraryFile;
    private MarginApp app;

    @BeforeEach
    void startOnALibrary() throws Exception {
        libraryFile = dir.resolve("margin.db");
        long railId;
        try (SqliteStore store = SqliteStore.open(libraryFile)) {
            railId = new ExportFixture(store).rail.id();
        }
        Settings settings = Settings.load(Settings.besideLibrary(libraryFile));
        settings.put(WindowState.SAMPLE_SEEDED, true);
        settings.put(WindowState.LAST_ARTICLE, railId);
        settings.save();
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
        app = (MarginApp) FxToolkit.setupApplication(() -> new MarginApp(libraryFile, dialogs));
        waitFor(() -> view().article() != null && view().article().id() == railId && annotations().getItems().size() == 4);
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void exportThisArticleToMarkdownAndToCsv() throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        Path note = out.resolve("rail.md");
        exportOpenArticle(FormatOption.MARKDOWN, note);
        assertThat(dialogs.proposedName()).isEqualTo("margin-wire-2026-03-03-rail-plan-faces-first-test-in-parliament.md");
        assertThat(Files.readString(note)).contains("Rail plan faces first test in parliament", ExportFixture.QUOTE_WORDS, "[[Adaeze Okafor]]");
        assertThat(textOf("#exportResult")).isEqualTo("Exported 1 article, 4 annotations to " + note);
        assertThat(status()).isEqualTo("Exported 1 article, 4 annotations to " + note);
        robot.interact(() -> button("#exportClose").fire());

        Path csv = out.resolve("rail.csv");
        dialogs.answer(csv);
        openExportDialog();
        robot.interact(() -> {
            robot.lookup("#exportFormat-CSV").queryAs(RadioButton.class).setSelected(true);
            robot.lookup("#exportCsvBom").queryAs(CheckBox.class).setSelected(true);
        });
        robot.interact(() -> button("#exportStart").fire());
        waitFor(() -> !textOf("#exportResult").isEmpty());
        assertThat(dialogs.proposedName()).isEqualTo("margin-wire-2026-03-03-rail-plan-faces-first-test-in-parliament.csv");
        assertThat(dialogs.proposedFolder()).as("the last folder is proposed again").isEqualTo(out);
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))).getRecords();
        assertThat(rows).hasSize(4).extracting(row -> row.get("kind")).contains("quote", "claim", "actor", "highlight");
        assertThat(rows).extracting(row -> row.get("exact")).contains(ExportFixture.QUOTE_WORDS);
    }

    @Test
    void ctrlEOpensTheExportOfTheArticleBeingRead() throws Exception {
        robot.interact(() -> robot.lookup("#articleView").query().requestFocus());
        robot.push(KeyCode.SHORTCUT, KeyCode.E);
        waitFor(() -> robot.lookup("#exportDialog").tryQuery().isPresent());
        assertThat(textOf("#exportSubject")).isEqualTo("This article: Rail plan faces first test in parliament");
    }

    @Test
    void anExportOntoAFolderInTheWayShowsTheErrorDialogNamingIt() throws Exception {
        Path inTheWay = Files.createDirectories(dir.resolve("taken.html"));
        dialogs.answer(inTheWay);
        openExportDialog();
        robot.interact(() -> robot.lookup("#exportFormat-HTML").queryAs(RadioButton.class).setSelected(true));
        robot.interact(() -> button("#exportStart").fire());
        waitFor(() -> robot.lookup("#exportErrorDialog").tryQuery().isPresent());

        DialogPane error = robot.lookup("#exportErrorDialog").queryAs(DialogPane.class);
        assertThat(fx(error::getHeaderText)).isEqualTo("Could not export to " + inTheWay);
        assertThat(fx(error::getContentText)).contains(inTheWay.toString(), "folder");
        assertThat(Files.isDirectory(inTheWay)).isTrue();
        robot.interact(() -> ((Button) error.lookupButton(ButtonType.OK)).fire());
        assertThat(fx(() -> button("#exportStart").isDisabled())).as("the dialog is ready for another try").isFalse();
    }

    @Test
    void backUpThenRestoreBringsADeletedArticleBack() throws Exception {
        Path backup = dir.resolve("backups").resolve("library.db");
        Files.createDirectories(backup.getParent());
        dialogs.answer(backup);
        fireLater("menuBackup");
        waitFor(() -> status().startsWith("Backed up the library to " + backup));
        assertThat(dialogs.proposedName()).startsWith("margin-backup-").endsWith(".db");
        assertThat(backup).isRegularFile();

        ArticleSummary port = fx(() -> articles().getItems().stream().filter(a -> a.title().startsWith("Tema")).findFirst().orElseThrow());
        robot.interact(() -> articles().getSelectionModel().clearAndSelect(articles().getItems().indexOf(port)));
        fireLater("menuDeleteArticle");
        waitFor(() -> robot.lookup("#deleteArticleDialog").tryQuery().isPresent());
        pressOk("#deleteArticleDialog");
        waitFor(() -> articles().getItems().size() == 1);
        robot.interact(() -> articles().getSelectionModel().clearAndSelect(0));
        waitFor(() -> view().article() != null && annotations().getItems().size() == 4);
        long rail = fx(() -> view().article().id());

        dialogs.answer(backup);
        fireLater("menuRestore");
        waitFor(() -> robot.lookup("#restoreConfirmDialog").tryQuery().isPresent());
        String warning = fx(() -> robot.lookup("#restoreConfirmDialog").queryAs(DialogPane.class).getContentText());
        assertThat(warning).contains(backup.toString(), "margin.db.before-restore-", "kept beside it");
        pressOk("#restoreConfirmDialog");

        waitFor(() -> articles().getItems().size() == 2 && view().article() != null && view().article().id() == rail
                && annotations().getItems().size() == 4);
        assertThat(fx(() -> articles().getItems().stream().map(ArticleSummary::title).toList())).contains(port.title());
        assertThat(status()).startsWith("Restored the library from " + backup);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(name -> name.startsWith("margin.db.before-restore-"));
        }
    }

    @Test
    void exportSelectedArticlesTakesEveryArticleSelectedInTheLibrary() throws Exception {
        robot.interact(() -> articles().getSelectionModel().selectAll());
        Path html = dir.resolve("two.html");
        dialogs.answer(html);
        fireLater("menuExportSelected");
        waitFor(() -> robot.lookup("#exportDialog").tryQuery().isPresent());
        assertThat(textOf("#exportSubject")).isEqualTo("2 selected articles");
        robot.interact(() -> robot.lookup("#exportFormat-HTML").queryAs(RadioButton.class).setSelected(true));
        robot.interact(() -> button("#exportStart").fire());
        waitFor(() -> !textOf("#exportResult").isEmpty());

        assertThat(dialogs.proposedName()).isEqualTo("margin-2-articles-" + LocalDate.now() + ".html");
        assertThat(Files.readString(html)).contains("Rail plan faces first test in parliament", "Tema container traffic rises 12%");
        assertThat(textOf("#exportResult")).isEqualTo("Exported 2 articles, 5 annotations to " + html);
    }

    @Test
    void everythingExportedToJsonLdAndImportedBackAddsNothingTwice() throws Exception {
        Path jsonld = dir.resolve("library.jsonld");
        dialogs.answer(jsonld);
        fireLater("menuExportEverything");
        waitFor(() -> robot.lookup("#exportDialog").tryQuery().isPresent());
        assertThat(textOf("#exportSubject")).isEqualTo("Everything: 2 articles, 5 annotations");
        robot.interact(() -> robot.lookup("#exportFormat-JSONLD").queryAs(RadioButton.class).setSelected(true));
        robot.interact(() -> button("#exportStart").fire());
        waitFor(() -> !textOf("#exportResult").isEmpty());
        assertThat(dialogs.proposedName()).isEqualTo("margin-library-" + LocalDate.now() + ".jsonld");
        robot.interact(() -> button("#exportClose").fire());

        dialogs.answer(jsonld);
        fireLater("menuImportAnnotations");
        waitFor(() -> robot.lookup("#importAnnotationsDialog").tryQuery().isPresent());
        String report = fx(() -> robot.lookup("#importAnnotationsDialog").queryAs(DialogPane.class).getContentText());
        assertThat(report).startsWith("No annotations added, 5 already present; articles: 0 added, 2 already present");
        assertThat(fx(() -> articles().getItems().size())).isEqualTo(2);
    }

    @Test
    void theReviewBrowserExportsTheWholeResultOfItsFilter() throws Exception {
        fireLater("menuReview");
        waitFor(() -> robot.lookup("#reviewExport").tryQuery().map(node -> !node.isDisabled()).orElse(false));
        Path csv = dir.resolve("review.csv");
        dialogs.answer(csv);
        robot.interact(() -> robot.lookup("#reviewExport").queryAs(Button.class).fire());
        waitFor(() -> robot.lookup("#exportDialog").tryQuery().isPresent());
        assertThat(textOf("#exportSubject")).isEqualTo("5 annotations from the review filter, with their articles and actors");
        robot.interact(() -> robot.lookup("#exportFormat-CSV").queryAs(RadioButton.class).setSelected(true));
        robot.interact(() -> button("#exportStart").fire());
        waitFor(() -> !textOf("#exportResult").isEmpty());

        assertThat(dialogs.proposedName()).isEqualTo("margin-annotations-" + LocalDate.now() + ".csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(csv))).getRecords();
        assertThat(rows).hasSize(5).extracting(row -> row.get("article_title"))
                .contains("Rail plan faces first test in parliament", "Tema container traffic rises 12%");
    }

    private void exportOpenArticle(FormatOption format, Path target) throws Exception {
        dialogs.answer(target);
        openExportDialog();
        robot.interact(() -> robot.lookup("#exportFormat-" + format.name()).queryAs(RadioButton.class).setSelected(true));
        robot.interact(() -> button("#exportStart").fire());
        waitFor(() -> !textOf("#exportResult").isEmpty());
    }

    private void openExportDialog() throws Exception {
        robot.interact(() -> menuItem("menuExportArticle").fire());
        waitFor(() -> robot.lookup("#exportDialog").tryQuery().isPresent());
        assertThat(textOf("#exportSubject")).isEqualTo("This article: Rail plan faces first test in parliament");
    }

    /** Fires a menu item without waiting: its action may open a dialog that waits for an answer. */
    private void fireLater(String id) {
        Platform.runLater(() -> menuItem(id).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void pressOk(String dialogId) {
        robot.interact(() -> ((Button) robot.lookup(dialogId).queryAs(DialogPane.class).lookupButton(ButtonType.OK)).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(menu -> items(menu).stream()).filter(item -> id.equals(item.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    private static List<MenuItem> items(Menu menu) {
        return menu.getItems().stream().flatMap(item -> item instanceof Menu sub
                ? Stream.concat(Stream.of(item), items(sub).stream()) : Stream.of(item)).toList();
    }

    private Button button(String id) {
        return robot.lookup(id).queryAs(Button.class);
    }

    private String textOf(String id) throws ExecutionException, InterruptedException {
        return fx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    private String status() throws ExecutionException, InterruptedException {
        return fx(() -> robot.lookup("#statusBar").queryAs(StatusBar.class).getText());
    }

    private ArticleView view() {
        return robot.lookup("#articleView").queryAs(ArticleView.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<ArticleSummary> articles() {
        return robot.lookup("#articleList").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<Annotation> annotations() {
        return robot.lookup("#annotationList").queryAs(ListView.class);
    }

    private static <T> T fx(Callable<T> read) throws ExecutionException, InterruptedException {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    /** Waits for the condition, read on the FX thread; on a timeout the failure says what the status bar said. */
    private void waitFor(Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("timed out; the status bar says: " + status(), e);
        }
    }
}
