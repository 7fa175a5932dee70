package dev.margin.ui.common;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The application's background executors: the store queue, one named daemon thread, so store calls run one
 * after the other in the order the user made them (undo after the change it undoes), never on the FX thread;
 * and a small pool of named daemon threads for long work (fetching, parsing, exporting, PDF, backups,
 * suggestions), so such work never holds the store queue. Outcomes come back through {@link Platform#runLater}.
 * An Error escaping a task is logged by the threads' uncaught-exception handler. Shut down when the window closes.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(FxTaskRunner.class.getName());
    private static final AtomicInteger RUNNERS = new AtomicInteger();
    /** Fetching and writing mostly wait on the network and the disk; a few threads are enough, and never all cores. */
    private static final int POOL_THREADS = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final ExecutorService storeQueue;
    private final ExecutorService pool;
    private final Executor ui;
    private final boolean onFxThread;

    /** Results on the JavaFX application thread. */
    public FxTaskRunner() {
        this(Platform::runLater, true);
    }

    /** Results through {@code uiThread} (a single-thread executor standing in for the UI thread where no toolkit runs). */
    public FxTaskRunner(Executor uiThread) {
        this(uiThread, false);
    }

    private FxTaskRunner(Executor ui, boolean onFxThread) {
        this.ui = ui;
        this.onFxThread = onFxThread;
        int runner = RUNNERS.incrementAndGet();
        storeQueue = Executors.newSingleThreadExecutor(threads("margin-store-" + runner));
        pool = Executors.newFixedThreadPool(POOL_THREADS, threads("margin-worker-" + runner + "-"));
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name.endsWith("-") ? name + count.incrementAndGet() : name);
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) -> LOG.log(System.Logger.Level.ERROR, "FATAL: uncaught in thread \"" + t.getName() + "\"", e));
            return thread;
        };
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        // onFailure shows it, and the status bar logs what it shows: logged once, there
        queue(BackgroundTask.create(context -> work.call()).onSuccess(onSuccess).onFailure(onFailure).onCancelled(onFailure::accept));
    }

    @Override
    public <T> BackgroundTask<T> queue(BackgroundTask<T> task) {
        storeQueue.execute(() -> task.execute(this::onUi));
        return task;
    }

    @Override
    public <T> BackgroundTask<T> run(BackgroundTask<T> task) {
        pool.execute(() -> task.execute(this::onUi));
        return task;
    }

    @Override
    public Executor storeQueue() {
        return storeQueue;
    }

    @Override
    public void onUi(Runnable action) {
        if (onFxThread && Platform.isFxApplicationThread()) {
            action.run();
        } else {
            ui.execute(action);
        }
    }

    /**
     * Stops the pool (work there is interrupted, and given a moment to remove its temporary files), then runs
     * {@code work} on the store queue after everything queued before it, and waits for it (used on exit only).
     */
    public void runLastAndWait(Runnable work, long timeoutSeconds) {
        pool.shutdownNow();
        storeQueue.execute(work);
        storeQueue.shutdown();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
            if (!storeQueue.awaitTermination(timeoutSeconds, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "Background work did not finish within " + timeoutSeconds + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        storeQueue.shutdownNow();
    }
}
