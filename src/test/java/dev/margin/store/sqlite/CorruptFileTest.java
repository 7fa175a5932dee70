package dev.margin.store.sqlite;

import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files that are not a sound Margin library are refused with a message naming them, and never written to. */
class CorruptFileTest {
    @TempDir
    Path dir;

    @Test
    void randomBytesAreNotALibrary() throws IOException {
        byte[] noise = new byte[8192];
        new Random(7).nextBytes(noise);
        Path file = Files.write(dir.resolve("margin.db"), noise);
        assertRefusedUnchanged(file, "not an SQLite database");
    }

    @Test
    void aTextFileIsNotALibrary() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.db"),
                "ABUJA, March 5 (Margin Wire) – Notes on the rail story.\n“Check the figures,” the editor said.\n");
        assertRefusedUnchanged(file, "not an SQLite database");
    }

    @Test
    void aFileCutShortInsideTheHeaderIsDamaged() throws IOException {
        Path file = Files.write(dir.resolve("margin.db"), Arrays.copyOf(libraryBytes(), 60));
        assertRefusedUnchanged(file, "damaged");
    }

    @Test
    void aTruncatedLibraryIsDamaged() throws IOException {
        byte[] whole = libraryBytes();
        Path file = Files.write(dir.resolve("margin.db"), Arrays.copyOf(whole, whole.length / 2));
        assertRefusedUnchanged(file, "damaged");
    }

    @Test
    void aLibraryWithOverwrittenPagesIsDamaged() throws IOException {
        byte[] bytes = libraryBytes();
        byte[] noise = new byte[4096 * 3];
        new Random(11).nextBytes(noise);
        System.arraycopy(noise, 0, bytes, 4096 * 2, Math.min(noise.length, bytes.length - 4096 * 2));
        Path file = Files.write(dir.resolve("margin.db"), bytes);
        assertRefusedUnchanged(file, "damaged");
    }

    @Test
    void aLibraryWhoseCheckpointWasCutShortOpensFromItsLog() throws Exception {
        Path source = Files.createDirectories(dir.resolve("live")).resolve("margin.db");
        Files.write(source, libraryBytes());
        Path crashed = Files.createDirectories(dir.resolve("crashed")).resolve("margin.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + source);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA wal_autocheckpoint = 0");
            statement.executeUpdate("UPDATE annotation SET note = hex(randomblob(1500))");
            // the process dies here: its two files as they are, every commit in the log, none checkpointed yet
            Files.copy(source, crashed);
            Files.copy(source.resolveSibling("margin.db-wal"), crashed.resolveSibling("margin.db-wal"));
        }
        // a checkpoint had begun: it wrote the header of the grown library before the pages that make the file as long
        byte[] bytes = Files.readAllBytes(crashed);
        java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(bytes);
        int pageSize = Short.toUnsignedInt(header.getShort(16));
        header.putInt(28, (int) ((bytes.length + Files.size(crashed.resolveSibling("margin.db-wal"))) / pageSize));
        header.putInt(92, header.getInt(24));
        Files.write(crashed, bytes);

        try (SqliteStore store = SqliteStore.open(crashed)) {
            assertThat(store.integrityCheck()).isEqualTo("ok");
            assertThat(store.annotations().count()).as("every annotation, from the log").isEqualTo(120);
        }
    }

    @Test
    void anotherProgramsDatabaseIsNotALibrary() throws Exception {
        Path file = dir.resolve("places.sqlite");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE bookmark (id INTEGER PRIMARY KEY, url TEXT); INSERT INTO bookmark (url) VALUES ('https://example.org')");
        }
        assertRefusedUnchanged(file, "another program");
    }

    @Test
    void aFolderIsNotALibrary() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("margin.db"));
        assertThatThrownBy(() -> SqliteStore.open(folder)).isInstanceOf(StoreException.class)
                .hasMessageContaining(folder.toString()).hasMessageContaining("folder");
    }

    @Test
    void aLibraryLockedExclusivelyByAnotherProgramIsReportedAndLeftAlone() throws Exception {
        Path file = dir.resolve("margin.db");
        Files.write(file, libraryBytes());
        byte[] before = Files.readAllBytes(file);
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = other.createStatement()) {
            statement.execute("PRAGMA locking_mode = EXCLUSIVE");
            statement.execute("BEGIN EXCLUSIVE");

            assertThatThrownBy(() -> SqliteStore.open(file, Duration.ofMillis(200)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("locked by another program");

            statement.execute("ROLLBACK");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (SqliteStore store = SqliteStore.open(file)) {
            assertThat(store.annotations().count()).as("it opens once the other program lets go").isEqualTo(120);
        }
    }

    private static void assertRefusedUnchanged(Path file, String problem) throws IOException {
        byte[] before = Files.readAllBytes(file);
        List<Path> siblingsBefore = siblings(file);

        assertThatThrownBy(() -> SqliteStore.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining(problem);

        assertThat(Files.readAllBytes(file)).as("the file's bytes").isEqualTo(before);
        assertThat(siblings(file)).as("no journal or WAL left beside it").isEqualTo(siblingsBefore);
    }

    private static List<Path> siblings(Path file) throws IOException {
        try (var files = Files.list(file.getParent())) {
            return new ArrayList<>(files.sorted().toList());
        }
    }

    /** The bytes of a closed library holding articles and 120 annotations, several pages long. */
    private byte[] libraryBytes() throws IOException {
        Path source = Files.createTempDirectory(dir, "source").resolve("margin.db");
        try (SqliteStore store = SqliteStore.open(source)) {
            Article rail = store.articles().insert(StoreFixtures.railDraft(), StoreFixtures.T0);
            store.articles().insert(StoreFixtures.portDraft(), StoreFixtures.T0);
            List<Annotation> annotations = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                annotations.add(StoreFixtures.quote(rail.id(), null));
                annotations.add(StoreFixtures.claim(rail.id(), null, null));
                annotations.add(StoreFixtures.highlight(rail.id(), "declined to comment").withNote("note " + i, StoreFixtures.T0));
            }
            store.annotations().insertAll(annotations);
        }
        byte[] bytes = Files.readAllBytes(source);
        assertThat(new String(bytes, 0, 15, StandardCharsets.US_ASCII)).isEqualTo("SQLite format 3");
        assertThat(bytes.length).isGreaterThan(4096 * 6);
        return bytes;
    }
}
