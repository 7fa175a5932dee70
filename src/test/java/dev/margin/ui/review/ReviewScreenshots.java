package dev.margin.ui.review;

import dev.margin.store.sqlite.ReviewFixtures;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.ui.MarginApp;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Pictures of the review window's four tabs on a small library ({@link ReviewFixtures}), taken from the real
 * application: {@code mvn -B -q -o -Pbench test-compile exec:exec -Dbench.main=dev.margin.ui.review.ReviewScreenshots
 * -Dbench.args=docs/screenshots} (headless by default; under Xvfb without the headless flags for the real look).
 */
public final class ReviewScreenshots {
    private ReviewScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        Path library = Files.createTempDirectory("margin-review-shots").resolve("margin.db");
        try (SqliteStore store = SqliteStore.open(library)) {
            new ReviewFixtures(store);
        }
        Platform.startup(() -> { });
        MarginApp app = new MarginApp(library);
        app.init();
        WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = new Stage();
            app.start(stage);
            return null;
        }).get();
        waitFor(() -> main().getScene() != null && main().getScene().lookup("#menuBar") != null);
        WaitForAsyncUtils.asyncFx(() -> {
            MenuBar bar = (MenuBar) main().getScene().lookup("#menuBar");
            bar.getMenus().stream().flatMap(menu -> menu.getItems().stream()).filter(item -> "menuReview".equals(item.getId()))
                    .findFirst().orElseThrow().fire();
            return null;
        }).get();
        waitFor(() -> review() != null && review().getScene().lookup("#reviewTable") != null);
        Scene scene = review().getScene();
        WaitForAsyncUtils.asyncFx(() -> {
            ((TextField) scene.lookup("#reviewSearch")).setText("cocoa");
            return null;
        }).get();
        waitFor(() -> !((TableView<?>) scene.lookup("#reviewTable")).getItems().isEmpty());
        shoot(scene, out.resolve("review-browser.png"));

        select(scene, 1);
        waitFor(() -> !((ListView<?>) scene.lookup("#actorList")).getItems().isEmpty());
        WaitForAsyncUtils.asyncFx(() -> {
            ((ListView<?>) scene.lookup("#actorList")).getSelectionModel().select(0);
            return null;
        }).get();
        waitFor(() -> scene.lookup("#actorName") != null);
        shoot(scene, out.resolve("review-actor.png"));

        select(scene, 2);
        waitFor(() -> !((ListView<?>) scene.lookup("#claimStatusList")).getItems().isEmpty()
                && !((TableView<?>) scene.lookup("#claimsTable")).getItems().isEmpty());
        WaitForAsyncUtils.asyncFx(() -> {
            ((TableView<?>) scene.lookup("#claimsTable")).getSelectionModel().select(0);
            return null;
        }).get();
        waitFor(() -> !scene.lookup("#reviewClaimDetail").isDisabled());
        shoot(scene, out.resolve("review-claims.png"));

        select(scene, 3);
        waitFor(() -> ((Label) scene.lookup("#statsTotal")).getText().length() > 0);
        shoot(scene, out.resolve("review-statistics.png"));
        Platform.exit();
        System.exit(0);
    }

    private static void select(Scene scene, int tab) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            ((TabPane) scene.lookup("#reviewTabs")).getSelectionModel().select(tab);
            return null;
        }).get();
    }

    private static Stage main() {
        return (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getOwner() == null).findFirst().orElse(null);
    }

    private static Stage review() {
        return (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getOwner() != null
                && s.getScene() != null && s.getScene().lookup("#reviewTabs") != null).findFirst().orElse(null);
    }

    private static void shoot(Scene scene, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents(5);
        WaitForAsyncUtils.asyncFx(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
            } catch (IOException e) {
                throw new IllegalStateException("cannot write " + file, e);
            }
            return null;
        }).get();
        System.out.println("wrote " + file);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
