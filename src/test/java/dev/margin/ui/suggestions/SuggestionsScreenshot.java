package dev.margin.ui.suggestions;

import dev.margin.suggest.Suggestion;
import dev.margin.ui.MarginApp;
import dev.margin.ui.editor.ArticleView;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.stage.Window;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;

/**
 * Takes docs/screenshots/suggestions.png of the real window under Xvfb: starts Margin on a library,
 * runs "Suggest" on the first article, moves to a suggestion, and saves the window's picture.
 * {@code java -cp ... dev.margin.ui.suggestions.SuggestionsScreenshot LIBRARY.db OUT.png [NEXT_PRESSES]}
 */
public final class SuggestionsScreenshot {
    private static final long TIMEOUT_MILLIS = 60_000;

    private SuggestionsScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: SuggestionsScreenshot LIBRARY_FILE OUT.png [NEXT_PRESSES]");
            System.exit(2);
        }
        Path library = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int presses = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Thread ui = new Thread(() -> MarginApp.launch(library), "screenshot-app");
        ui.start();
        waitUntil(() -> scene() != null && view().article() != null);
        onFx(() -> {
            ((Button) scene().lookup("#suggestRun")).fire();
            return null;
        });
        waitUntil(() -> !suggestions().getItems().isEmpty());
        onFx(() -> {
            // The same as pressing J that many times: the list's selection is the current suggestion.
            suggestions().getSelectionModel().select(Math.min(presses, suggestions().getItems().size() - 1));
            return null;
        });
        // Let the selection scroll and the restyle settle before the picture.
        Thread.sleep(1500);
        onFx(() -> {
            Files.createDirectories(out.toAbsolutePath().getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(scene().snapshot(null), null), "png", out.toFile());
            System.out.println("suggestions screenshot " + out.toAbsolutePath() + " with " + suggestions().getItems().size() + " suggestions");
            return null;
        });
        Platform.exit();
        ui.join(TIMEOUT_MILLIS);
    }

    private static Scene scene() {
        return Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                .filter(s -> s != null && s.lookup("#articleView") != null).findFirst().orElse(null);
    }

    private static ArticleView view() {
        return (ArticleView) scene().lookup("#articleView");
    }

    @SuppressWarnings("unchecked")
    private static ListView<Suggestion> suggestions() {
        return (ListView<Suggestion>) scene().lookup("#suggestionList");
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (!onFxOrFalse(condition)) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the window did not get there within " + TIMEOUT_MILLIS + " ms");
            }
            Thread.sleep(100);
        }
    }

    private static boolean onFxOrFalse(Callable<Boolean> condition) throws Exception {
        try {
            return onFx(condition);
        } catch (java.util.concurrent.ExecutionException | IllegalStateException e) {
            return false;
        }
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }
}
