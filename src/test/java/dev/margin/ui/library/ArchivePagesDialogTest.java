package dev.margin.ui.library;

import dev.margin.importer.ArchivedPage;
import dev.margin.ui.common.Messages;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** The web archive's page picker, headless, from the keyboard: filter, Down, Space, Select all, Enter. */
class ArchivePagesDialogTest {
    private static final List<ArchivedPage> PAGES = List.of(
            new ArchivedPage("https://news.example.org/politik/haushalt-2027", "Landtag beschließt Haushalt 2027",
                    Instant.parse("2026-12-01T07:40:00Z"), null, 10),
            new ArchivedPage("https://news.example.org/wirtschaft/werft-auftrag", "Werft erhält Großauftrag für drei Fähren",
                    Instant.parse("2026-11-30T08:15:00Z"), null, 20),
            new ArchivedPage("https://news.example.org/lokales/faehre-faellt-aus", "Fähre fällt bis Montag aus",
                    Instant.parse("2026-11-30T08:15:00Z"), null, 30),
            new ArchivedPage("https://news.example.org/lokales/ohne-titel", "", null, null, 40));

    private final FxRobot robot = new FxRobot();
    private ArchivePagesDialog picker;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
        picker = fx(() -> new ArchivePagesDialog(null, Messages.forLocale(Locale.ROOT), Path.of("/tmp/collection.wacz"), PAGES));
        Platform.runLater(() -> picker.dialog().show());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws TimeoutException {
        Platform.runLater(() -> picker.dialog().close());
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.cleanupStages();
    }

    @Test
    void filterDownSpaceSelectAllAndImportChooseThePagesInArchiveOrder() throws Exception {
        assertThat(text("#archiveCount")).isEqualTo("4 article pages; none chosen");
        assertThat(robot.lookup("#archiveImport").query().isDisabled()).isTrue();
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> fx(() -> focusOwner("#archiveFilter")));

        robot.interact(() -> robot.lookup("#archiveFilter").queryAs(TextField.class).setText("lokales fähre"));
        assertThat(fx(() -> pages().getItems().size())).isEqualTo(1);
        robot.interact(() -> robot.lookup("#archiveFilter").queryAs(TextField.class).setText("FÄHRE"));
        assertThat(fx(() -> pages().getItems().size())).isEqualTo(2);

        press(robot.lookup("#archiveFilter").query(), KeyCode.DOWN);
        assertThat(fx(() -> focusOwner("#archivePages"))).isTrue();
        press(pages(), KeyCode.SPACE);
        assertThat(text("#archiveCount")).isEqualTo("4 article pages; 1 chosen");
        assertThat(picker.chosen()).extracting(ArchivedPage::title).containsExactly("Werft erhält Großauftrag für drei Fähren");
        press(pages(), KeyCode.SPACE);
        assertThat(text("#archiveCount")).isEqualTo("4 article pages; 1 chosen").as("the highlighted page counts when none is ticked");

        robot.interact(() -> robot.lookup("#archiveSelectAll").queryAs(Button.class).fire());
        robot.interact(() -> robot.lookup("#archiveFilter").queryAs(TextField.class).setText(""));
        assertThat(fx(() -> pages().getItems().size())).isEqualTo(4);
        assertThat(text("#archiveCount")).isEqualTo("4 article pages; 2 chosen");
        assertThat(robot.lookup("#archiveImport").query().isDisabled()).isFalse();

        press(pages(), KeyCode.ENTER);
        assertThat(picker.dialog().isShowing()).isFalse();
        assertThat(picker.dialog().getResult()).extracting(ArchivedPage::url)
                .containsExactly("https://news.example.org/wirtschaft/werft-auftrag", "https://news.example.org/lokales/faehre-faellt-aus");
    }

    @Test
    void eachPageShowsTitleAddressAndCaptureTimeAndCancelChoosesNothing() throws Exception {
        robot.interact(() -> robot.lookup("#archiveSelectAll").queryAs(Button.class).fire());
        assertThat(robot.lookup(".check-box-list-cell").queryAll()).isNotEmpty();
        assertThat(fx(() -> robot.lookup(".check-box-list-cell").queryAll().stream()
                .map(node -> ((javafx.scene.control.ListCell<?>) node).getText()).filter(t -> t != null).toList()))
                .contains("Landtag beschließt Haushalt 2027\nhttps://news.example.org/politik/haushalt-2027  \u00b7  2026-12-01 07:40 UTC",
                        "(no title)\nhttps://news.example.org/lokales/ohne-titel");

        robot.interact(() -> picker.dialog().setResult(List.of()));
        robot.interact(() -> picker.dialog().close());
        assertThat(picker.dialog().getResult()).isEmpty();
    }

    private boolean focusOwner(String id) {
        Node node = robot.lookup(id).query();
        return node.getScene().getFocusOwner() == node;
    }

    private ListView<?> pages() {
        return robot.lookup("#archivePages").queryAs(ListView.class);
    }

    private String text(String id) throws Exception {
        return fx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    private void press(Node node, KeyCode code) {
        robot.interact(() -> {
            Event.fireEvent(node, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
            Event.fireEvent(node, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, false, false, false, false));
        });
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }
}
