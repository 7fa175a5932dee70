package dev.margin.ui.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class SettingsAutosaveTest {
    @TempDir
    Path dir;

    @Test
    void aChangedValueIsWrittenAndAnUnchangedOneIsNotWrittenAgain() throws Exception {
        Path file = dir.resolve("settings.properties");
        Settings settings = Settings.load(file);
        try (SettingsAutosave autosave = new SettingsAutosave(settings)) {
            autosave.saveIfChanged();
            settings.put("reader.lastArticle", 7L);
            autosave.saveIfChanged();
        }
        assertThat(Settings.load(file).getLong("reader.lastArticle", -1)).isEqualTo(7);

        Files.delete(file);
        try (SettingsAutosave autosave = new SettingsAutosave(settings)) {
            autosave.saveIfChanged();
        }
        assertThat(file).as("nothing changed since the settings were loaded, so nothing is written").doesNotExist();
    }

    @Test
    void nothingIsWrittenBeforeAValueChanges() throws Exception {
        Path file = dir.resolve("settings.properties");
        try (SettingsAutosave autosave = new SettingsAutosave(Settings.load(file))) {
            autosave.saveIfChanged();
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void aFailedWriteIsLoggedOnceAndNotThrownAtTheWindow() throws Exception {
        Path blocked = dir.resolve("not-a-folder");
        Files.writeString(blocked, "a file where the settings' folder should be");
        Settings settings = Settings.load(blocked.resolve("settings.properties"));
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord logRecord) {
                logged.add(logRecord);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(SettingsAutosave.class.getName());
        logger.addHandler(handler);
        try (SettingsAutosave autosave = new SettingsAutosave(settings)) {
            settings.put("view.zoom", 1.25);
            assertThatCode(autosave::saveIfChanged).as("the window's call returns at once, whatever the write does").doesNotThrowAnyException();
        } finally {
            logger.removeHandler(handler);
        }

        assertThat(logged).as("the failed write, logged once with its cause").singleElement().satisfies(logRecord -> {
            assertThat(logRecord.getLevel()).isEqualTo(Level.WARNING);
            assertThat(logRecord.getThrown()).isInstanceOf(UncheckedIOException.class);
        });
        assertThat(blocked).isRegularFile();
        assertThat(Files.exists(blocked.resolve("settings.properties"))).isFalse();
    }
}
