package dev.margin.ui;

import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.ui.editor.ArticleView;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

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
    private MarginApp app;

    @BeforeEach
    void start() throws Exception {
        cssLogger.addHandler(recorder);
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
        app = (MarginApp) FxToolkit.setupApplication(() -> new MarginApp(dir.resolve("margin.db")));
        waitFor(() -> view().article() != null && annotations().getItems().size() == 15);
    }

    @AfterEach
    void stop() throws TimeoutException {
        cssLogger.removeHandler(recorder);
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void readerEditorsAndReviewWindowLogNoCssWarning() throws Exception {
        for (AnnotationKind kind : AnnotationKind.values()) {
            Annotation first = fx(() -> annotations().getItems().stream().filter(a -> a.kind() == kind).findFirst().orElseThrow());
            robot.interact(() -> annotations().getSelectionModel().select(first));
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

    private ArticleView view() {
        return robot.lookup("#articleView").queryAs(ArticleView.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<Annotation> annotations() {
        return robot.lookup("#annotationList").queryAs(ListView.class);
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
