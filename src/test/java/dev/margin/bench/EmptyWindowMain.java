package dev.margin.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The floor of the startup benchmark: the smallest JavaFX program that shows a window, started the
 * same way as Margin. Prints "margin.phase MILLIS shown" (as Margin's startup timeline does) when its
 * window is shown, then exits.
 */
public final class EmptyWindowMain {
    private EmptyWindowMain() {
    }

    public static void main(String[] args) {
        Application.launch(EmptyWindow.class, args);
    }

    /** The line Margin's startup timeline prints when its window is shown, with the wall-clock time. */
    static void printShown() {
        System.out.println("margin.phase " + System.currentTimeMillis() + " shown");
        System.out.flush();
    }

    /** An empty 1360 x 860 window. */
    public static final class EmptyWindow extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(), 1360, 860));
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> {
                printShown();
                Platform.runLater(Platform::exit);
            });
            stage.show();
        }
    }
}
