package dev.margin.ui;

import dev.margin.domain.Annotation;
import dev.margin.domain.ArticleDraft;
import dev.margin.domain.ArticleSummary;
import dev.margin.importer.ArticleImporter;
import dev.margin.service.LibraryServices;
import dev.margin.service.SampleLibrary;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.ui.editor.ArticleView;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeoutException;

import static dev.margin.ui.SampleWindow.fx;
import static dev.margin.ui.SampleWindow.waitFor;

/**
 * The real application, headless, on a library holding the sample article (15 annotations, five actors) and a
 * second, short article, with its window at a given size; and key presses delivered as a user's are, to whatever
 * has the keyboard in the window that has it (so a popup shown over that window receives them, as on a desktop).
 */
final class KeyboardWindow {
    static final String SECOND_TITLE = "Council delays vote on ferry subsidy";
    static final String SECOND_TEXT = String.join("\n",
            "KESTREL BAY, June 2 (Harbour Post) \u2013 The council postponed Tuesday\u2019s vote on the ferry subsidy by a month.",
            "\u201cWe need the operator\u2019s accounts before we spend a single crown,\u201d said councillor Hanne Lindqvist.",
            "The operator said the delay would cost it about 300,000 crowns.");

    private final FxRobot robot;
    private final MarginApp app;
    private final Stage stage;

    private KeyboardWindow(FxRobot robot, MarginApp app, Stage stage) {
        this.robot = robot;
        this.app = app;
        this.stage = stage;
    }

    /** Seeds the library, starts the app and sizes its window to {@code size} ("1280x720"), with the sample article open. */
    static KeyboardWindow open(FxRobot robot, Path libraryFile, String size) throws Exception {
        try (SqliteStore store = SqliteStore.open(libraryFile)) {
            LibraryServices services = LibraryServices.over(store, Clock.systemUTC());
            new SampleLibrary(services, new ArticleImporter(), Clock.systemUTC()).seed();
            services.library().importDraft(new ArticleDraft(SECOND_TITLE, "", "Harbour Post", "https://harbour.example/ferry-vote",
                    LocalDate.of(2026, 6, 2), "en", SECOND_TEXT, List.of()));
        }
        Stage stage = FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
        MarginApp app = (MarginApp) FxToolkit.setupApplication(() -> new MarginApp(libraryFile));
        KeyboardWindow window = new KeyboardWindow(robot, app, stage);
        waitFor(() -> window.view().article() != null && window.articles().getItems().size() == 2);
        robot.interact(() -> window.articles().getSelectionModel().select(window.articles().getItems().stream()
                .filter(article -> article.title().startsWith("Port Ellery")).findFirst().orElseThrow()));
        waitFor(() -> window.view().article().title().startsWith("Port Ellery")
                && window.annotations().getItems().size() == SampleWindow.SAMPLE_ANNOTATIONS);
        String[] wh = size.split("x");
        double width = Double.parseDouble(wh[0]);
        double height = Double.parseDouble(wh[1]);
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        waitFor(() -> Math.abs(stage.getWidth() - width) < 1 && Math.abs(stage.getHeight() - height) < 1);
        WaitForAsyncUtils.waitForFxEvents();
        return window;
    }

    void close() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    Stage stage() {
        return stage;
    }

    ArticleView view() {
        return robot.lookup("#articleView").queryAs(ArticleView.class);
    }

    @SuppressWarnings("unchecked")
    ListView<Annotation> annotations() {
        return robot.lookup("#annotationList").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    ListView<ArticleSummary> articles() {
        return robot.lookup("#articleList").queryAs(ListView.class);
    }

    /** The node with the keyboard in the focused window (a dialog's when one is open), or null. */
    Node focusOwner() throws Exception {
        return fx(() -> javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isFocused)
                .filter(w -> w.getScene() != null && w.getScene().getFocusOwner() != null)
                .map(w -> w.getScene().getFocusOwner()).reduce((first, second) -> second).orElse(null));
    }

    /** Presses and releases a key (with modifiers) on whatever has the keyboard, as the window system delivers it. */
    void press(KeyCode code, KeyCode... modifiers) throws Exception {
        Node target = focusOwner();
        if (target == null) {
            throw new AssertionError("nothing has the keyboard");
        }
        boolean shift = List.of(modifiers).contains(KeyCode.SHIFT);
        boolean control = List.of(modifiers).contains(KeyCode.CONTROL) || List.of(modifiers).contains(KeyCode.SHORTCUT);
        // Not waited for: a key may open a dialog, which holds the FX thread in its own loop until it closes.
        Platform.runLater(() -> {
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, control, false, false));
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, shift, control, false, false));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
