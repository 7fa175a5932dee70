package dev.margin.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the UI thread and hands its outcome back on the UI thread.
 *
 * <p>Every store and import call of the window goes through one of these. The application uses
 * {@link FxTaskRunner} (a named background thread, results on the FX thread); view-model tests use
 * {@link SynchronousTaskRunner}, which runs everything at once on the caller's thread.
 */
public interface TaskRunner {
    /**
     * Runs {@code work} in the background; then {@code onSuccess} with its result or {@code onFailure}
     * with what it threw, both on the UI thread.
     */
    <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code action} on the UI thread (later, or at once when already there and allowed). */
    void onUi(Runnable action);
}
