package dev.margin;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The log file a user can send when something went wrong: {@code logs/margin-0.log} in the data folder, rolled over
 * at 1 MB into {@code margin-1.log} ... {@code margin-4.log} (the oldest dropped). Installed by {@link Launcher} once
 * the library's folder is known, before the command line or the window opens the library. Everything Margin logs
 * through {@link System.Logger} (java.util.logging underneath) at INFO and above lands there, and a throwable no code
 * caught, on any thread (an OutOfMemoryError on the FX thread, a failure in a worker), is logged as fatal.
 */
final class FailureLog {
    static final String FOLDER = "logs";
    static final String PATTERN = "margin-%g.log";
    static final int LIMIT_BYTES = 1_000_000;
    static final int FILES = 5;
    private static final System.Logger LOG = System.getLogger(FailureLog.class.getName());

    private FailureLog() {
    }

    private static Handler installed;

    /**
     * Logs into the {@value #FOLDER} folder beside the library file, once per process (a command that opens the
     * library twice gets one log). A folder that cannot be written is said on the console; Margin runs on without a file.
     */
    static synchronized void installBeside(Path libraryFile) {
        if (installed != null) {
            return;
        }
        Path folder = libraryFile.toAbsolutePath().getParent().resolve(FOLDER);
        try {
            installed = install(folder, LIMIT_BYTES, FILES);
        } catch (UncheckedIOException e) {
            LOG.log(System.Logger.Level.WARNING, e.getMessage());
        }
    }

    /** Adds the rolling files of {@code folder} to the root logger and logs uncaught throwables as fatal; returns the handler. */
    static Handler install(Path folder, int limitBytes, int files) {
        FileHandler handler;
        try {
            Files.createDirectories(folder);
            // append: the command line and the window share the files; a second process gets margin-0.log.1 (%u)
            handler = new FileHandler(folder.resolve(PATTERN).toString(), limitBytes, files, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the log in " + folder + ": " + e.getMessage(), e);
        }
        handler.setFormatter(new OneEntryFormatter());
        handler.setLevel(Level.INFO);
        Logger.getLogger("").addHandler(handler);
        Thread.setDefaultUncaughtExceptionHandler(FailureLog::logFatal);
        return handler;
    }

    private static void logFatal(Thread thread, Throwable failure) {
        LOG.log(System.Logger.Level.ERROR, "FATAL: uncaught in thread \"" + thread.getName() + "\"", failure);
    }

    /** Stops logging into the folder (tests; the app keeps its log until it exits). */
    static void uninstall(Handler handler) {
        Logger.getLogger("").removeHandler(handler);
        handler.close();
    }

    /** One entry: instant, level, logger, message, then the stack trace if any. */
    private static final class OneEntryFormatter extends Formatter {
        @Override
        public String format(LogRecord entry) {
            StringBuilder text = new StringBuilder()
                    .append(Instant.ofEpochMilli(entry.getMillis())).append(' ')
                    .append(entry.getLevel().getName()).append(' ')
                    .append(entry.getLoggerName()).append(": ")
                    .append(formatMessage(entry)).append(System.lineSeparator());
            if (entry.getThrown() != null) {
                StringWriter trace = new StringWriter();
                entry.getThrown().printStackTrace(new PrintWriter(trace));
                text.append(trace);
            }
            return text.toString();
        }
    }
}
