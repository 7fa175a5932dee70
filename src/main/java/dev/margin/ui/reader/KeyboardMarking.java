package dev.margin.ui.reader;

import dev.margin.domain.AnnotationKind;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The single-key commands of the reader: Q, A, C and H mark the selection, Delete deletes the
 * selected annotation. They are not menu accelerators, so that typing those letters (or Delete) in a
 * text field never marks or deletes anything: the keys act only when no text input has the focus.
 * A filter rather than a handler, because the read-only article area would otherwise take Delete.
 */
final class KeyboardMarking {
    private KeyboardMarking() {
    }

    static void install(Scene scene, ReaderActions actions) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.isConsumed() || event.isShortcutDown() || event.isAltDown() || event.isMetaDown() || typingInto(scene.getFocusOwner())) {
                return;
            }
            AnnotationKind kind = switch (event.getCode()) {
                case Q -> AnnotationKind.QUOTE;
                case A -> AnnotationKind.ACTOR;
                case C -> AnnotationKind.CLAIM;
                case H -> AnnotationKind.HIGHLIGHT;
                default -> null;
            };
            if (kind != null && !event.isShiftDown()) {
                event.consume();
                actions.mark(kind);
            } else if ((event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) && !inList(scene.getFocusOwner())) {
                event.consume();
                actions.deleteSelectedAnnotation();
            }
        });
    }

    /** Lists handle Delete themselves: the library deletes an article (after asking), the annotation list its annotation. */
    private static boolean inList(Node focused) {
        return focused instanceof ListView;
    }

    private static boolean typingInto(Node focused) {
        return focused instanceof TextInputControl || focused instanceof ComboBoxBase;
    }
}
