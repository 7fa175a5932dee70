package dev.margin.ui;

import dev.margin.domain.ArticleDraft;
import dev.margin.domain.ArticleSummary;
import dev.margin.domain.ArticleVerdict;
import dev.margin.importer.ArticleImporter;
import dev.margin.service.LibraryServices;
import dev.margin.service.SampleLibrary;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.ui.editor.ArticleView;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeoutException;

import static dev.margin.ui.SampleWindow.fx;
import static dev.margin.ui.SampleWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article information panel from the keyboard, at 1280 x 720 and 1600 x 1000 (issue 16, items 1 and 17): a
 * plain-text article arrives titled by its first line, the same in the library, the header and the window's title;
 * Ctrl+I opens the panel with the keyboard in the title and every field whole in the window; Tab walks the fields,
 * Enter saves them as one change, Ctrl+Z puts them back; a date the panel cannot read is said and not saved.
 */
class ArticleInfoPanelTest {
    private static final String WIRE = String.join("\n",
            "OSTHAVEN, June 2 (Northern Wire) \u2013 The harbour authority said on Tuesday it would ration water from next week, citing a dry winter.",
            "\u201cWe have no other choice,\u201d harbour master Lena Berg said.",
            "The rationing will last at least a month, Berg said, and farms will be served first.");
    private static final String FALLBACK = "OSTHAVEN, June 2 (Northern Wire) \u2013 The harbour authority said on Tuesday it\u2026";

    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private MarginApp app;
    private Stage stage;

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private void open(String size) throws Exception {
        Path libraryFile = dir.resolve("margin.db");
        try (SqliteStore store = SqliteStore.open(libraryFile)) {
            LibraryServices services = LibraryServices.over(store, Clock.systemUTC());
            new SampleLibrary(services, new ArticleImporter(), Clock.systemUTC()).seed();
            services.library().importDraft(new ArticleDraft("", "", "", null, null, "", WIRE, List.of()));
        }
        stage = FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
        app = (MarginApp) FxToolkit.setupApplication(() -> new MarginApp(libraryFile));
        waitFor(() -> articles().getItems().size() == 2);
        robot.interact(() -> articles().getSelectionModel().select(articles().getItems().stream()
                .filter(a -> a.title().equals(FALLBACK)).findFirst().orElseThrow()));
        waitFor(() -> view().article() != null && view().article().title().equals(FALLBACK));
        String[] wh = size.split("x");
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(Double.parseDouble(wh[0]));
            stage.setHeight(Double.parseDouble(wh[1]));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> view().area().requestFocus());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1280x720", "1600x1000"})
    void theInformationIsEditedFromTheKeyboardShownEverywhereAndUndone(String size) throws Exception {
        open(size);
        assertThat(fx(() -> stage.getTitle())).contains(FALLBACK);

        robot.push(KeyCode.SHORTCUT, KeyCode.I);
        waitFor(() -> field("#articleTitleField").isFocused());
        assertThat(fx(() -> field("#articleTitleField").getText())).isEqualTo(FALLBACK);
        for (String id : List.of("#articleTitleField", "#articleBylineField", "#articleOutletField", "#articleDateField",
                "#articleLanguageField", "#articleUrlField", "#articleVerdictBox", "#articleTagsField", "#articleNoteArea",
                "#articleInfoSave", "#articleInfoClose")) {
            assertThat(fx(() -> wholeInWindow(robot.lookup(id).query()))).as(id + " is whole in the " + size + " window").isTrue();
        }
        assertThat(fx(() -> view().getHeight())).as("the article keeps room beside the panel").isGreaterThan(150);

        robot.write("Osthaven to ration water");
        robot.type(KeyCode.TAB).write("Lena Berg");
        robot.type(KeyCode.TAB).write("Northern Wire");
        robot.type(KeyCode.TAB).write("2026-06-02");
        robot.type(KeyCode.TAB).write("en");
        robot.type(KeyCode.TAB).write("https://wire.example/osthaven-water");
        robot.type(KeyCode.TAB);
        waitFor(() -> robot.lookup("#articleVerdictBox").query().isFocused());
        robot.interact(() -> verdict().setValue(ArticleVerdict.MOSTLY_RELIABLE));
        robot.type(KeyCode.TAB).write("water, drought");
        robot.type(KeyCode.TAB).write("Figures from the authority only.");
        robot.type(KeyCode.TAB);
        waitFor(() -> field("#articleTitleField").isFocused());
        robot.type(KeyCode.ENTER);

        waitFor(() -> "Saved: article information".equals(status()));
        waitFor(() -> view().article().title().equals("Osthaven to ration water"));
        assertThat(fx(() -> stage.getTitle())).contains("Osthaven to ration water");
        assertThat(fx(() -> articles().getItems().stream().map(ArticleSummary::title).toList())).contains("Osthaven to ration water");
        assertThat(fx(() -> view().area().getText())).startsWith("Osthaven to ration water\nLena Berg  \u00b7  Northern Wire");
        ArticleSummary saved = fx(() -> articles().getItems().stream().filter(a -> a.title().startsWith("Osthaven")).findFirst().orElseThrow());
        assertThat(saved.assessment().tags()).containsExactly("water", "drought");
        assertThat(saved.assessment().verdict()).isEqualTo(ArticleVerdict.MOSTLY_RELIABLE);
        assertThat(saved.assessment().note()).isEqualTo("Figures from the authority only.");

        robot.type(KeyCode.ESCAPE);
        waitFor(() -> !robot.lookup("#articleInfoPane").query().isVisible() && view().area().isFocused());
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        waitFor(() -> view().article().title().equals(FALLBACK));
        assertThat(fx(() -> articles().getItems().stream().map(ArticleSummary::title).toList())).contains(FALLBACK);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1280x720", "1600x1000"})
    void aDateThePanelCannotReadIsSaidAndNothingIsSaved(String size) throws Exception {
        open(size);
        robot.push(KeyCode.SHORTCUT, KeyCode.I);
        waitFor(() -> field("#articleTitleField").isFocused());
        robot.interact(() -> field("#articleDateField").requestFocus());
        robot.write("2 June 2026");
        robot.type(KeyCode.ENTER);

        waitFor(() -> robot.lookup("#articleInfoProblem").query().isVisible());
        assertThat(fx(() -> robot.lookup("#articleInfoProblem").queryLabeled().getText()))
                .isEqualTo("\u201c2 June 2026\u201d is not a date written as YYYY-MM-DD (2026-06-02).");
        assertThat(fx(() -> wholeInWindow(robot.lookup("#articleInfoProblem").query()))).isTrue();
        assertThat(fx(() -> view().article().publishedDate())).isNull();

        robot.type(KeyCode.ESCAPE);
        waitFor(() -> !robot.lookup("#articleInfoPane").query().isVisible());
        assertThat(fx(() -> field("#articleDateField").getText())).isEmpty();
    }

    private boolean wholeInWindow(Node node) {
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        return node.isVisible() && bounds.getWidth() > 0 && bounds.getMinX() >= 0 && bounds.getMinY() >= 0
                && bounds.getMaxX() <= node.getScene().getWidth() + 0.5 && bounds.getMaxY() <= node.getScene().getHeight() + 0.5;
    }

    private TextField field(String id) {
        Node node = robot.lookup(id).query();
        return node instanceof TextField field ? field : null;
    }

    @SuppressWarnings("unchecked")
    private ComboBox<ArticleVerdict> verdict() {
        return robot.lookup("#articleVerdictBox").queryAs(ComboBox.class);
    }

    private String status() {
        return robot.lookup("#statusBar").queryAs(StatusBar.class).getText();
    }

    private ArticleView view() {
        return robot.lookup("#articleView").queryAs(ArticleView.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<ArticleSummary> articles() {
        return robot.lookup("#articleList").queryAs(ListView.class);
    }
}
