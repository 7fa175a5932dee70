package dev.margin.ui;

import dev.margin.domain.ArticleSummary;
import dev.margin.ui.common.Settings;
import dev.margin.ui.reader.WindowState;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window shows what an import dropped and warned about, headless: a cluttered page imported by its file://
 * address sums its dropped lines up in the status bar, File › Last import report lists them, and a refused
 * address (ftp://) opens the report by itself with the reason.
 */
class ImportReportWindowTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private MarginApp app;

    @BeforeEach
    void start() throws Exception {
        Path library = dir.resolve("margin.db");
        Settings settings = Settings.load(Settings.besideLibrary(library));
        settings.put(WindowState.SAMPLE_SEEDED, true);
        settings.save();
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
        app = (MarginApp) FxToolkit.setupApplication(() -> new MarginApp(library));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void droppedLinesAreSummedUpAndListedAndAFailureOpensTheReport() throws Exception {
        Path page = dir.resolve("cluttered-news.html");
        try (InputStream in = getClass().getResourceAsStream("/dev/margin/importer/fixtures/cluttered-news.html")) {
            Files.write(page, in.readAllBytes());
        }

        importAddress(page.toUri().toString());
        waitFor(() -> articles().getItems().size() == 1);
        waitFor(() -> status().contains("boilerplate lines dropped"));
        assertThat(status()).startsWith("Saved: 1 article imported;").endsWith("(File \u203a Last import report)");
        assertThat(robot.lookup("#importReportDialog").tryQuery()).as("no report pops up when all went well").isEmpty();

        Platform.runLater(() -> menuItem("menuImportReport").fire());
        waitFor(() -> robot.lookup("#importReport").tryQuery().isPresent());
        String report = fx(() -> robot.lookup("#importReport").queryAs(TextArea.class).getText());
        assertThat(report).startsWith(page.toString()).contains("imported", "Dropped as boilerplate: \u201cAdvertisement\u201d",
                "Dropped as boilerplate: \u201cAlso read: Parking levy to rise by 8% next year\u201d");
        closeReport();

        importAddress("ftp://files.example.org/story.html");
        waitFor(() -> robot.lookup("#importReport").tryQuery().isPresent());
        assertThat(fx(() -> robot.lookup("#importReport").queryAs(TextArea.class).getText()))
                .contains("ftp://files.example.org/story.html", "unsupported address scheme");
        closeReport();
        assertThat(fx(() -> articles().getItems().size())).isEqualTo(1);
    }

    private void importAddress(String address) throws Exception {
        Platform.runLater(() -> menuItem("menuImportUrl").fire());
        waitFor(() -> robot.lookup("#importUrlField").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#importUrlField").queryAs(TextField.class).setText(address));
        robot.interact(() -> {
            Node field = robot.lookup("#importUrlField").query();
            Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
            Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", KeyCode.ENTER, false, false, false, false));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void closeReport() throws Exception {
        robot.interact(() -> ((Button) robot.lookup("#importReportDialog").queryAs(DialogPane.class).lookupButton(ButtonType.OK)).fire());
        waitFor(() -> robot.lookup("#importReportDialog").tryQuery().isEmpty());
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(menu -> items(menu)).filter(item -> id.equals(item.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    private static Stream<MenuItem> items(Menu menu) {
        return menu.getItems().stream().flatMap(item -> item instanceof Menu sub ? Stream.concat(Stream.of(item), items(sub)) : Stream.of(item));
    }

    private ListView<ArticleSummary> articles() {
        return robot.lookup("#articleList").queryAs(ListView.class);
    }

    private String status() throws ExecutionException, InterruptedException {
        return fx(() -> robot.lookup("#statusBar").queryAs(StatusBar.class).getText());
    }

    private static <T> T fx(Callable<T> read) throws ExecutionException, InterruptedException {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("timed out; the status bar says: " + status(), e);
        }
    }
}
