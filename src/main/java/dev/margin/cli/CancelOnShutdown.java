package dev.margin.cli;

import dev.margin.service.Cancellation;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * While open, Ctrl-C (or a termination signal) cancels the work instead of cutting it off: the JVM's
 * shutdown hook sets the {@link Cancellation} and waits, a few seconds at most, until the work has
 * stopped and cleaned up (an export removes its temporary file), then lets the JVM end.
 */
final class CancelOnShutdown implements AutoCloseable {
    private static final long WAIT_SECONDS = 10;

    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread hook;

    CancelOnShutdown(Cancellation cancellation) {
        hook = new Thread(() -> {
            cancellation.cancel();
            try {
                stopped.await(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "margin-cancel-on-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The work has stopped: the hook need not wait any more, and is removed unless the JVM is already shutting down. */
    @Override
    public void close() {
        stopped.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to run; it returns at once now that the latch is open.
            return;
        }
    }
}
