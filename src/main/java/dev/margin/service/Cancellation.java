package dev.margin.service;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A flag another thread sets to stop long work (an export, a restore, an import between its inputs); the work checks
 * it often and stops, with a CancellationException or, where what was done so far is kept, by returning early.
 */
public final class Cancellation {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Throws CancellationException once {@link #cancel()} was called. */
    public void check() {
        if (cancelled.get()) {
            throw new CancellationException("The export was cancelled; nothing was written.");
        }
    }
}
