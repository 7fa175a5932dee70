package dev.margin.ui;

import dev.margin.domain.AnnotationKind;
import dev.margin.ui.common.StartupTimeline;
import dev.margin.ui.reader.ReaderWindow;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Options for looking at and timing the real window from scripts: {@code margin.snapshot=FILE.png}
 * writes a picture of the window once the first article is shown and exits (with {@code margin.snapshotSelect=CLAIM}
 * the first claim is selected first); {@code margin.exitAfterShow}
 * prints "margin.shown" when the window is first shown and exits; {@code margin.exitAfterArticle} closes the
 * window once the first article is shown in it. The startup benchmark uses the last with
 * {@code margin.startupTimeline} ({@link StartupTimeline}), which marks the moment the window is shown.
 */
final class StartupOptions {
    private static final System.Logger LOG = System.getLogger(StartupOptions.class.getName());

    private StartupOptions() {
    }

    static void apply(ReaderWindow window, Stage stage) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> StartupTimeline.mark("shown"));
        if (Boolean.getBoolean("margin.exitAfterArticle")) {
            window.setOnArticleShown(() -> Platform.runLater(stage::close));
        }
        if (Boolean.getBoolean("margin.exitAfterShow")) {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> {
                System.out.println("margin.shown");
                System.out.flush();
                Platform.runLater(stage::close);
            });
        }
        String snapshot = System.getProperty("margin.snapshot");
        if (snapshot != null && !snapshot.isBlank()) {
            window.setOnArticleShown(() -> {
                window.setOnArticleShown(() -> { });
                String select = System.getProperty("margin.snapshotSelect");
                if (select != null) {
                    window.selectFirst(AnnotationKind.valueOf(select.toUpperCase(Locale.ROOT)));
                }
                // Give the layout a moment to settle (fonts, the virtual flow's first pass) before taking the picture.
                PauseTransition settle = new PauseTransition(Duration.millis(Long.getLong("margin.snapshotDelay", 800)));
                settle.setOnFinished(done -> {
                    write(stage, Path.of(snapshot));
                    stage.close();
                });
                settle.play();
            });
        }
    }

    private static void write(Stage stage, Path file) {
        WritableImage image = stage.getScene().snapshot(null);
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            System.out.println("margin.snapshot " + file.toAbsolutePath());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "Could not write the snapshot " + file, e);
        }
    }
}
