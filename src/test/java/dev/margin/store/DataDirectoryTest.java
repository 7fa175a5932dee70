package dev.margin.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataDirectoryTest {
    @TempDir
    Path home;

    @Test
    void theOptionWinsOverTheEnvironmentAndTheDefault() {
        Path option = home.resolve("from-option");
        DataDirectory dirs = new DataDirectory(Map.of(DataDirectory.ENV_VARIABLE, home.resolve("from-env").toString()), "Linux", home);

        DataDirectory.Location location = dirs.locate(option);

        assertThat(location.folder()).isEqualTo(option);
        assertThat(location.file()).isEqualTo(option.resolve("margin.db"));
        assertThat(location.source()).isEqualTo(DataDirectory.Source.OPTION);
    }

    @Test
    void theEnvironmentVariableWinsOverTheDefault() {
        DataDirectory dirs = new DataDirectory(Map.of(DataDirectory.ENV_VARIABLE, home.resolve("from-env").toString(),
                "XDG_DATA_HOME", home.resolve("xdg").toString()), "Linux", home);
        assertThat(dirs.locate(null)).isEqualTo(new DataDirectory.Location(home.resolve("from-env"),
                home.resolve("from-env/margin.db"), DataDirectory.Source.ENVIRONMENT));
    }

    @Test
    void aBlankEnvironmentVariableIsIgnored() {
        DataDirectory dirs = new DataDirectory(Map.of(DataDirectory.ENV_VARIABLE, "  "), "Linux", home);
        assertThat(dirs.locate(null).source()).isEqualTo(DataDirectory.Source.DEFAULT);
    }

    @Test
    void aRelativeOptionIsTakenFromTheWorkingDirectory() {
        DataDirectory dirs = new DataDirectory(Map.of(), "Linux", home);
        assertThat(dirs.locate(Path.of("library")).folder()).isEqualTo(Path.of("library").toAbsolutePath());
    }

    @Test
    void linuxUsesXdgDataHomeOrTheLocalShareFolder() {
        assertThat(new DataDirectory(Map.of("XDG_DATA_HOME", home.resolve("xdg").toString()), "Linux", home).locate(null).file())
                .isEqualTo(home.resolve("xdg/margin/margin.db"));
        assertThat(new DataDirectory(Map.of(), "Linux", home).locate(null).file())
                .isEqualTo(home.resolve(".local/share/margin/margin.db"));
        assertThat(new DataDirectory(Map.of("XDG_DATA_HOME", "relative/xdg"), "Linux", home).defaultFolder())
                .as("a relative XDG_DATA_HOME is invalid").isEqualTo(home.resolve(".local/share/margin"));
        assertThat(new DataDirectory(Map.of(), "FreeBSD", home).defaultFolder()).isEqualTo(home.resolve(".local/share/margin"));
    }

    @Test
    void onUnixesTheHomeVariableWinsOverJavasUserHome() {
        assertThat(DataDirectory.homeFolder(Map.of("HOME", "/home/sandboxed"), "Linux", "/home/real"))
                .isEqualTo(Path.of("/home/sandboxed"));
        assertThat(DataDirectory.homeFolder(Map.of(), "Linux", "/home/real")).isEqualTo(Path.of("/home/real"));
        assertThat(DataDirectory.homeFolder(Map.of("HOME", " "), "Mac OS X", "/Users/real")).isEqualTo(Path.of("/Users/real"));
        assertThat(DataDirectory.homeFolder(Map.of("HOME", "C:/msys/home"), "Windows 11", "C:/Users/real"))
                .isEqualTo(Path.of("C:/Users/real"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(new DataDirectory(Map.of("XDG_DATA_HOME", "/ignored"), "Mac OS X", home).defaultFolder())
                .isEqualTo(home.resolve("Library/Application Support/Margin"));
    }

    @Test
    void windowsUsesAppData() {
        Path appData = home.resolve("AppData-Roaming");
        assertThat(new DataDirectory(Map.of("APPDATA", appData.toString()), "Windows 11", home).defaultFolder())
                .isEqualTo(appData.resolve("Margin"));
        assertThat(new DataDirectory(Map.of(), "Windows 10", home).defaultFolder())
                .isEqualTo(home.resolve("AppData").resolve("Roaming").resolve("Margin"));
    }

    @Test
    void theFolderIsCreatedOnFirstStart() {
        DataDirectory dirs = new DataDirectory(Map.of("XDG_DATA_HOME", home.resolve("xdg").toString()), "Linux", home);

        Path file = dirs.libraryFile(null);

        assertThat(file).isEqualTo(home.resolve("xdg/margin/margin.db"));
        assertThat(file.getParent()).isDirectory();
        assertThat(file).doesNotExist();
        assertThat(dirs.libraryFile(null)).as("a second start finds the folder").isEqualTo(file);
    }

    @Test
    void aFileWhereTheFolderShouldBeIsReported() throws IOException {
        Path blocker = Files.writeString(home.resolve("not-a-folder"), "notes");
        DataDirectory dirs = new DataDirectory(Map.of(), "Linux", home);
        assertThatThrownBy(() -> dirs.libraryFile(blocker)).isInstanceOf(StoreException.class)
                .hasMessageContaining(blocker.toString()).hasMessageContaining("not a folder");
    }
}
