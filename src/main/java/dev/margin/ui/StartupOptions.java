package dev.margin.ui;

import dev.margin.domain.AnnotationKind;
import dev.margin.ui.common.StartupTimeline;
import dev.margin.ui.reader.ReaderWindow;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
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
            ImageIO.write(toBufferedImage(image), "png", file.toFile());
            System.out.println("margin.snapshot " + file.toAbsolutePath());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "Could not write the snapshot " + file, e);
        }
    }

    /**
     * The snapshot's pixels as an AWT image for ImageIO. Done here rather than with SwingFXUtils so the packaged
     * runtime needs neither javafx.swing nor Swing (installer/README.md, "what is cut").
     */
    private static BufferedImage toBufferedImage(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        picture.setRGB(0, 0, width, height, argb, 0, width);
        return picture;
    }
}
