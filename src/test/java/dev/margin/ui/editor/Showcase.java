package dev.margin.ui.editor;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.margin.domain.Annotation;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * The sample article with overlapping annotations in a themed window, for screenshots: the
 * headless snapshot test uses {@link #scene}, and {@link #main} shows it on a real display
 * (e.g. under Xvfb) and saves a snapshot: {@code Showcase light|dark out.png}.
 */
final class Showcase {
    private Showcase() {
    }

    /** Sets the AtlantaFX theme for the whole application (a user-agent stylesheet is global by nature). */
    static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    static Scene scene(boolean dark) {
        ArticleView view = new ArticleView(Locale.UK);
        List<Annotation> annotations = SampleArticles.overlapping();
        view.showArticle(SampleArticles.article(), annotations);
        BorderPane root = new BorderPane(view);
        root.setTop(new Legend(view));
        if (dark) {
            root.getStyleClass().add(ArticleView.DARK);
        }
        root.setStyle("-fx-background-color: -color-bg-default;");
        // The claim around "fuel prices..." is emphasised, as after picking it in the annotation panel.
        view.reveal(annotations.get(8).id());
        return new Scene(root, 1000, 720);
    }

    static void save(WritableImage image, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the snapshot " + file, e);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        boolean dark = args.length > 0 && args[0].equals("dark");
        Path out = Path.of(args.length > 1 ? args[1] : "article-view-" + (dark ? "dark" : "light") + ".png");
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            applyTheme(dark);
            Stage stage = new Stage();
            stage.setTitle("Margin — article view");
            stage.setScene(scene(dark));
            stage.show();
            // Back to the top after reveal scrolled; two pulses later the text is laid out and painted.
            ((ArticleView) ((BorderPane) stage.getScene().getRoot()).getCenter()).restoreScroll(0);
            Platform.runLater(() -> Platform.runLater(() -> {
                save(stage.getScene().snapshot(null), out);
                done.countDown();
            }));
        });
        done.await();
        Platform.exit();
    }
}
