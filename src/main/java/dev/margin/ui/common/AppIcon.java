package dev.margin.ui.common;

import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * The Margin application icon (resources/icons, drawn for Margin) in the sizes a desktop picks from for the
 * title bar, the task bar and the window switcher. The same drawing is the installed app's menu icon.
 */
public final class AppIcon {
    private static final System.Logger LOG = System.getLogger(AppIcon.class.getName());
    /** The sizes rendered to /icons/margin-SIZE.png on the class path (installer/render-icons.sh). */
    public static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512);

    private AppIcon() {
    }

    /** Every size, smallest first; loaded now, so a missing or broken file fails here and not in a title bar. */
    public static List<Image> images() {
        return SIZES.stream().map(AppIcon::load).toList();
    }

    /**
     * Gives the window the Margin icon. The pictures are decoded on JavaFX's image loading thread, so the
     * window does not wait for them at start; one that cannot be read is logged.
     */
    public static void addTo(Stage stage) {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            Image image = new Image(url(size).toExternalForm(), true);
            image.exceptionProperty().addListener((observable, none, failure) ->
                    LOG.log(System.Logger.Level.ERROR, "The application icon of " + size + " pixels cannot be read", failure));
            icons.add(image);
        }
        stage.getIcons().setAll(icons);
    }

    private static String resource(int size) {
        return "/icons/margin-" + size + ".png";
    }

    private static URL url(int size) {
        URL url = AppIcon.class.getResource(resource(size));
        if (url == null) {
            throw new IllegalStateException("The application icon " + resource(size) + " is missing from the class path");
        }
        return url;
    }

    private static Image load(int size) {
        Image image = new Image(url(size).toExternalForm());
        if (image.isError()) {
            throw new IllegalStateException("The application icon " + resource(size) + " cannot be read", image.getException());
        }
        return image;
    }
}
