package dev.margin.ui;

import dev.margin.importer.ArticleImporter;
import dev.margin.service.LibraryServices;
import dev.margin.service.SampleLibrary;
import dev.margin.store.postgres.PostgresStore;
import dev.margin.store.postgres.PostgresTestServer;
import dev.margin.store.postgres.TeamSetup;
import dev.margin.ui.editor.ArticleView;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Pictures of the window on a team library (docs/TEAM.md), taken from the real application on a real PostgreSQL
 * server the program starts: the Open team library dialog naming a mistyped database, and the status bar while the
 * server is away (Offline, a change kept unsaved) and once it is back. Run under Xvfb at the size wanted, with
 * {@code import} (ImageMagick) on the path, the same size passed as the second argument:
 * {@code java -cp … dev.margin.ui.TeamScreenshots docs/screenshots 1280x720}.
 */
public final class TeamScreenshots {
    private TeamScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        String size = args.length > 1 ? args[1] : "1280x720";
        Files.createDirectories(out);
        PostgresTestServer server = PostgresTestServer.get();
        String database = "newsdesk";
        server.admin("CREATE DATABASE " + database + " TEMPLATE margin_template");
        TeamSetup.addUser(server.address(database, PostgresTestServer.SUPERUSER), () -> null, "ana", "editor");
        try (LibraryServices team = LibraryServices.over(PostgresStore.open(server.address(database, "ana"), () -> null), Clock.systemUTC())) {
            new SampleLibrary(team, new ArticleImporter(), Clock.systemUTC()).seed();
        }
        Path library = Files.createTempDirectory("margin-team-shots").resolve("margin.db");
        Platform.startup(() -> { });
        MarginApp app = new MarginApp(library);
        app.init();
        Stage stage = WaitForAsyncUtils.asyncFx(() -> {
            Stage made = new Stage();
            app.start(made);
            return made;
        }).get();
        waitFor(() -> stage.getScene().lookup("#articleView") != null && ((ArticleView) stage.getScene().lookup("#articleView")).article() != null);
        String[] wh = size.split("x");
        fx(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(Double.parseDouble(wh[0]));
            stage.setHeight(Double.parseDouble(wh[1]));
            ((MenuBar) stage.getScene().lookup("#menuBar")).getMenus().get(0).getItems().stream()
                    .filter(item -> "menuOpenTeam".equals(item.getId())).findFirst().orElseThrow().fire();
            return null;
        });
        waitFor(() -> lookup("#teamLibraryDialog") != null);
        fx(() -> {
            ((TextField) lookup("#teamHost")).setText("127.0.0.1");
            ((TextField) lookup("#teamPort")).setText(String.valueOf(server.port()));
            ((TextField) lookup("#teamDatabase")).setText("news_desk");
            ((TextField) lookup("#teamUser")).setText("ana");
            @SuppressWarnings("unchecked")
            ChoiceBox<String> ssl = (ChoiceBox<String>) lookup("#teamSslMode");
            ssl.setValue("disable");
            ((Button) lookup("#teamOpen")).fire();
            return null;
        });
        waitFor(() -> lookup("#teamProblem").isVisible());
        shoot(out.resolve("team-dialog-" + size + ".png"));

        fx(() -> {
            ((TextField) lookup("#teamDatabase")).setText(database);
            ((Button) lookup("#teamOpen")).fire();
            return null;
        });
        waitFor(() -> lookup("#teamLibraryDialog") == null && stage.getScene().lookup("#statusLibrary") instanceof Label label
                && label.getText().contains(database)
                && ((ArticleView) stage.getScene().lookup("#articleView")).article() != null);
        Thread.sleep(1500);
        server.stopForOutage();
        try {
            waitFor(() -> stage.getScene().lookup("#statusOffline").isVisible());
            fx(() -> {
                ArticleView view = (ArticleView) stage.getScene().lookup("#articleView");
                String text = view.article().text();
                int start = text.indexOf("water");
                view.select(start, start + "water".length());
                view.area().requestFocus();
                return null;
            });
            Node area = fx(() -> ((ArticleView) stage.getScene().lookup("#articleView")).area());
            Platform.runLater(() -> {
                Event.fireEvent(area, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.H, false, false, false, false));
                Event.fireEvent(area, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", KeyCode.H, false, false, false, false));
            });
            waitFor(() -> stage.getScene().lookup("#statusUnsaved").isVisible());
            Thread.sleep(500);
            shoot(out.resolve("team-offline-" + size + ".png"));
        } finally {
            server.startAgain();
        }
        waitFor(() -> !stage.getScene().lookup("#statusOffline").isVisible() && !stage.getScene().lookup("#statusUnsaved").isVisible());
        Thread.sleep(1000);
        shoot(out.resolve("team-restored-" + size + ".png"));
        Platform.exit();
        System.exit(0);
    }

    private static Node lookup(String selector) {
        for (Window window : Window.getWindows()) {
            if (window.getScene() != null) {
                Node found = window.getScene().lookup(selector);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void shoot(Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(700);
        Process process = new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start();
        process.waitFor(30, TimeUnit.SECONDS);
        System.out.println("wrote " + file);
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
