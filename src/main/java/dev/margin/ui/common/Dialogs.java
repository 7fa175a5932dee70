package dev.margin.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The one place the app makes its dialogs and secondary windows: each gets its owner, title, header and node id,
 * and a least size fit for what it shows ({@link Size}), held under window managers that map new windows tiny
 * ({@link DialogSize}). A new dialog is made here, so none opens collapsed to one line.
 */
public final class Dialogs {
    /** What a dialog shows, and the least size that shows it whole. */
    public enum Size {
        /** A question or a short message with its buttons. */
        MESSAGE(460, 190),
        /** One field to type in (a web address, a name). */
        INPUT(460, 180),
        /** A small form (the mark dialogs, merging actors). */
        FORM(480, 300),
        /** A failure: a heading naming the file or library, and the reason. */
        ERROR(540, 240),
        /** A long text to read (the how-to, an import report). */
        TEXT(640, 480),
        /** A window of its own with a form (export). */
        WINDOW_FORM(560, 360),
        /** A window of its own with tables (review). */
        WINDOW(960, 600);

        private final double width;
        private final double height;

        Size(double width, double height) {
            this.width = width;
            this.height = height;
        }

        public double width() {
            return width;
        }

        public double height() {
            return height;
        }
    }

    private Dialogs() {
    }

    /** An alert owned by {@code owner} (may be null), with {@code content} as its text (may be null) and the buttons given (or the type's own). */
    public static Alert alert(Alert.AlertType type, Window owner, String id, String title, String header, String content, Size size,
                              ButtonType... buttons) {
        Alert alert = new Alert(type, content == null ? "" : content, buttons);
        prepare(alert, owner, id, title, header, size);
        return alert;
    }

    /** A dialog with one text field, filled with {@code initial}. */
    public static TextInputDialog textInput(Window owner, String id, String title, String header, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial == null ? "" : initial);
        prepare(dialog, owner, id, title, header, Size.INPUT);
        return dialog;
    }

    /** An empty dialog for a form of its own; the caller adds its buttons and content. */
    public static <T> Dialog<T> dialog(Window owner, String id, String title, Size size) {
        Dialog<T> dialog = new Dialog<>();
        prepare(dialog, owner, id, title, null, size);
        return dialog;
    }

    /** Sets owner, title, header, id and least size on a dialog made elsewhere (a subclass of Dialog). */
    public static <D extends Dialog<?>> D prepare(D dialog, Window owner, String id, String title, String header, Size size) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        if (id != null) {
            dialog.getDialogPane().setId(id);
        }
        dialog.setResizable(true);
        DialogSize.atLeast(dialog, size.width(), size.height());
        return dialog;
    }

    /** A secondary window, at least the size given from its first showing. */
    public static Stage window(String title, Size size) {
        Stage stage = new Stage();
        stage.setTitle(title);
        DialogSize.atLeast(stage, size.width(), size.height());
        return stage;
    }
}
