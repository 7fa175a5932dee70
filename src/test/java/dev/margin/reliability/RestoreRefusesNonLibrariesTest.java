package dev.margin.reliability;

import dev.margin.service.BackupService;
import dev.margin.store.sqlite.SqliteStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Files offered as a backup that are not one: an empty file, an SQLite file without tables, another program's
 * database, a text file, a library from a newer Margin and a Margin library that lost a table. Each is refused with
 * a message naming it (before, the first two were "Restored" as an empty library); the library keeps every
 * annotation, passes integrity_check, and no previous-library copy or temporary file is left.
 */
class RestoreRefusesNonLibrariesTest {
    @TempDir
    Path dir;
    private Path library;
    private Set<UUID> saved;

    @BeforeEach
    void createLibrary() {
        library = dir.resolve("margin.db");
        Libraries.create(library, 20);
        saved = Libraries.soundAnnotationIds(library);
    }

    @Test
    void anEmptyFile() throws Exception {
        assertRefused(Files.createFile(dir.resolve("empty.db")), "empty file");
    }

    @Test
    void anSqliteFileWithoutTables() throws Exception {
        Path file = sqlite("blank.db", "PRAGMA user_version = 0; CREATE TABLE gone (x); DROP TABLE gone;");
        assertRefused(file, "without any tables");
    }

    @Test
    void anotherProgramsDatabase() throws Exception {
        assertRefused(sqlite("places.sqlite", "CREATE TABLE bookmark (id INTEGER PRIMARY KEY, url TEXT);"), "another program");
    }

    @Test
    void aTextFile() throws Exception {
        assertRefused(Files.writeString(dir.resolve("notes.db"), "not a database\n".repeat(200)), "not an SQLite database");
    }

    @Test
    void aLibraryFromANewerMargin() throws Exception {
        Path newer = dir.resolve("newer.db");
        Libraries.create(newer, 1);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA user_version = 999");
        }
        assertRefused(newer, "newer version of Margin");
    }

    @Test
    void aLibraryThatLostATable() throws Exception {
        Path partial = dir.resolve("partial.db");
        Libraries.create(partial, 1);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + partial); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE saved_filter");
        }
        assertRefused(partial, "saved_filter");
    }

    private Path sqlite(String name, String script) throws SQLException {
        Path file = dir.resolve(name);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file); Statement statement = connection.createStatement()) {
            statement.executeUpdate(script);
        }
        return file;
    }

    private void assertRefused(Path candidate, String reason) throws IOException {
        try (SqliteStore store = SqliteStore.open(library)) {
            assertThatThrownBy(() -> new BackupService(store, Clock.systemUTC()).restore(candidate))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining(candidate.toString())
                    .hasMessageContaining(reason)
                    .hasMessageContaining("library was not changed");
        }
        assertThat(Libraries.soundAnnotationIds(library)).isEqualTo(saved);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("before-restore") || n.contains(".restore-"));
        }
    }
}
