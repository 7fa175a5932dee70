package dev.margin.bench;

import dev.margin.ui.common.StartupTimeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The floor of the startup benchmark: the smallest JavaFX program that shows a window, started the
 * same way as Margin. Marks "shown" on Margin's startup timeline (run it with -Dmargin.startupTimeline=true)
 * when its window is shown, then exits.
 */
public final class EmptyWindowMain {
    private EmptyWindowMain() {
    }

    public static void main(String[] args) {
        Application.launch(EmptyWindow.class, args);
    }

    /** An empty 1360 x 860 window. */
    public static final class EmptyWindow extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(), 1360, 860));
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> {
                StartupTimeline.mark("shown");
                Platform.runLater(Platform::exit);
            });
            stage.show();
        }
    }
}
