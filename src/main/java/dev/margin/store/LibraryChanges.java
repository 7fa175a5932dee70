package dev.margin.store;

import dev.margin.domain.read.RemoteChange;

import java.util.List;

/**
 * What other people change in a shared library while it is open, as it happens, and whether the library can be
 * reached. A team library announces every committed change of its articles, annotations and actors; a local
 * library, which only this window writes, announces nothing ({@link #NONE}).
 *
 * <p>Listeners are called on the store's own listening thread, never on the caller's; they must return quickly and
 * hand the work on (the window hops to its FX thread).
 */
public interface LibraryChanges {
    /** A library no one else writes: nothing to announce, and its connection is never lost. */
    LibraryChanges NONE = listener -> () -> { };

    /** Starts telling {@code listener}; closing the subscription stops it. */
    Subscription subscribe(Listener listener);

    /** Ends a subscription. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /** Receives changes and the state of the connection. */
    interface Listener {
        /** Others changed these records (changes made through this store itself are left out). */
        void changed(List<RemoteChange> changes);

        /** The server cannot be reached any more; {@code message} says which and why. */
        void connectionLost(String message);

        /**
         * The server can be reached again. Changes made while it could not be were not announced: whoever shows
         * records of the library re-reads them.
         */
        void connectionRestored();
    }
}
