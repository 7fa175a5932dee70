package dev.margin.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * A {@link TaskRunner} that runs the work and its callbacks at once on the calling thread, so that
 * view-models can be tested without the JavaFX toolkit and without waiting. An Error thrown by the work
 * reaches the failure handler and is then thrown to the caller.
 */
public final class SynchronousTaskRunner implements TaskRunner {
    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        queue(BackgroundTask.create(context -> work.call()).onSuccess(onSuccess).onFailure(onFailure)
                .onCancelled(onFailure::accept));
    }

    @Override
    public <T> BackgroundTask<T> queue(BackgroundTask<T> task) {
        task.execute(Runnable::run);
        return task;
    }

    @Override
    public <T> BackgroundTask<T> run(BackgroundTask<T> task) {
        task.execute(Runnable::run);
        return task;
    }

    @Override
    public Executor storeQueue() {
        return Runnable::run;
    }

    @Override
    public void onUi(Runnable action) {
        action.run();
    }
}
