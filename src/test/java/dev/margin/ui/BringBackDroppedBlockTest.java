package dev.margin.ui;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static dev.margin.ui.SampleWindow.fx;
import static dev.margin.ui.SampleWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A block the import dropped is brought back from File › Last import report, at 1280 × 720 and 1600 × 1000: the
 * report lists it with its place and a button that fits in the dialog; the button puts it back between the two
 * paragraphs it stood between, as a new revision the reader shows at once, and the block leaves the list. The
 * dialog is written to target/screenshots (docs/screenshots/bring-back-dropped-block.png is one of them).
 */
class BringBackDroppedBlockTest {
    private static final String NEWSLETTER = "Sign up for the Courier's morning briefing and never miss a council vote.";

    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private KeyboardWindow window;

    @AfterEach
    void stop() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x720", "1600x1000"})
    void theButtonPutsTheBlockBackBetweenItsParagraphsAsANewRevision(String size) throws Exception {
        window = KeyboardWindow.open(robot, dir.resolve("margin.db"), size);
        Path page = dir.resolve("bridge.html");
        Files.writeString(page, "<html><head><title>Old bridge to reopen in May</title></head><body><article>"
                + "<h1>Old bridge to reopen in May</h1>"
                + "<p>The old bridge over the river will reopen to traffic in May after two years of repairs, the council said.</p>"
                + "<div class=newsletter><p>" + NEWSLETTER + "</p></div>"
                + "<p>Engineers replaced the steel deck and strengthened the stone piers, which date from 1887.</p>"
                + "</article></body></html>");

        importAddress(page.toUri().toString());
        waitFor(() -> window.articles().getItems().size() == 3);
        waitFor(() -> window.view().article() != null && window.view().article().title().startsWith("Old bridge"));
        assertThat(fx(() -> window.view().article().text())).doesNotContain("morning briefing");

        Platform.runLater(() -> menuItem("menuImportReport").fire());
        waitFor(() -> robot.lookup("#keepDropped-0-0").tryQuery().isPresent());
        Button keep = robot.lookup("#keepDropped-0-0").queryAs(Button.class);
        DialogPane pane = robot.lookup("#importReportDialog").queryAs(DialogPane.class);
        assertThat(fx(() -> pane.lookupAll(".label").stream().anyMatch(node -> node.toString().contains("before paragraph 2"))))
                .as("the block's place is named").isTrue();
        Bounds button = fx(() -> keep.localToScreen(keep.getBoundsInLocal()));
        Bounds dialog = fx(() -> pane.localToScreen(pane.getBoundsInLocal()));
        assertThat(dialog.contains(button)).as("the button is whole inside the dialog: " + button + " in " + dialog).isTrue();
        assertThat(fx(() -> pane.getScene().getWindow().getHeight())).isLessThanOrEqualTo(Double.parseDouble(size.split("x")[1]));
        screenshot(pane, size);

        robot.interact(keep::fire);
        waitFor(() -> status().contains("block brought back"));
        waitFor(() -> window.view().article() != null && window.view().article().text().contains("morning briefing"));
        assertThat(fx(() -> window.view().article().paragraphs())).containsSubsequence(
                "The old bridge over the river will reopen to traffic in May after two years of repairs, the council said.",
                NEWSLETTER, "Engineers replaced the steel deck and strengthened the stone piers, which date from 1887.");
        assertThat(fx(() -> window.view().article().revision())).isEqualTo(2);
        waitFor(() -> robot.lookup("#keepDropped-0-0").tryQuery().isEmpty());
        robot.interact(() -> ((Button) robot.lookup("#importReportDialog").queryAs(DialogPane.class).lookupButton(ButtonType.OK)).fire());
    }

    private static void screenshot(DialogPane pane, String size) throws Exception {
        WritableImage image = fx(() -> pane.getScene().snapshot(null));
        Path folder = Path.of("target/screenshots");
        Files.createDirectories(folder);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", folder.resolve("bring-back-" + size + ".png").toFile());
    }

    private void importAddress(String address) throws Exception {
        Platform.runLater(() -> menuItem("menuImportUrl").fire());
        waitFor(() -> robot.lookup("#importUrlField").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#importUrlField").queryAs(TextField.class).setText(address));
        robot.interact(() -> {
            Node field = robot.lookup("#importUrlField").query();
            Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
            Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", KeyCode.ENTER, false, false, false, false));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String status() throws Exception {
        return fx(() -> robot.lookup("#statusBar").queryAs(StatusBar.class).getText());
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(BringBackDroppedBlockTest::items).filter(item -> id.equals(item.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    private static Stream<MenuItem> items(Menu menu) {
        return menu.getItems().stream().flatMap(item -> item instanceof Menu sub ? Stream.concat(Stream.of(sub), items(sub))
                : Stream.of(item));
    }
}
