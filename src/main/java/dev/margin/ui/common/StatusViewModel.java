package dev.margin.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the status bar says: "Saved" after each change, the failure when one happens (a failed save
 * is shown until the next success, never swallowed), or what is going on; and whether a team library's server
 * can be reached ({@link #offlineProperty()}).
 */
public final class StatusViewModel {
    private static final System.Logger LOG = System.getLogger(StatusViewModel.class.getName());

    private final Messages messages;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper offline = new ReadOnlyBooleanWrapper(false);

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

    /** A change that could not be saved because the server cannot be reached, and is kept to be saved later. */
    public void notSaved(String what, Throwable cause) {
        LOG.log(System.Logger.Level.WARNING, what + " was not saved yet", cause);
        failed.set(true);
        text.set(messages.get("status.unsaved", what));
    }

    /**
     * The team library's server cannot be reached: said at once, and the bar keeps saying "offline" until
     * {@link #connectionRestored} (a save's own message may come and go meanwhile).
     */
    public void connectionLost(String message) {
        if (!offline.get()) {
            LOG.log(System.Logger.Level.WARNING, message);
        }
        offline.set(true);
        failed.set(true);
        text.set(message);
    }

    /** The server answers again. */
    public void connectionRestored(String message) {
        LOG.log(System.Logger.Level.INFO, message);
        offline.set(false);
        failed.set(false);
        text.set(message);
    }

    /** Whether the library's server cannot be reached at the moment. */
    public ReadOnlyBooleanProperty offlineProperty() {
        return offline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
