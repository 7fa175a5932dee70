package dev.margin.ui.editor;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snapshots the sample article with overlapping annotations in the light and the dark theme to
 * target/snapshots, and checks that the palette of each theme actually reaches the pixels.
 */
@ExtendWith(ApplicationExtension.class)
class ArticleViewSnapshotTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void resetTheme() {
        WaitForAsyncUtils.asyncFx(() -> Application.setUserAgentStylesheet(null));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private WritableImage snapshot(boolean dark) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Showcase.applyTheme(dark);
            Scene scene = Showcase.scene(dark);
            stage.setScene(scene);
            stage.show();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<WritableImage> image = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            ((ArticleView) ((javafx.scene.layout.BorderPane) stage.getScene().getRoot()).getCenter()).restoreScroll(0);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> image.set(stage.getScene().snapshot(null))).get();
        Path file = Path.of("target/snapshots/article-view-" + (dark ? "dark" : "light") + ".png");
        Showcase.save(image.get(), file);
        assertThat(Files.size(file)).isGreaterThan(10_000);
        return image.get();
    }

    private static int count(WritableImage image, String hex) {
        Color wanted = Color.web(hex);
        PixelReader pixels = image.getPixelReader();
        int found = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = pixels.getColor(x, y);
                if (Math.abs(c.getRed() - wanted.getRed()) < 0.02 && Math.abs(c.getGreen() - wanted.getGreen()) < 0.02
                        && Math.abs(c.getBlue() - wanted.getBlue()) < 0.02) {
                    found++;
                }
            }
        }
        return found;
    }

    @Test
    void lightThemePaintsEachKindInItsLightColours() throws Exception {
        WritableImage image = snapshot(false);
        assertThat(count(image, "#dcefff")).as("quote background").isGreaterThan(500);
        assertThat(count(image, "#fff1a8")).as("highlight background").isGreaterThan(500);
        assertThat(count(image, "#ffc98a")).as("emphasis background").isGreaterThan(500);
        assertThat(count(image, "#7b3fe4")).as("claim outline").isGreaterThan(100);
        assertThat(count(image, "#14334f")).as("no dark quote colour (a few anti-aliased text pixels may match)").isLessThan(50);
    }

    @Test
    void darkThemePaintsEachKindInItsDarkColours() throws Exception {
        WritableImage image = snapshot(true);
        assertThat(count(image, "#0d1117")).as("dark page").isGreaterThan(100_000);
        assertThat(count(image, "#14334f")).as("quote background").isGreaterThan(500);
        assertThat(count(image, "#4d4100")).as("highlight background").isGreaterThan(500);
        assertThat(count(image, "#dcefff")).as("no light quote colour (a few anti-aliased text pixels may match)").isLessThan(50);
    }
}
