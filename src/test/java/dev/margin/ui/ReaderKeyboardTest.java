package dev.margin.ui;

import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleSummary;
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
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static dev.margin.ui.SampleWindow.fx;
import static dev.margin.ui.SampleWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window from the keyboard on the sample article of a first start: Delete removes the selected
 * annotation, Ctrl+Z brings it back with its details, Ctrl+Shift+Z deletes it again, a highlight is made
 * with H, hiding a kind hides it in the list and in the article, and deleting the only article asks
 * first, leaves the empty library's how-to, and Ctrl+Z brings the article back with its annotations.
 */
class ReaderKeyboardTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private SampleWindow window;

    @BeforeEach
    void start() throws Exception {
        window = SampleWindow.open(robot, dir.resolve("margin.db"));
    }

    @AfterEach
    void stop() throws TimeoutException {
        window.close();
    }

    @Test
    void deleteUndoAndRedoFromTheKeyboard() throws Exception {
        Annotation first = fx(() -> window.annotations().getItems().get(0));
        robot.interact(() -> {
            window.annotations().requestFocus();
            window.annotations().getSelectionModel().select(0);
        });

        robot.type(KeyCode.DELETE);
        waitFor(() -> window.annotations().getItems().size() == 14 && !window.annotations().getItems().contains(first));
        String saved = statusText();
        assertThat(saved).startsWith("Saved: ").endsWith(" deleted");
        String change = saved.substring("Saved: ".length());

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        waitFor(() -> window.annotations().getItems().size() == 15 && window.annotations().getItems().contains(first));
        assertThat(statusText()).isEqualTo("Undone: " + change);
        Annotation restored = fx(() -> window.annotations().getItems().get(0));
        assertThat(restored).isEqualTo(first);

        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z);
        waitFor(() -> window.annotations().getItems().size() == 14);
        assertThat(statusText()).isEqualTo("Redone: " + change);
    }

    @Test
    void ctrlPlusZoomsInWhetherTypedWithShiftOrOnTheKeypadAndTheFindBarKeepsItsButtonsWhole() throws Exception {
        robot.interact(() -> window.view().area().requestFocus());
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.EQUALS); // "+" on a US keyboard
        waitFor(() -> Math.abs(window.view().zoomProperty().get() - 1.1) < 1e-9);
        robot.push(KeyCode.SHORTCUT, KeyCode.ADD);
        waitFor(() -> window.view().zoomProperty().get() > 1.15);
        robot.push(KeyCode.SHORTCUT, KeyCode.SUBTRACT);
        waitFor(() -> Math.abs(window.view().zoomProperty().get() - 1.1) < 1e-9);

        robot.push(KeyCode.SHORTCUT, KeyCode.F);
        waitFor(() -> robot.lookup("#findBar").query().isVisible());
        for (String id : List.of("#findPrevious", "#findNext", "#findClose")) {
            Button button = robot.lookup(id).queryAs(Button.class);
            assertThat(fx(() -> button.getWidth() >= button.prefWidth(-1) - 0.5)).as(id + " shows its whole label").isTrue();
        }
    }

    @Test
    void hMarksTheSelectedWordsAndHiddenKindsLeaveListAndArticle() throws Exception {
        String text = fx(() -> window.view().article().text());
        int start = text.indexOf("bottled water");
        robot.interact(() -> {
            window.view().select(start + 2, start + 9);
            window.view().area().requestFocus();
        });
        robot.type(KeyCode.H);
        waitFor(() -> window.annotations().getItems().size() == 16);
        List<Annotation> highlights = fx(() -> window.annotations().getItems().stream().filter(a -> a.kind() == AnnotationKind.HIGHLIGHT).toList());
        assertThat(highlights).extracting(Annotation::exact).contains("bottled water");

        robot.interact(() -> robot.lookup("#showHighlight").queryAs(ToggleButton.class).fire());
        waitFor(() -> window.annotations().getItems().stream().noneMatch(a -> a.kind() == AnnotationKind.HIGHLIGHT));
        assertThat(fx(() -> window.view().isKindVisible(AnnotationKind.HIGHLIGHT))).isFalse();
        assertThat(fx(() -> window.annotations().getItems().size())).isEqualTo(13);
    }

    @Test
    void deletingTheOnlyArticleAsksFirstThenShowsTheEmptyLibraryAndUndoBringsItBack() throws Exception {
        List<Annotation> annotated = fx(() -> List.copyOf(window.annotations().getItems()));
        Article article = fx(() -> window.view().article());
        robot.interact(() -> {
            articles().requestFocus();
            articles().getSelectionModel().select(0);
        });
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#deleteArticleDialog").tryQuery().isPresent());
        DialogPane confirm = robot.lookup("#deleteArticleDialog").queryAs(DialogPane.class);
        assertThat(fx(confirm::getHeaderText)).contains("Port Ellery to ration water");
        assertThat(fx(confirm::getContentText)).contains("15 annotations").contains("Undo").doesNotContain("cannot be undone");

        robot.interact(() -> ((Button) confirm.lookupButton(ButtonType.OK)).fire());

        waitFor(() -> articles().getItems().isEmpty() && robot.lookup("#libraryEmpty").query().isVisible());
        assertThat(fx(() -> robot.lookup("#noArticle").query().isVisible())).isTrue();
        assertThat(fx(() -> window.annotations().getItems().isEmpty())).isTrue();
        assertThat(statusText()).isEqualTo("Deleted \u201c" + article.title() + "\u201d");

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        waitFor(() -> articles().getItems().size() == 1 && window.annotations().getItems().size() == 15);
        assertThat(fx(() -> articles().getSelectionModel().getSelectedItem().id())).isEqualTo(article.id());
        assertThat(fx(() -> window.view().article())).isEqualTo(article);
        assertThat(fx(() -> List.copyOf(window.annotations().getItems()))).containsExactlyInAnyOrderElementsOf(annotated);
        assertThat(fx(() -> robot.lookup("#noArticle").query().isVisible())).isFalse();
        assertThat(statusText()).isEqualTo("Restored \u201c" + article.title() + "\u201d");

        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z);
        waitFor(() -> articles().getItems().isEmpty() && window.annotations().getItems().isEmpty());
        assertThat(statusText()).isEqualTo("Deleted \u201c" + article.title() + "\u201d");
    }

    @SuppressWarnings("unchecked")
    private ListView<ArticleSummary> articles() {
        return robot.lookup("#articleList").queryAs(ListView.class);
    }

    private String statusText() throws Exception {
        return fx(() -> robot.lookup("#statusBar").queryAs(StatusBar.class).getText());
    }
}
