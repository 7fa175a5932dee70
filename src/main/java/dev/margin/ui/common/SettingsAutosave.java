package dev.margin.ui.common;

import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the settings file current while the app runs. The window saves its state when it closes, but a logout,
 * {@code kill} or a crash skips that: without this, the last article, its scroll position and the window's layout
 * of the whole session would be lost. The window records its state every few seconds and calls
 * {@link #saveIfChanged()}; the file is written on a thread of its own, only when a value changed; a shutdown
 * hook writes the values as last recorded when the JVM is stopped from outside.
 */
public final class SettingsAutosave implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SettingsAutosave.class.getName());

    private final Settings settings;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "margin-settings-autosave");
        thread.setDaemon(true);
        return thread;
    });
    private final Thread atShutdown = new Thread(this::saveQuietly, "margin-settings-at-exit");
    private Map<String, String> lastWritten;

    public SettingsAutosave(Settings settings) {
        this.settings = settings;
        this.lastWritten = settings.values();
    }

    /** Writes the settings, off the calling thread, when they differ from the values written last. */
    public void saveIfChanged() {
        Map<String, String> now = settings.values();
        if (now.equals(lastWritten)) {
            return;
        }
        lastWritten = now;
        writer.execute(this::saveQuietly);
    }

    /** Also writes the settings, as last recorded, when the JVM shuts down without the window closing first. */
    public void saveAtShutdown() {
        Runtime.getRuntime().addShutdownHook(atShutdown);
    }

    private void saveQuietly() {
        try {
            settings.save();
        } catch (UncheckedIOException e) {
            // The window's own save at close reports a failure; an autosave that fails waits for the next change.
            LOG.log(System.Logger.Level.WARNING, "Window settings were not saved", e);
        }
    }

    /** Finishes a write under way and drops the shutdown hook; the window then saves the settings itself. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(atShutdown);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down: the hook runs anyway.
        }
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
