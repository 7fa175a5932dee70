package dev.margin.ui.common;

import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * A least size that holds, for dialogs and windows. Some window managers (Openbox, Fluxbox: seen here) map a
 * window at a tiny first size and ignore the size JavaFX asked for before it was shown, so a dialog's content
 * collapsed to one line with a scrollbar and a window opened at 198 × 175. The least size is set on the content
 * and on the window (never more than the screen allows), and asked for again once the window is on screen.
 * {@link Dialogs} applies it to every dialog and window the app makes.
 */
public final class DialogSize {
    private DialogSize() {
    }

    /**
     * The dialog is never smaller than {@code width} × {@code height}; it is larger when its content asks for more
     * (the least size is a floor on the pane, its preferred size still follows the content).
     */
    public static void atLeast(Dialog<?> dialog, double width, double height) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(width, screen.getWidth());
        double h = Math.min(height, screen.getHeight());
        dialog.getDialogPane().setMinSize(w, h);
        dialog.setOnShown(shown -> {
            if (dialog.getDialogPane().getScene().getWindow() instanceof Stage stage) {
                holdAtLeast(stage, w, h);
            }
        });
    }

    /** The window is never smaller than {@code width} × {@code height} (nor than its screen allows), from its first showing. */
    public static void atLeast(Stage stage, double width, double height) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(width, screen.getWidth());
        double h = Math.min(height, screen.getHeight());
        stage.setMinWidth(w);
        stage.setMinHeight(h);
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new EventHandler<>() {
            @Override
            public void handle(WindowEvent shown) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                holdAtLeast(stage, w, h);
            }
        });
    }

    /** The least size for a shown window, asked for again in case the window manager mapped it smaller. */
    private static void holdAtLeast(Stage stage, double width, double height) {
        stage.setMinWidth(width);
        stage.setMinHeight(height);
        // The stage may already hold the size asked for: nudge it, or setting it again would not reach the window.
        Platform.runLater(() -> {
            if (stage.isMaximized() || !stage.isShowing()) {
                return;
            }
            double w = Math.max(stage.getWidth(), width);
            double h = Math.max(stage.getHeight(), height);
            stage.setWidth(w - 1);
            stage.setHeight(h - 1);
            stage.setWidth(w);
            stage.setHeight(h);
        });
    }

    /** True when the window is at least its least size (for tests and checks). */
    public static boolean holds(Window window) {
        return !(window instanceof Stage stage) || (stage.getWidth() >= stage.getMinWidth() - 0.5 && stage.getHeight() >= stage.getMinHeight() - 0.5);
    }
}
