package dev.margin.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A {@link TaskRunner} that runs the work and its callbacks at once on the calling thread, so that
 * view-models can be tested without the JavaFX toolkit and without waiting.
 */
public final class SynchronousTaskRunner implements TaskRunner {
    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void onUi(Runnable action) {
        action.run();
    }
}
