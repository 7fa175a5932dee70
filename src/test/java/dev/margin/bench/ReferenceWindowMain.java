package dev.margin.bench;

import atlantafx.base.theme.PrimerLight;
import dev.margin.ui.common.StartupTimeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Reference points of the startup benchmark between the empty window and Margin: the empty window with
 * Margin's AtlantaFX theme and one label ({@code themed}), and that with a menu bar the size of Margin's
 * ({@code themed-menus}: seven menus of eight items). They show how much of the 1.5 floor the first
 * controls of any themed window already use. Marks "shown" on Margin's startup timeline, then exits.
 */
public final class ReferenceWindowMain {
    private ReferenceWindowMain() {
    }

    public static void main(String[] args) {
        Application.launch(ReferenceWindow.class, args);
    }

    /** The window named by the first argument. */
    public static final class ReferenceWindow extends Application {
        private static final String[] MENUS = {"File", "Edit", "View", "Annotate", "Suggest", "Go", "Help"};

        @Override
        public void start(Stage stage) {
            String variant = getParameters().getRaw().isEmpty() ? "themed" : getParameters().getRaw().get(0);
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            BorderPane root = new BorderPane(new Label("Margin"));
            if (variant.equals("themed-menus")) {
                root.setTop(menuBar());
            }
            stage.setScene(new Scene(root, 1360, 860));
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> {
                StartupTimeline.mark("shown");
                Platform.runLater(Platform::exit);
            });
            stage.show();
        }

        private static MenuBar menuBar() {
            MenuBar bar = new MenuBar();
            for (String name : MENUS) {
                Menu menu = new Menu(name);
                for (int item = 1; item <= 8; item++) {
                    menu.getItems().add(new MenuItem(name + " " + item));
                }
                bar.getMenus().add(menu);
            }
            return bar;
        }
    }
}
