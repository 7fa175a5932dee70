package dev.margin.ui.common;

import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class AppIconTest {
    private static Stage stage;

    @BeforeAll
    static void startToolkit() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    @Test
    void everySizeLoadsAtItsOwnSize() {
        List<Image> images = AppIcon.images();

        assertThat(images).hasSameSizeAs(AppIcon.SIZES);
        for (int i = 0; i < images.size(); i++) {
            int size = AppIcon.SIZES.get(i);
            assertThat(images.get(i).getWidth()).as("width of margin-%d.png", size).isEqualTo(size);
            assertThat(images.get(i).getHeight()).as("height of margin-%d.png", size).isEqualTo(size);
        }
    }

    @Test
    void theWindowGetsEverySizeOnceTheyAreDecoded() throws Exception {
        FxToolkit.setupStage(AppIcon::addTo);
        // addTo hands the pictures to JavaFX's loading thread; the icons fill in when decoded.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getIcons().stream().allMatch(icon -> icon.getProgress() >= 1.0));

        assertThat(stage.getIcons()).noneMatch(Image::isError);
        assertThat(stage.getIcons()).extracting(Image::getWidth)
                .containsExactly(16.0, 24.0, 32.0, 48.0, 64.0, 128.0, 256.0, 512.0);
    }
}
