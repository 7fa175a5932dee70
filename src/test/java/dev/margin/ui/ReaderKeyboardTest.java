package dev.margin.ui;

import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ArticleSummary;
import dev.margin.ui.editor.ArticleView;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window from the keyboard on the sample article of a first start: Delete removes the selected
 * annotation, Ctrl+Z brings it back with its details, Ctrl+Shift+Z deletes it again, a highlight is made
 * with H, hiding a kind hides it in the list and in the article, and deleting the only article asks
 * first and leaves the empty library's how-to.
 */
class ReaderKeyboardTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private MarginApp app;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
        app = (MarginApp) FxToolkit.setupApplication(() -> new MarginApp(dir.resolve("margin.db")));
        waitFor(() -> view().article() != null && annotations().getItems().size() == 15);
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void deleteUndoAndRedoFromTheKeyboard() throws Exception {
        Annotation first = fx(() -> annotations().getItems().get(0));
        robot.interact(() -> {
            annotations().requestFocus();
            annotations().getSelectionModel().select(0);
        });

        robot.type(KeyCode.DELETE);
        waitFor(() -> annotations().getItems().size() == 14 && !annotations().getItems().contains(first));
        String saved = statusText();
        assertThat(saved).startsWith("Saved: ").endsWith(" deleted");
        String change = saved.substring("Saved: ".length());

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        waitFor(() -> annotations().getItems().size() == 15 && annotations().getItems().contains(first));
        assertThat(statusText()).isEqualTo("Undone: " + change);
        Annotation restored = fx(() -> annotations().getItems().get(0));
        assertThat(restored).isEqualTo(first);

        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z);
        waitFor(() -> annotations().getItems().size() == 14);
        assertThat(statusText()).isEqualTo("Redone: " + change);
    }

    @Test
    void hMarksTheSelectedWordsAndHiddenKindsLeaveListAndArticle() throws Exception {
        String text = fx(() -> view().article().text());
        int start = text.indexOf("bottled water");
        robot.interact(() -> {
            view().select(start + 2, start + 9);
            view().area().requestFocus();
        });
        robot.type(KeyCode.H);
        waitFor(() -> annotations().getItems().size() == 16);
        List<Annotation> highlights = fx(() -> annotations().getItems().stream().filter(a -> a.kind() == AnnotationKind.HIGHLIGHT).toList());
        assertThat(highlights).extracting(Annotation::exact).contains("bottled water");

        robot.interact(() -> robot.lookup("#showHighlight").queryAs(ToggleButton.class).fire());
        waitFor(() -> annotations().getItems().stream().noneMatch(a -> a.kind() == AnnotationKind.HIGHLIGHT));
        assertThat(fx(() -> view().isKindVisible(AnnotationKind.HIGHLIGHT))).isFalse();
        assertThat(fx(() -> annotations().getItems().size())).isEqualTo(13);
    }

    @Test
    void deletingTheOnlyArticleAsksFirstThenShowsTheEmptyLibrary() throws Exception {
        robot.interact(() -> {
            articles().requestFocus();
            articles().getSelectionModel().select(0);
        });
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#deleteArticleDialog").tryQuery().isPresent());
        DialogPane confirm = robot.lookup("#deleteArticleDialog").queryAs(DialogPane.class);
        assertThat(fx(confirm::getHeaderText)).contains("Port Ellery to ration water");
        assertThat(fx(confirm::getContentText)).contains("15 annotations");

        robot.interact(() -> ((Button) confirm.lookupButton(ButtonType.OK)).fire());

        waitFor(() -> articles().getItems().isEmpty() && robot.lookup("#libraryEmpty").query().isVisible());
        assertThat(fx(() -> robot.lookup("#noArticle").query().isVisible())).isTrue();
        assertThat(fx(() -> annotations().getItems().isEmpty())).isTrue();
    }

    @SuppressWarnings("unchecked")
    private ListView<ArticleSummary> articles() {
        return robot.lookup("#articleList").queryAs(ListView.class);
    }

    private String statusText() throws Exception {
        return fx(() -> robot.lookup("#statusBar").queryAs(StatusBar.class).getText());
    }

    private ArticleView view() {
        return robot.lookup("#articleView").queryAs(ArticleView.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<Annotation> annotations() {
        return robot.lookup("#annotationList").queryAs(ListView.class);
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
