package dev.margin.ui;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** A library file that is not a Margin library gets a dialog naming it, the application ends, and the file is left as it was. */
class LibraryOpenFailureTest {
    @TempDir
    Path dir;
    private MarginApp app;

    @AfterEach
    void cleanUp() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void aFileThatIsNotSqliteIsNamedInADialogAndNotTouched() throws Exception {
        Path notALibrary = dir.resolve("notes.db");
        byte[] bytes = "Shopping list: bread, milk, 2 lemons\n".repeat(40).getBytes(StandardCharsets.UTF_8);
        Files.write(notALibrary, bytes);
        AtomicBoolean exited = new AtomicBoolean();
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);

        app = (MarginApp) FxToolkit.setupApplication(() -> new MarginApp(notALibrary, () -> exited.set(true)));
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#storeErrorDialog").tryQuery().isPresent());

        DialogPane dialog = robot.lookup("#storeErrorDialog").queryAs(DialogPane.class);
        String header = WaitForAsyncUtils.asyncFx(dialog::getHeaderText).get();
        String content = WaitForAsyncUtils.asyncFx(dialog::getContentText).get();
        assertThat(header).contains(notALibrary.toString());
        assertThat(content).contains("not a Margin library");
        robot.interact(() -> ((Button) dialog.lookupButton(ButtonType.CLOSE)).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, exited::get);

        assertThat(Files.readAllBytes(notALibrary)).isEqualTo(bytes);
    }
}
