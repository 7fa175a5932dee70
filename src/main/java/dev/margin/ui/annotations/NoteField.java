package dev.margin.ui.annotations;

import atlantafx.base.theme.Styles;
import dev.margin.domain.Annotation;
import dev.margin.ui.common.Messages;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The note of the annotation being edited: its Markdown in a text area (saved on leaving it or with
 * Ctrl+Enter) or drawn by a {@link NoteView}, switched by an Edit / Preview pair. A newly shown annotation
 * opens in Preview when it has a note and in Edit when it has none, unless the user chose otherwise for it
 * (the list briefly selects another annotation while saving, which must not undo that choice). A double
 * click on the preview goes back to Edit.
 */
final class NoteField {
    private final AnnotatingViewModel annotating;
    private final Clock clock;
    private final Supplier<Annotation> shown;
    private final TextArea area = new TextArea();
    private final NoteView preview;
    private final ToggleButton edit;
    private final ToggleButton previewToggle;
    private final VBox node;
    private UUID showing;
    /** The annotation whose Edit / Preview the user last chose, and the choice, kept when it is shown again. */
    private UUID chosenFor;
    private boolean chosePreview;
    /** True while {@link #show} sets the mode itself, which is no choice of the user's. */
    private boolean resetting;

    NoteField(AnnotatingViewModel annotating, Messages messages, Clock clock, Supplier<Annotation> shown, Consumer<String> openLink) {
        this.annotating = annotating;
        this.clock = clock;
        this.shown = shown;
        area.setId("annotationNote");
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.setPromptText(messages.get("editor.note"));
        FormSupport.commitOnLeave(area, shown, annotating, this::save);
        area.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown() && shown.get() != null) {
                save(shown.get(), area.getText());
                event.consume();
            }
        });
        tabLeavesTheNote();
        preview = new NoteView(openLink, messages.get("editor.note.empty"));
        preview.setId("notePreview");

        ToggleGroup mode = new ToggleGroup();
        edit = new ToggleButton(messages.get("editor.note.edit"));
        edit.setId("noteEditToggle");
        edit.getStyleClass().addAll(Styles.LEFT_PILL, Styles.SMALL);
        previewToggle = new ToggleButton(messages.get("editor.preview"));
        previewToggle.setId("notePreviewToggle");
        previewToggle.getStyleClass().addAll(Styles.RIGHT_PILL, Styles.SMALL);
        edit.setToggleGroup(mode);
        previewToggle.setToggleGroup(mode);
        mode.selectedToggleProperty().addListener((observable, old, chosen) -> {
            if (chosen == null) {
                old.setSelected(true); // one of the two is always chosen
            } else {
                showMode(chosen == previewToggle);
                if (!resetting) {
                    chosenFor = showing;
                    chosePreview = chosen == previewToggle;
                }
            }
        });
        edit.setSelected(true);
        preview.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                edit.setSelected(true);
                area.requestFocus();
            }
        });

        Label caption = new Label(messages.get("editor.note"));
        caption.getStyleClass().add("form-label");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(caption, spacer, edit, previewToggle);
        header.setAlignment(Pos.CENTER_LEFT);
        node = new VBox(4, header, area, preview);
    }

    Node node() {
        return node;
    }

    /**
     * Tab and Shift+Tab move to the next and previous field, as in every other field of the editor (a text area
     * would type a tab, and the tags meant for the next field would land in the note); Ctrl+Tab types a tab. The
     * text area's own keys are the other way round, so the key is handed to it with Ctrl swapped.
     */
    private void tabLeavesTheNote() {
        boolean[] forwarding = {false};
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() != KeyCode.TAB || forwarding[0] || event.isAltDown() || event.isMetaDown()) {
                return;
            }
            event.consume();
            if (event.isControlDown()) {
                area.replaceSelection("\t");
                return;
            }
            forwarding[0] = true;
            try {
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, event.isShiftDown(), true, false, false));
            } finally {
                forwarding[0] = false;
            }
        });
    }

    /** Gives the note the keyboard, in Edit mode with the caret at its end (Edit > Edit note). */
    void edit() {
        edit.setSelected(true);
        area.requestFocus();
        area.end();
    }

    Node area() {
        return area;
    }

    /** Shows the annotation's note; a different annotation than before also resets Edit / Preview. */
    void show(Annotation annotation) {
        if (!area.isFocused()) {
            area.setText(annotation.note());
        }
        if (!annotation.id().equals(showing)) {
            showing = annotation.id();
            boolean previewing = annotation.id().equals(chosenFor) ? chosePreview : !annotation.note().isBlank();
            resetting = true;
            (previewing ? previewToggle : edit).setSelected(true);
            resetting = false;
        }
        if (previewToggle.isSelected()) {
            preview.show(area.getText());
        }
    }

    private void showMode(boolean previewing) {
        // Leaving the text area for a toggle has already saved it (commitOnLeave).
        if (previewing) {
            preview.show(area.getText());
        }
        area.setVisible(!previewing);
        area.setManaged(!previewing);
        preview.setVisible(previewing);
        preview.setManaged(previewing);
        if (!previewing && edit.isFocused()) {
            area.requestFocus();
        }
    }

    private void save(Annotation annotation, String text) {
        if (!text.equals(annotation.note())) {
            annotating.edit(annotation, annotation.withNote(text, clock.instant()));
        }
    }
}
