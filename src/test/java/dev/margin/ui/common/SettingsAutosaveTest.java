package dev.margin.ui.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

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
    void aFailedWriteIsNotThrownAtTheWindow() throws Exception {
        Path blocked = dir.resolve("not-a-folder");
        Files.writeString(blocked, "a file where the settings' folder should be");
        Settings settings = Settings.load(blocked.resolve("settings.properties"));
        try (SettingsAutosave autosave = new SettingsAutosave(settings)) {
            settings.put("view.zoom", 1.25);
            autosave.saveIfChanged();
        }
        assertThat(blocked).as("the write failed and was logged, nothing else happened").isRegularFile();
        assertThat(Files.exists(blocked.resolve("settings.properties"))).isFalse();
    }
}
