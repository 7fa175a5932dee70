package dev.margin.service;

import dev.margin.domain.read.RemoteChange;
import dev.margin.store.ConnectionLostException;
import dev.margin.store.LibraryChanges;
import dev.margin.store.Store;

import java.util.List;

/**
 * What others change in a shared (team) library while this window has it open, and whether its server can be
 * reached: the window subscribes once and re-reads what it shows. A local library announces nothing. Listeners are
 * called on the store's listening thread; the window hands the work on to its own thread.
 */
public final class LiveUpdates {
    private final Store store;

    LiveUpdates(Store store) {
        this.store = store;
    }

    /** Hears others' changes and the state of the connection. */
    public interface Listener {
        /** Others created, changed or deleted these records. */
        void changed(List<RemoteChange> changes);

        /** The library's server cannot be reached; {@code message} names it and says why. */
        void connectionLost(String message);

        /** The server can be reached again; changes made meanwhile were not announced, so re-read what is shown. */
        void connectionRestored();
    }

    /** Ends a subscription. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /** Whether this library is shared, so that others' changes may arrive and its connection may be lost. */
    public boolean isShared() {
        return store.libraryChanges() != LibraryChanges.NONE;
    }

    /**
     * Starts telling {@code listener}. It connects to the server (on a team library), so call it off the window's
     * thread; from then on, no change committed by others is missed while the connection holds.
     */
    public Subscription subscribe(Listener listener) {
        LibraryChanges.Subscription subscription = store.libraryChanges().subscribe(new LibraryChanges.Listener() {
            @Override
            public void changed(List<RemoteChange> changes) {
                listener.changed(changes);
            }

            @Override
            public void connectionLost(String message) {
                listener.connectionLost(message);
            }

            @Override
            public void connectionRestored() {
                listener.connectionRestored();
            }
        });
        return subscription::close;
    }

    /**
     * Whether {@code failure} means the library's server could not be reached: nothing was saved, and the same work
     * may succeed once the connection is back (unlike a refusal, which would fail again).
     */
    public static boolean isConnectionLoss(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectionLostException) {
                return true;
            }
        }
        return false;
    }
}
