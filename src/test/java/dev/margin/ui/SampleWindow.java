package dev.margin.ui;

import dev.margin.domain.Annotation;
import dev.margin.ui.editor.ArticleView;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The real application started headless on a new library, showing the sample article of a first start with
 * its {@value #SAMPLE_ANNOTATIONS} annotations, and the look-ups the window tests share.
 */
final class SampleWindow {
    static final int SAMPLE_ANNOTATIONS = 15;

    private final FxRobot robot;
    private final MarginApp app;

    private SampleWindow(FxRobot robot, MarginApp app) {
        this.robot = robot;
        this.app = app;
    }

    /** Starts the app on {@code libraryFile} and waits until the sample article and its annotations are shown. */
    static SampleWindow open(FxRobot robot, Path libraryFile) throws Exception {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
        SampleWindow window = new SampleWindow(robot, (MarginApp) FxToolkit.setupApplication(() -> new MarginApp(libraryFile)));
        waitFor(() -> window.view().article() != null && window.annotations().getItems().size() == SAMPLE_ANNOTATIONS);
        return window;
    }

    /** Stops the app and closes every window it opened. */
    void close() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    ArticleView view() {
        return robot.lookup("#articleView").queryAs(ArticleView.class);
    }

    @SuppressWarnings("unchecked")
    ListView<Annotation> annotations() {
        return robot.lookup("#annotationList").queryAs(ListView.class);
    }

    /** Reads a value on the FX thread. */
    static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    /** Waits (up to 20 s) until the condition, checked on the FX thread, holds. */
    static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
