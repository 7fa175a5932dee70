package dev.margin.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs the window's work off the UI thread and hands its outcome back on the UI thread, on two lanes:
 *
 * <ul>
 *   <li>the <b>store queue</b> ({@link #submit}, {@link #queue}): one thread, so store calls run one after the
 *       other in the order the user made them (an undo after the change it undoes);</li>
 *   <li>the <b>worker pool</b> ({@link #run}): a few threads for long work (fetching, parsing, exporting, PDF,
 *       backups, suggestions), so that a slow download never delays saving a quote. Work there that must write
 *       to the library hands the write to {@link #storeQueue()}.</li>
 * </ul>
 *
 * <p>The application uses {@link FxTaskRunner} (named threads, results on the FX thread); view-model tests use
 * {@link SynchronousTaskRunner}, which runs everything at once on the caller's thread.
 */
public interface TaskRunner {
    /**
     * Runs {@code work} on the store queue; then {@code onSuccess} with its result or {@code onFailure} with
     * what it threw, both on the UI thread.
     */
    <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code task} on the store queue, after everything queued before it; returns it (to cancel it). */
    <T> BackgroundTask<T> queue(BackgroundTask<T> task);

    /** Runs {@code task} on the worker pool, beside the store queue; returns it (to cancel it). */
    <T> BackgroundTask<T> run(BackgroundTask<T> task);

    /** The store queue as an executor, for work on the pool that writes to the library (never used from the queue itself). */
    Executor storeQueue();

    /** Runs {@code action} on the UI thread (later, or at once when already there and allowed). */
    void onUi(Runnable action);
}
