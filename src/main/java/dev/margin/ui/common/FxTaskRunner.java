package dev.margin.ui.common;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The application's background executor: one named daemon thread, so store calls run one after the
 * other in the order the user made them (undo after the change it undoes), never on the FX thread.
 * Outcomes come back through {@link Platform#runLater}. Shut down when the window closes.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(FxTaskRunner.class.getName());
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ExecutorService executor;

    public FxTaskRunner() {
        int pool = POOLS.incrementAndGet();
        executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "margin-background-" + pool);
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) -> LOG.log(System.Logger.Level.ERROR, "FATAL: uncaught in thread \"" + t.getName() + "\"", e));
            return thread;
        });
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        executor.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                // onFailure shows it, and the status bar logs what it shows: logged once, there
                Platform.runLater(() -> onFailure.accept(e));
                return;
            } catch (Error e) {
                // The window still hears that the action failed, but an OutOfMemoryError is no task's to handle:
                // it goes on to this thread's uncaught handler, which logs it as fatal.
                Platform.runLater(() -> onFailure.accept(e));
                throw e;
            }
            Platform.runLater(() -> onSuccess.accept(result));
        });
    }

    @Override
    public void onUi(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /** Runs {@code work} after everything submitted before it, and waits for it (used on exit only). */
    public void runLastAndWait(Runnable work, long timeoutSeconds) {
        executor.execute(work);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(timeoutSeconds, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "Background work did not finish within " + timeoutSeconds + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
