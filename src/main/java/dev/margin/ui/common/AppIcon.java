package dev.margin.ui.common;

import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.net.URL;
import java.util.List;

/**
 * The Margin application icon (resources/icons, drawn for Margin) in the sizes a desktop picks from for the
 * title bar, the task bar and the window switcher. The same drawing is the installed app's menu icon.
 */
public final class AppIcon {
    /** The sizes rendered to /icons/margin-SIZE.png on the class path (installer/render-icons.sh). */
    public static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512);

    private AppIcon() {
    }

    /** Every size, smallest first; loaded now, so a missing or broken file fails here and not in a title bar. */
    public static List<Image> images() {
        return SIZES.stream().map(AppIcon::load).toList();
    }

    /** Gives the window the Margin icon. */
    public static void addTo(Stage stage) {
        stage.getIcons().setAll(images());
    }

    private static Image load(int size) {
        String resource = "/icons/margin-" + size + ".png";
        URL url = AppIcon.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("The application icon " + resource + " is missing from the class path");
        }
        Image image = new Image(url.toExternalForm());
        if (image.isError()) {
            throw new IllegalStateException("The application icon " + resource + " cannot be read", image.getException());
        }
        return image;
    }
}
