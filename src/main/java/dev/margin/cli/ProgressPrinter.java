package dev.margin.cli;

import dev.margin.service.ExportProgress;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Prints how a long export goes to the error stream: nothing during the first two seconds (a short
 * export stays silent), then at most one line a second: articles read, then megabytes written.
 */
final class ProgressPrinter implements ExportProgress {
    private static final long QUIET_FOR_NANOS = 2_000_000_000L;
    private static final long EVERY_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final String prefix;
    private final LongSupplier nanoTime;
    private final long started;
    private long lastPrinted;

    ProgressPrinter(PrintWriter err, String prefix) {
        this(err, prefix, System::nanoTime);
    }

    ProgressPrinter(PrintWriter err, String prefix, LongSupplier nanoTime) {
        this.err = err;
        this.prefix = prefix;
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
        this.lastPrinted = started;
    }

    @Override
    public void update(Stage stage, long done, long total) {
        long now = nanoTime.getAsLong();
        if (now - started < QUIET_FOR_NANOS || now - lastPrinted < EVERY_NANOS) {
            return;
        }
        lastPrinted = now;
        if (stage == Stage.READING) {
            err.println(prefix + ": read " + done + (total >= 0 ? " of " + total : "") + " articles");
        } else {
            err.printf(Locale.ROOT, "%s: wrote %.1f MB%n", prefix, done / 1_000_000.0);
        }
        err.flush();
    }
}
