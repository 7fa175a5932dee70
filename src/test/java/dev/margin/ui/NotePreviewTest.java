package dev.margin.ui;

import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;

import static dev.margin.ui.SampleWindow.fx;
import static dev.margin.ui.SampleWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The note of an annotation in the running app: the sample's highlight has a Markdown note, which the list
 * shows without its markers and the editor's Preview draws in bold; a note with a link written in Edit and
 * saved with Ctrl+Enter shows the link in the preview.
 */
class NotePreviewTest {
    private static final String LINKED_NOTE = "Compare with the [weekly bulletin](https://water.example.org/bulletin) and *last year's*.";

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
    void theHighlightsNoteIsPlainInTheListAndRenderedInThePreview() throws Exception {
        Annotation highlight = fx(() -> window.annotations().getItems().stream()
                .filter(a -> a.kind() == AnnotationKind.HIGHLIGHT && a.note().contains("**")).findFirst().orElseThrow());
        // The list's cells are made at its next layout pulse, which a fast machine may not have run yet.
        robot.interact(() -> window.annotations().scrollTo(highlight));
        String detail = "#annotation-" + highlight.id() + " .annotation-detail";
        waitFor(() -> robot.lookup(detail).tryQuery().isPresent());
        assertThat(robot.lookup(detail).queryAs(Label.class).getText())
                .isEqualTo("Check against the board's weekly reservoir bulletin.");

        robot.interact(() -> window.annotations().getSelectionModel().select(highlight));
        waitFor(() -> robot.lookup("#notePreviewToggle").queryAs(ToggleButton.class).isSelected());
        robot.clickOn("#noteEditToggle");
        assertThat(robot.lookup("#annotationNote").queryAs(TextArea.class).isVisible()).isTrue();
        assertThat(robot.lookup("#notePreview").query().isVisible()).isFalse();

        robot.clickOn("#notePreviewToggle");
        assertThat(robot.lookup("#notePreview").query().isVisible()).isTrue();
        assertThat(robot.lookup("#annotationNote").query().isVisible()).isFalse();
        Text bold = robot.lookup("#notePreview .note-bold").queryAs(Text.class);
        assertThat(bold.getText()).isEqualTo("weekly reservoir bulletin");
        assertThat(bold.isVisible()).isTrue();
    }

    @Test
    void aNoteSavedWithCtrlEnterShowsItsLinkInThePreview() throws Exception {
        Annotation highlight = fx(() -> window.annotations().getItems().stream()
                .filter(a -> a.kind() == AnnotationKind.HIGHLIGHT && a.note().contains("**")).findFirst().orElseThrow());
        UUID id = highlight.id();
        robot.interact(() -> window.annotations().getSelectionModel().select(highlight));
        waitFor(() -> robot.lookup("#notePreviewToggle").queryAs(ToggleButton.class).isSelected());
        robot.clickOn("#noteEditToggle");
        assertThat(fx(() -> window.annotations().getSelectionModel().getSelectedItem().id())).isEqualTo(id);
        TextArea area = robot.lookup("#annotationNote").queryAs(TextArea.class);
        robot.interact(area::requestFocus);
        robot.interact(() -> area.setText(LINKED_NOTE));
        List<Annotation> selections = new CopyOnWriteArrayList<>();
        robot.interact(() -> window.annotations().getSelectionModel().selectedItemProperty()
                .addListener((observable, old, chosen) -> selections.add(chosen)));
        robot.push(KeyCode.SHORTCUT, KeyCode.ENTER);
        waitFor(() -> window.annotations().getItems().stream().anyMatch(a -> a.id().equals(id) && a.note().equals(LINKED_NOTE)));
        // Saving keeps the annotation selected in the list, never passing through a neighbour.
        assertThat(selections).extracting(Annotation::id).containsOnly(id);
        assertThat(robot.lookup("#noteEditToggle").queryAs(ToggleButton.class).isSelected()).isTrue();

        robot.clickOn("#notePreviewToggle");
        Hyperlink link = robot.lookup("#notePreview .note-link").queryAs(Hyperlink.class);
        assertThat(link.getText()).isEqualTo("weekly bulletin");
        assertThat(link.getTooltip().getText()).isEqualTo("https://water.example.org/bulletin");
        assertThat(robot.lookup("#notePreview .note-italic").queryAs(Text.class).getText()).isEqualTo("last year's");
        waitFor(() -> robot.lookup("#annotation-" + id + " .annotation-detail").tryQuery()
                .map(detail -> ((Label) detail).getText()).orElse("").equals("Compare with the weekly bulletin and last year's."));
    }
}
