package dev.margin.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one {@link BackgroundTask} a view-model runs at a time, as its view shows it: whether it runs, its
 * progress (a fraction, or {@link BackgroundTask#INDETERMINATE}) and the sentence under the progress bar, and
 * a cancel for the Cancel button. Used on the UI thread; the view binds the properties.
 */
public final class TaskMonitor {
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private BackgroundTask<?> current;

    /**
     * Shows {@code task} from now until it ends, starting from {@code fraction} and {@code startMessage}; returns
     * it to be handed to a runner. Refused while another task is shown.
     */
    public <T> BackgroundTask<T> watch(BackgroundTask<T> task, double fraction, String startMessage) {
        if (running.get()) {
            throw new IllegalStateException("A task is running already; check isRunning() first");
        }
        current = task;
        running.set(true);
        progress.set(fraction);
        message.set(startMessage);
        return task.onProgress(shown -> {
            progress.set(shown.fraction());
            message.set(shown.message());
        }).onDone(() -> {
            if (current == task) {
                running.set(false);
            }
        });
    }

    public boolean isRunning() {
        return running.get();
    }

    /** Asks the running task to stop, saying {@code cancellingMessage} meanwhile; nothing when none runs. */
    public void cancel(String cancellingMessage) {
        if (current != null && running.get() && !current.isCancelled()) {
            current.cancel();
            message.set(cancellingMessage);
        }
    }

    /** Whether the task shown last was cancelled. */
    public boolean wasCancelled() {
        return current != null && current.isCancelled();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
