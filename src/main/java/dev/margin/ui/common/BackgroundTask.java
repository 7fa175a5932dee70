package dev.margin.ui.common;

import dev.margin.service.Cancellation;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * One piece of work the window does in the background (an import, an export, a backup, suggestions), with
 * progress and cancel: made with {@link #create}, told what to do with its outcome
 * ({@code onSuccess}, {@code onFailure}, {@code onCancelled}, {@code onProgress}), then handed to a
 * {@link TaskRunner}, which runs the work off the UI thread and every handler on it.
 *
 * <p>The work sees a {@link Context}: it reports progress (the newest figures reach the UI at most once per UI
 * turn, however often they are reported) and checks the {@link Cancellation} between its steps, passing it on
 * to the service it calls. How it ends: returning a result calls {@code onSuccess} (also after a cancel the work
 * honoured by returning early, so partial results are not lost: see {@link #isCancelled()}); throwing
 * {@link CancellationException} calls {@code onCancelled}; any other exception calls {@code onFailure}, which
 * reports it (StatusViewModel.failed logs it). An {@link Error} such as OutOfMemoryError also reaches
 * {@code onFailure}, so the user learns of it, and is then thrown on, to the worker thread's uncaught-exception
 * handler (which logs it) or to the caller of a synchronous runner: it is never swallowed.
 *
 * <p>A task runs once. Handlers are set before it is handed to a runner; they run on the UI thread.
 */
public final class BackgroundTask<T> {
    private static final System.Logger LOG = System.getLogger(BackgroundTask.class.getName());

    /** What a task does, off the UI thread. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Context context) throws Exception;
    }

    /** What the work may do besides its job: report progress and see whether it should stop. */
    public interface Context {
        /**
         * Reports how far the work is: {@code fraction} from 0 to 1, or {@link #INDETERMINATE} when not known,
         * and a sentence for the user. Safe to call often, from the working thread.
         */
        void progress(double fraction, String message);

        /** Set once the user cancelled: pass it to the service, or check it between steps. */
        Cancellation cancellation();
    }

    /** How far a task is, as a progress bar and its label show it. */
    public record Progress(double fraction, String message) {
    }

    /** The fraction of a progress whose amount is not known (ProgressIndicator's own value for "busy"). */
    public static final double INDETERMINATE = -1;

    private final Work<T> work;
    private final Cancellation cancellation = new Cancellation();
    private final AtomicReference<Progress> pendingProgress = new AtomicReference<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure = failure -> LOG.log(System.Logger.Level.ERROR, "Background task failed", failure);
    private Consumer<CancellationException> onCancelled = cancelled -> { };
    private Consumer<Progress> onProgress = progress -> { };
    private Runnable onDone = () -> { };

    private BackgroundTask(Work<T> work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    public static <T> BackgroundTask<T> create(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    /** Called with the result, on the UI thread. */
    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    /** Called with what the work threw (an exception, or an Error before it is thrown on), on the UI thread. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        onFailure = Objects.requireNonNull(handler);
        return this;
    }

    /** Called when the work stopped by throwing CancellationException (it honoured a cancel), on the UI thread. */
    public BackgroundTask<T> onCancelled(Consumer<CancellationException> handler) {
        onCancelled = Objects.requireNonNull(handler);
        return this;
    }

    /** Called with the newest progress, on the UI thread; not after a cancel. */
    public BackgroundTask<T> onProgress(Consumer<Progress> handler) {
        onProgress = Objects.requireNonNull(handler);
        return this;
    }

    /** Called once the task has ended, however it ended, just before the outcome's handler, on the UI thread. */
    public BackgroundTask<T> onDone(Runnable handler) {
        Runnable before = onDone;
        Runnable added = Objects.requireNonNull(handler);
        onDone = () -> {
            before.run();
            added.run();
        };
        return this;
    }

    /** Asks the work to stop; it does at its next check, and the task ends as the work decides. */
    public void cancel() {
        cancellation.cancel();
    }

    public boolean isCancelled() {
        return cancellation.isCancelled();
    }

    /**
     * Runs the work on the calling thread and hands its outcome to the handlers through {@code ui}. Called by a
     * {@link TaskRunner} on the thread it chose.
     */
    void execute(Executor ui) {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("A background task runs once");
        }
        T result;
        try {
            result = work.run(new Context() {
                @Override
                public void progress(double fraction, String message) {
                    if (pendingProgress.getAndSet(new Progress(fraction, message)) == null) {
                        ui.execute(() -> showProgress());
                    }
                }

                @Override
                public Cancellation cancellation() {
                    return cancellation;
                }
            });
        } catch (CancellationException e) {
            ui.execute(() -> {
                onDone.run();
                onCancelled.accept(e);
            });
            return;
        } catch (Exception e) {
            ui.execute(() -> {
                onDone.run();
                onFailure.accept(e);
            });
            return;
        } catch (Error e) {
            ui.execute(() -> {
                onDone.run();
                onFailure.accept(e);
            });
            throw e;
        }
        ui.execute(() -> {
            onDone.run();
            onSuccess.accept(result);
        });
    }

    private void showProgress() {
        Progress latest = pendingProgress.getAndSet(null);
        if (latest != null && !cancellation.isCancelled()) {
            onProgress.accept(latest);
        }
    }
}
