package dev.margin.ui.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void valuesComeBackAfterSavingAndNoTemporaryFileStays() throws IOException {
        Path file = Settings.besideLibrary(dir.resolve("margin.db"));
        Settings settings = Settings.load(file);
        settings.put("window.width", 1024.5);
        settings.put("reader.lastArticle", 42L);
        settings.put("view.theme", "DARK");
        settings.put("window.maximised", true);
        settings.save();

        Settings again = Settings.load(file);
        assertThat(again.getDouble("window.width", 0)).isEqualTo(1024.5);
        assertThat(again.getLong("reader.lastArticle", -1)).isEqualTo(42L);
        assertThat(again.get("view.theme", "LIGHT")).isEqualTo("DARK");
        assertThat(again.getBoolean("window.maximised", false)).isTrue();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.properties");
        }
    }

    @Test
    void missingOrMangledValuesFallBackToTheDefaults() throws IOException {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "window.width=wide\nreader.lastArticle=NaN\nwindow.height=Infinity\n");
        Settings settings = Settings.load(file);

        assertThat(settings.getDouble("window.width", 800)).isEqualTo(800);
        assertThat(settings.getDouble("window.height", 600)).isEqualTo(600);
        assertThat(settings.getLong("reader.lastArticle", -1)).isEqualTo(-1);
        assertThat(Settings.load(dir.resolve("absent.properties")).get("view.theme", "LIGHT")).isEqualTo("LIGHT");
    }
}
