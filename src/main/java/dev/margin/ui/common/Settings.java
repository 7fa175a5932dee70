package dev.margin.ui.common;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The window's remembered state (size, dividers, theme, zoom, hidden kinds, last article and scroll
 * position) as a small properties file beside the library file, so each data directory, and so each
 * test's temporary one, has its own. Written atomically: a crash while saving leaves the old file.
 */
public final class Settings {
    private static final System.Logger LOG = System.getLogger(Settings.class.getName());

    private final Path file;
    private final Properties values = new Properties();

    private Settings(Path file) {
        this.file = file;
    }

    /** The settings stored in {@code file}; empty (all defaults) when it does not exist or cannot be read. */
    public static Settings load(Path file) {
        Settings settings = new Settings(file);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            settings.values.load(reader);
        } catch (NoSuchFileException e) {
            LOG.log(System.Logger.Level.DEBUG, "No settings yet at " + file);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "Settings file " + file + " could not be read; using defaults", e);
        }
        return settings;
    }

    /** The settings file beside a library file. */
    public static Path besideLibrary(Path libraryFile) {
        Path parent = libraryFile.toAbsolutePath().getParent();
        return parent.resolve("settings.properties");
    }

    public Path file() {
        return file;
    }

    public String get(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    public double getDouble(String key, double fallback) {
        String value = values.getProperty(key);
        if (value == null) {
            return fallback;
        }
        try {
            double parsed = Double.parseDouble(value);
            return Double.isFinite(parsed) ? parsed : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public long getLong(String key, long fallback) {
        String value = values.getProperty(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public boolean getBoolean(String key, boolean fallback) {
        String value = values.getProperty(key);
        return value == null ? fallback : Boolean.parseBoolean(value);
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
    }

    public void put(String key, double value) {
        values.setProperty(key, Double.toString(value));
    }

    public void put(String key, long value) {
        values.setProperty(key, Long.toString(value));
    }

    public void put(String key, boolean value) {
        values.setProperty(key, Boolean.toString(value));
    }

    /** A copy of every value, to tell whether anything changed since it was taken. */
    public Map<String, String> values() {
        Map<String, String> copy = new TreeMap<>();
        values.stringPropertyNames().forEach(key -> copy.put(key, values.getProperty(key)));
        return copy;
    }

    /**
     * Writes the settings to a temporary file and moves it over the old one. Synchronised: the autosave's thread, a
     * shutdown hook and the window's last save share the temporary file.
     */
    public synchronized void save() {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                values.store(writer, "Margin window settings");
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the settings to " + file + ": " + e.getMessage(), e);
        }
    }
}
