package dev.margin.ui.reader;

import dev.margin.domain.AnnotationKind;
import dev.margin.ui.common.Settings;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Puts the window back as the user left it (size, position, maximised, divider positions) and
 * records it again on close, in the settings file beside the library. A remembered position that no
 * screen shows any more (a monitor was unplugged) is ignored.
 */
public final class WindowState {
    static final String X = "window.x";
    static final String Y = "window.y";
    static final String WIDTH = "window.width";
    static final String HEIGHT = "window.height";
    static final String MAXIMISED = "window.maximised";
    static final String DIVIDERS = "window.dividers";
    static final String PANEL_DIVIDER = "window.panelDivider";
    public static final String THEME = "view.theme";
    public static final String ZOOM = "view.zoom";
    public static final String HIDDEN_KINDS = "view.hiddenKinds";
    public static final String LAST_ARTICLE = "reader.lastArticle";
    public static final String LAST_PARAGRAPH = "reader.lastParagraph";
    public static final String SAMPLE_SEEDED = "library.sampleSeeded";
    /** The least size at which the library, the article and the panel are all usable. */
    static final double MIN_WIDTH = 900;
    static final double MIN_HEIGHT = 560;

    private final Settings settings;

    public WindowState(Settings settings) {
        this.settings = settings;
    }

    public void restore(Stage stage) {
        // Never larger than the screen (a window saved on a bigger monitor must still fit), never smaller than the
        // least the three panes need (a size saved while a window manager had shrunk the window is not kept).
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double minWidth = Math.min(MIN_WIDTH, screen.getWidth());
        double minHeight = Math.min(MIN_HEIGHT, screen.getHeight());
        double width = Math.min(Math.max(settings.getDouble(WIDTH, 1360), minWidth), screen.getWidth());
        double height = Math.min(Math.max(settings.getDouble(HEIGHT, 860), minHeight), screen.getHeight());
        stage.setMinWidth(minWidth);
        stage.setMinHeight(minHeight);
        stage.setWidth(width);
        stage.setHeight(height);
        // Some window managers (Openbox, seen here) map a new window at its scene's first size and ignore the size
        // asked before it was shown, while the stage still reports the size asked: ask again once it is on screen.
        // The property holds that value already, so it is nudged first, or setting it would not reach the window.
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new EventHandler<>() {
            @Override
            public void handle(WindowEvent shown) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                Platform.runLater(() -> {
                    if (!stage.isMaximized()) {
                        stage.setWidth(width - 1);
                        stage.setHeight(height - 1);
                        stage.setWidth(width);
                        stage.setHeight(height);
                    }
                });
            }
        });
        if (settings.has(X) && settings.has(Y)) {
            double x = settings.getDouble(X, 0);
            double y = settings.getDouble(Y, 0);
            if (!Screen.getScreensForRectangle(new Rectangle2D(x, y, 100, 100)).isEmpty()) {
                stage.setX(x);
                stage.setY(y);
            }
        }
        stage.setMaximized(settings.getBoolean(MAXIMISED, false));
    }

    /** Restores the divider positions; call after the split panes have their children. */
    public void restoreDividers(SplitPane main, SplitPane panel) {
        double[] positions = Arrays.stream(settings.get(DIVIDERS, "0.2,0.71").split(","))
                .mapToDouble(value -> parse(value, -1)).toArray();
        if (positions.length == main.getDividers().size() && Arrays.stream(positions).allMatch(p -> p > 0 && p < 1)) {
            main.setDividerPositions(positions);
        } else {
            main.setDividerPositions(0.2, 0.71);
        }
        double panelPosition = settings.getDouble(PANEL_DIVIDER, 0.45);
        panel.setDividerPositions(panelPosition > 0 && panelPosition < 1 ? panelPosition : 0.45);
    }

    public void record(Stage stage, SplitPane main, SplitPane panel) {
        settings.put(MAXIMISED, stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            settings.put(X, stage.getX());
            settings.put(Y, stage.getY());
            settings.put(WIDTH, stage.getWidth());
            settings.put(HEIGHT, stage.getHeight());
        }
        settings.put(DIVIDERS, Arrays.stream(main.getDividerPositions()).mapToObj(Double::toString).collect(Collectors.joining(",")));
        if (!panel.getDividers().isEmpty()) {
            settings.put(PANEL_DIVIDER, panel.getDividerPositions()[0]);
        }
    }

    public Set<AnnotationKind> hiddenKinds() {
        Set<AnnotationKind> hidden = EnumSet.noneOf(AnnotationKind.class);
        for (String name : settings.get(HIDDEN_KINDS, "").split(",")) {
            Arrays.stream(AnnotationKind.values()).filter(kind -> kind.name().equals(name.strip().toUpperCase(Locale.ROOT))).forEach(hidden::add);
        }
        return hidden;
    }

    public void recordHiddenKinds(Set<AnnotationKind> hidden) {
        settings.put(HIDDEN_KINDS, hidden.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
    }

    private static double parse(String value, double fallback) {
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public Settings settings() {
        return settings;
    }
}
