package dev.margin.ui.common;

import javafx.application.Platform;
import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Gives a dialog a least size that holds. Some window managers (Openbox, Fluxbox: seen here) map a dialog at a
 * tiny first size and ignore the size JavaFX asked for before it was shown, so its content collapses to one line
 * with a scrollbar. The least size is set on the pane and on the window, and asked for again once the dialog is on
 * screen.
 */
public final class DialogSize {
    private DialogSize() {
    }

    /** The dialog opens at least {@code width} × {@code height} (never more than its screen allows). */
    public static void atLeast(Dialog<?> dialog, double width, double height) {
        dialog.getDialogPane().setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        dialog.getDialogPane().setPrefSize(Math.max(width, dialog.getDialogPane().getPrefWidth()),
                Math.max(height, dialog.getDialogPane().getPrefHeight()));
        dialog.setOnShown(shown -> {
            Window window = dialog.getDialogPane().getScene().getWindow();
            if (window instanceof Stage stage) {
                stage.setMinWidth(width);
                stage.setMinHeight(height);
                // The stage may already hold the size asked for: nudge it, or setting it again would not reach the window.
                Platform.runLater(() -> {
                    double w = Math.max(stage.getWidth(), width);
                    double h = Math.max(stage.getHeight(), height);
                    stage.setWidth(w - 1);
                    stage.setHeight(h - 1);
                    stage.setWidth(w);
                    stage.setHeight(h);
                });
            }
        });
    }
}
