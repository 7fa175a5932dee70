package dev.margin.reliability;

import dev.margin.store.StoreException;
import dev.margin.store.sqlite.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A library from a newer Margin, another program's database and a damaged library, each with a log (-wal) beside
 * it that holds saves not yet folded into the file: opening it is refused, and the file and its log are afterwards
 * byte for byte as they were, with no other file left beside them (before, the refusal folded the log into the file).
 */
class RefusedLibraryUntouchedTest {
    @TempDir
    Path dir;

    @Test
    void aNewerLibraryWithItsLogIsLeftExactlyAsItWas() throws Exception {
        Path library = withLog("newer", "CREATE TABLE article (id INTEGER PRIMARY KEY); PRAGMA application_id = 1297237838;",
                "INSERT INTO article (id) VALUES (1); PRAGMA user_version = 999;");
        assertRefusedUntouched(library, "newer version of Margin");
    }

    @Test
    void anotherProgramsDatabaseWithItsLogIsLeftExactlyAsItWas() throws Exception {
        Path library = withLog("foreign", "CREATE TABLE bookmark (id INTEGER PRIMARY KEY, url TEXT);",
                "INSERT INTO bookmark (url) VALUES ('https://example.org');");
        assertRefusedUntouched(library, "another program");
    }

    @Test
    void aDamagedLibraryWithItsLogIsLeftExactlyAsItWas() throws Exception {
        Path library = dir.resolve("damaged").resolve("margin.db");
        Files.createDirectories(library.getParent());
        Libraries.create(library, 300);
        Path withLog = withLog("damaged-log", "CREATE TABLE t (x);", "INSERT INTO t VALUES (1);");
        // A real library's pages, overwritten in the middle, under the log of another file: damaged either way.
        Files.copy(library, withLog, StandardCopyOption.REPLACE_EXISTING);
        try (RandomAccessFile file = new RandomAccessFile(withLog.toFile(), "rw")) {
            for (long at = 4096 * 2; at < file.length(); at += 4096) {
                file.seek(at + 8);
                file.write(new byte[512]);
            }
        }
        assertRefusedUntouched(withLog, "damaged");
    }

    /** A database whose {@code later} statements are only in its -wal file: copied while its connection is still open. */
    private Path withLog(String name, String first, String later) throws SQLException, IOException {
        Path source = Files.createDirectories(dir.resolve(name + "-source")).resolve("margin.db");
        Path folder = Files.createDirectories(dir.resolve(name));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + source);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA wal_autocheckpoint = 0");
            statement.executeUpdate(first);
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            statement.executeUpdate(later);
            Files.copy(source, folder.resolve("margin.db"));
            Files.copy(source.resolveSibling("margin.db-wal"), folder.resolve("margin.db-wal"));
        }
        assertThat(Files.size(folder.resolve("margin.db-wal"))).isPositive();
        return folder.resolve("margin.db");
    }

    private static void assertRefusedUntouched(Path library, String reason) throws IOException {
        Path log = library.resolveSibling("margin.db-wal");
        byte[] file = Files.readAllBytes(library);
        byte[] logBytes = Files.readAllBytes(log);

        assertThatThrownBy(() -> SqliteStore.open(library)).isInstanceOf(StoreException.class)
                .hasMessageContaining(library.toString()).hasMessageContaining(reason);

        assertThat(Files.readAllBytes(library)).as("the library's bytes").isEqualTo(file);
        assertThat(Files.readAllBytes(log)).as("its log's bytes").isEqualTo(logBytes);
        try (var files = Files.list(library.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).isEqualTo(List.of("margin.db", "margin.db-wal"));
        }
    }
}
