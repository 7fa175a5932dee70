package dev.margin.ui;

import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ClaimDetails;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static dev.margin.ui.SampleWindow.fx;
import static dev.margin.ui.SampleWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keyboard paths a new user took (issue 16, items 3, 9 and 10), at the two window sizes the issue names: the
 * library keeps the keyboard after a click (Up, Down browse, Delete asks to delete), the claim dialog's
 * autocomplete list closes when its field is left and "the outlet itself" empties the claimant, and keys jump to
 * the note and the tags of the selected annotation, with Tab leaving the note.
 */
class KeyboardPathsTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private KeyboardWindow window;

    private void open(String size) throws Exception {
        window = KeyboardWindow.open(robot, dir.resolve("margin.db"), size);
    }

    @AfterEach
    void stop() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x720", "1600x1000"})
    void aClickedLibraryKeepsTheKeyboardForUpDownAndDelete(String size) throws Exception {
        open(size);
        var articles = window.articles();
        int second = fx(() -> (int) articles.getItems().stream().takeWhile(a -> !a.title().equals(KeyboardWindow.SECOND_TITLE)).count());
        int sample = 1 - second;
        Node secondCell = fx(() -> articles.lookupAll(".list-cell").stream()
                .filter(cell -> ((javafx.scene.control.ListCell<?>) cell).getIndex() == second).findFirst().orElseThrow());
        robot.clickOn(secondCell);
        waitFor(() -> window.view().article() != null && window.view().article().title().equals(KeyboardWindow.SECOND_TITLE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.focusOwner()).as("the library keeps the keyboard after a click").isSameAs(articles);

        window.press(sample < second ? KeyCode.UP : KeyCode.DOWN);
        waitFor(() -> window.view().article().title().startsWith("Port Ellery"));
        assertThat(window.focusOwner()).isSameAs(articles);
        window.press(sample < second ? KeyCode.DOWN : KeyCode.UP);
        waitFor(() -> window.view().article().title().equals(KeyboardWindow.SECOND_TITLE));
        assertThat(window.focusOwner()).isSameAs(articles);

        window.press(KeyCode.DELETE);
        waitFor(() -> robot.lookup("#deleteArticleDialog").tryQuery().isPresent());
        DialogPane confirm = robot.lookup("#deleteArticleDialog").queryAs(DialogPane.class);
        assertThat(fx(() -> confirm.getHeaderText())).contains(KeyboardWindow.SECOND_TITLE);
        robot.interact(() -> ((Button) confirm.lookupButton(ButtonType.CANCEL)).fire());
        waitFor(() -> robot.lookup("#deleteArticleDialog").tryQuery().isEmpty());
        assertThat(fx(() -> articles.getItems().size())).as("cancelled: nothing deleted").isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x720", "1600x1000"})
    void theClaimDialogsCompletionListClosesWithItsFieldAndTheOutletEmptiesTheClaimant(String size) throws Exception {
        open(size);
        String text = fx(() -> window.view().article().text());
        String words = "the utility loses";
        int start = text.indexOf(words);
        robot.interact(() -> {
            window.view().select(start, start + words.length());
            window.view().area().requestFocus();
        });
        window.press(KeyCode.C);
        waitFor(() -> robot.lookup("#markClaimant").tryQuery().map(Node::isFocused).orElse(false));
        TextField claimant = robot.lookup("#markClaimant").queryAs(TextField.class);
        robot.interact(() -> claimant.setText("Hanne"));
        try {
            waitFor(() -> completionShowing(claimant.getScene().getWindow()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no list: focused " + fx(() -> claimant.isFocused()) + " windows " + fx(() -> Window.getWindows().stream()
                    .map(w -> w.getClass().getSimpleName() + ":" + w.isShowing()).toList()), e);
        }

        window.press(KeyCode.TAB);
        CheckBox outlet = robot.lookup("#markClaimOutlet").queryAs(CheckBox.class);
        waitFor(outlet::isFocused);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> completionShowing(claimant.getScene().getWindow()))).as("the list closed with its field").isFalse();

        window.press(KeyCode.SPACE);
        waitFor(outlet::isSelected);
        assertThat(fx(() -> claimant.getText())).as("the outlet empties the claimant").isEmpty();
        assertThat(fx(() -> claimant.isDisabled())).isTrue();
        // The keys the user pressed next: with no list open they cannot choose a person behind the outlet's back.
        window.press(KeyCode.DOWN);
        assertThat(fx(() -> claimant.getText())).isEmpty();
        robot.interact(() -> ((Button) robot.lookup("#markAccept").query()).fire());

        waitFor(() -> window.annotations().getItems().size() == SampleWindow.SAMPLE_ANNOTATIONS + 1);
        ClaimDetails saved = fx(() -> window.annotations().getItems().stream()
                .filter(a -> a.kind() == AnnotationKind.CLAIM && a.exact().equals(words)).findFirst().orElseThrow().claim());
        assertThat(saved.claimantIsOutlet()).isTrue();
        assertThat(saved.claimantActorId()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x720", "1600x1000"})
    void untickingTheOutletGivesBackWhatWasTyped(String size) throws Exception {
        open(size);
        String text = fx(() -> window.view().article().text());
        int start = text.indexOf("the utility loses");
        robot.interact(() -> {
            window.view().select(start, start + "the utility loses".length());
            window.view().area().requestFocus();
        });
        window.press(KeyCode.C);
        waitFor(() -> robot.lookup("#markClaimant").tryQuery().map(Node::isFocused).orElse(false));
        TextField claimant = robot.lookup("#markClaimant").queryAs(TextField.class);
        CheckBox outlet = robot.lookup("#markClaimOutlet").queryAs(CheckBox.class);
        robot.interact(() -> claimant.setText("Hanne Lindqvist"));
        robot.interact(() -> outlet.setSelected(true));
        assertThat(fx(() -> claimant.getText())).isEmpty();
        robot.interact(() -> outlet.setSelected(false));
        assertThat(fx(() -> claimant.getText())).isEqualTo("Hanne Lindqvist");
        assertThat(fx(() -> claimant.isDisabled())).isFalse();
        robot.interact(() -> ((Button) robot.lookup("#markAccept").query()).fire());
        waitFor(() -> window.annotations().getItems().size() == SampleWindow.SAMPLE_ANNOTATIONS + 1);
        ClaimDetails saved = fx(() -> window.annotations().getItems().stream()
                .filter(a -> a.kind() == AnnotationKind.CLAIM && a.exact().equals("the utility loses")).findFirst().orElseThrow().claim());
        assertThat(saved.claimantIsOutlet()).isFalse();
        assertThat(saved.claimantActorId()).as("the typed claimant is saved").isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x720", "1600x1000"})
    void keysJumpToTheNoteAndTheTagsAndTabLeavesTheNote(String size) throws Exception {
        open(size);
        Annotation claim = fx(() -> window.annotations().getItems().stream().filter(a -> a.kind() == AnnotationKind.CLAIM)
                .reduce((first, second) -> second).orElseThrow());
        robot.interact(() -> {
            window.annotations().getSelectionModel().select(claim);
            window.view().area().requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();

        window.press(KeyCode.N, KeyCode.SHORTCUT, KeyCode.SHIFT);
        TextArea note = robot.lookup("#annotationNote").queryAs(TextArea.class);
        waitFor(note::isFocused);
        assertThat(fx(() -> fullyInside(note, robot.lookup("#annotationEditor").query()))).as("the note is scrolled into view").isTrue();
        robot.interact(() -> note.appendText(" Board bulletin, 4 March."));
        window.press(KeyCode.TAB, KeyCode.CONTROL);
        assertThat(fx(() -> note.getText())).as("Ctrl+Tab types a tab").endsWith("\t");
        robot.interact(() -> note.deletePreviousChar());
        window.press(KeyCode.TAB);
        waitFor(() -> !note.isFocused());
        assertThat(fx(() -> note.getText())).doesNotContain("\t");
        waitFor(() -> window.annotations().getItems().stream().anyMatch(a -> a.id().equals(claim.id())
                && a.note().endsWith("Board bulletin, 4 March.")));

        robot.interact(() -> window.view().area().requestFocus());
        window.press(KeyCode.T, KeyCode.SHORTCUT, KeyCode.SHIFT);
        TextField tags = robot.lookup("#annotationTags").queryAs(TextField.class);
        waitFor(tags::isFocused);
        assertThat(fx(() -> fullyInside(tags, robot.lookup("#annotationEditor").query()))).as("the tags are scrolled into view").isTrue();
        robot.interact(() -> tags.setText("water, audit"));
        window.press(KeyCode.ENTER);
        waitFor(() -> window.annotations().getItems().stream().anyMatch(a -> a.id().equals(claim.id())
                && a.tags().equals(List.of("water", "audit"))));
        Annotation saved = fx(() -> window.annotations().getItems().stream().filter(a -> a.id().equals(claim.id())).findFirst().orElseThrow());
        assertThat(saved.note()).doesNotContain("water").doesNotContain("\t");
    }

    /** True while an autocomplete list is shown over the window. */
    private static boolean completionShowing(Window owner) {
        return Window.getWindows().stream().anyMatch(w -> w instanceof javafx.stage.PopupWindow popup && popup.isShowing()
                && popup.getOwnerWindow() == owner && !(popup instanceof javafx.scene.control.Tooltip));
    }

    static boolean fullyInside(Node node, Node container) {
        Bounds inner = node.localToScene(node.getBoundsInLocal());
        Bounds outer = container.localToScene(container.getBoundsInLocal());
        return inner.getMinY() >= outer.getMinY() - 0.5 && inner.getMaxY() <= outer.getMaxY() + 0.5;
    }
}
