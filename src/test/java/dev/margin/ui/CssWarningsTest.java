package dev.margin.ui;

import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static dev.margin.ui.SampleWindow.fx;
import static dev.margin.ui.SampleWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stylesheets resolve under the AtlantaFX theme: showing the reader, the annotation editor for every
 * kind and each tab of the review window logs no CSS warning (a looked-up colour that is not defined, such
 * as a Modena name ControlsFX uses, or a value that cannot be converted). JavaFX reports these through the
 * "javafx.css" logger, which a handler here records.
 */
class CssWarningsTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    /** Held in a field: java.util.logging keeps only weak references to its loggers. */
    private final Logger cssLogger = Logger.getLogger("javafx.css");
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(String.valueOf(record.getMessage()));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private SampleWindow window;

    @BeforeEach
    void start() throws Exception {
        cssLogger.addHandler(recorder);
        window = SampleWindow.open(robot, dir.resolve("margin.db"));
    }

    @AfterEach
    void stop() throws TimeoutException {
        cssLogger.removeHandler(recorder);
        window.close();
    }

    @Test
    void readerEditorsAndReviewWindowLogNoCssWarning() throws Exception {
        for (AnnotationKind kind : AnnotationKind.values()) {
            Annotation first = fx(() -> window.annotations().getItems().stream().filter(a -> a.kind() == kind).findFirst().orElseThrow());
            robot.interact(() -> window.annotations().getSelectionModel().select(first));
            WaitForAsyncUtils.waitForFxEvents();
        }

        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.R);
        waitFor(() -> robot.lookup("#reviewTabs").tryQuery().isPresent());
        TabPane tabs = robot.lookup("#reviewTabs").queryAs(TabPane.class);
        int count = fx(() -> tabs.getTabs().size());
        for (int i = 0; i < count; i++) {
            int index = i;
            robot.interact(() -> tabs.getSelectionModel().select(index));
            WaitForAsyncUtils.waitForFxEvents();
        }

        assertThat(warnings).isEmpty();
    }
}
