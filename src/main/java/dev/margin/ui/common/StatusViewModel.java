package dev.margin.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the status bar says: "Saved" after each change, the failure when one happens (a failed save
 * is shown until the next success, never swallowed), or what is going on.
 */
public final class StatusViewModel {
    private static final System.Logger LOG = System.getLogger(StatusViewModel.class.getName());

    private final Messages messages;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);

    public StatusViewModel(Messages messages) {
        this.messages = messages;
        text.set(messages.get("status.ready"));
    }

    public void saved(String what) {
        failed.set(false);
        text.set(messages.get("status.saved", what));
    }

    public void info(String message) {
        failed.set(false);
        text.set(message);
    }

    /** Shows a failure; {@code what} says what was being done ("Saving the quote"). */
    public void failed(String what, Throwable cause) {
        LOG.log(System.Logger.Level.WARNING, what + " failed", cause);
        failed.set(true);
        text.set(messages.get("status.failed", what, Errors.describe(cause)));
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
