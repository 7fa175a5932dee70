package dev.margin.store.sqlite;

import dev.margin.domain.Annotation;
import dev.margin.domain.read.SearchHit;
import dev.margin.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoreMigrationTest {
    private static final Path SCHEMAS = Path.of("src/test/resources/dev/margin/store/sqlite/schema");

    @TempDir
    Path dir;

    @Test
    void aNewFileIsCreatedAtTheLatestVersion() throws Exception {
        Path file = dir.resolve("new/sub/margin.db");
        try (SqliteStore store = SqliteStore.open(file)) {
            assertThat(store.integrityCheck()).isEqualTo("ok");
        }
        try (Connection connection = connect(file)) {
            assertThat(Migrations.version(connection)).isEqualTo(SqliteStore.schemaVersion()).isEqualTo(Migrations.SCRIPTS.size());
            assertThat(Migrations.applicationId(connection)).isEqualTo(Migrations.APPLICATION_ID);
            assertThat(pragma(connection, "PRAGMA journal_mode")).isEqualTo("wal");
        }
    }

    @Test
    void anEmptyFileNamedAsTheLibraryIsRefusedNotAdoptedAsANewOne() throws Exception {
        Path file = Files.createFile(dir.resolve("margin.db"));

        assertThatThrownBy(() -> SqliteStore.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("empty file (0 bytes)");
        assertThat(Files.size(file)).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aMissingLibraryIsCreatedCompleteWithNoTemporaryFileLeft() throws Exception {
        Path file = dir.resolve("margin.db");
        try (SqliteStore store = SqliteStore.open(file)) {
            assertThat(store.articles().count()).isZero();
        }
        try (Connection connection = connect(file)) {
            assertThat(Migrations.version(connection)).isEqualTo(Migrations.latestVersion());
        }
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    static Stream<Integer> olderVersions() {
        return IntStream.range(1, Migrations.latestVersion()).boxed();
    }

    @ParameterizedTest(name = "from version {0}")
    @MethodSource("olderVersions")
    void aLibraryAtAnOlderVersionIsMigratedWithItsRowsKept(int version) throws Exception {
        Path file = dir.resolve("v" + version + ".db");
        UUID annotationId = UUID.randomUUID();
        try (Connection connection = connect(file)) {
            Migrations.migrateTo(connection, version);
            insertVersion1Rows(connection, annotationId);
        }

        try (SqliteStore store = SqliteStore.open(file)) {
            assertThat(store.articles().count()).isEqualTo(1);
            Annotation annotation = store.annotations().find(annotationId).orElseThrow();
            assertThat(annotation.exact()).isEqualTo("₦1.2 trillion");
            assertThat(annotation.note()).isEqualTo("Check against the budget");
            assertThat(store.search().search("trillion", 10)).extracting(SearchHit::annotationId).containsExactly(annotationId);
            assertThat(store.search().search("budget", 10)).extracting(SearchHit::annotationId).containsExactly(annotationId);
            assertThat(store.integrityCheck()).isEqualTo("ok");
        }
        try (Connection connection = connect(file)) {
            assertThat(Migrations.version(connection)).isEqualTo(Migrations.latestVersion());
        }
    }

    @Test
    void aMigratedLibraryHasTheSameSchemaAsANewOne() throws Exception {
        Path fresh = dir.resolve("fresh.db");
        SqliteStore.open(fresh).close();
        for (int version = 1; version < Migrations.latestVersion(); version++) {
            Path old = dir.resolve("old" + version + ".db");
            try (Connection connection = connect(old)) {
                Migrations.migrateTo(connection, version);
            }
            SqliteStore.open(old).close();
            assertThat(schema(old)).isEqualTo(schema(fresh));
        }
    }

    static Stream<Integer> everyVersion() {
        return IntStream.rangeClosed(1, Migrations.latestVersion()).boxed();
    }

    /**
     * A released migration must never change: libraries out there already ran it. Each version's schema is kept
     * in src/test/resources (schema/V00N.txt); a new migration's dump is written once with
     * {@code -Dschema.writeMissing=true} and reviewed, and an existing dump is never rewritten by the test.
     */
    @ParameterizedTest(name = "version {0}")
    @MethodSource("everyVersion")
    void eachMigrationGivesTheSchemaItWasReleasedWith(int version) throws Exception {
        Path file = dir.resolve("v" + version + ".db");
        try (Connection connection = connect(file)) {
            Migrations.migrateTo(connection, version);
        }
        String dump = String.join("\n", schema(file)) + "\n";
        // Named after the script ("V010__….sql" gives V010.txt), so that branches adding migrations do not clash.
        Path kept = SCHEMAS.resolve(Migrations.SCRIPTS.get(version - 1).substring(0, 4) + ".txt");
        if (Boolean.getBoolean("schema.writeMissing") && !Files.exists(kept)) {
            Files.createDirectories(SCHEMAS);
            Files.writeString(kept, dump, StandardCharsets.UTF_8);
        }
        assertThat(kept).as("the schema dump of version " + version + " (write a new version's with -Dschema.writeMissing=true)")
                .isRegularFile();
        assertThat(dump).as("the schema of version " + version + " against " + kept + ": was a released migration edited?")
                .isEqualTo(Files.readString(kept, StandardCharsets.UTF_8));
    }

    @Test
    void openingALibraryTwiceChangesNothing() throws Exception {
        Path file = dir.resolve("margin.db");
        SqliteStore.open(file).close();
        List<String> before = schema(file);
        SqliteStore.open(file).close();
        assertThat(schema(file)).isEqualTo(before);
    }

    @Test
    void aLibraryFromANewerMarginIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("future.db");
        SqliteStore.open(file).close();
        try (Connection connection = connect(file); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA user_version = " + (Migrations.latestVersion() + 1));
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> SqliteStore.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("newer version of Margin");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void everyScriptInTheMigrationsFolderIsListedInOrder() throws IOException, URISyntaxException {
        Path folder = Path.of(Migrations.class.getResource("migrations").toURI());
        List<String> onDisk;
        try (Stream<Path> files = Files.list(folder)) {
            onDisk = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(Migrations.SCRIPTS).isEqualTo(onDisk);
        for (int version = 1; version <= Migrations.latestVersion(); version++) {
            assertThat(Migrations.script(version)).isNotBlank();
        }
    }

    /** Rows as a version-1 library holds them, written with plain SQL as an older Margin would have. */
    private static void insertVersion1Rows(Connection connection, UUID annotationId) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = ON");
            statement.executeUpdate("""
                    INSERT INTO article (id, title, outlet, url, published_date, imported_at, revision)
                    VALUES (1, 'Rail plan faces first test in parliament', 'Margin Wire', 'https://wire.example/rail',
                            '2026-03-03', '2026-03-03T09:15:30.000000000Z', 1)""");
        }
        try (PreparedStatement revision = connection.prepareStatement(
                "INSERT INTO article_revision (article_id, revision, text, headings, content_hash, imported_at) VALUES (1, 1, ?, '0', ?, ?)")) {
            revision.setString(1, StoreFixtures.RAIL_TEXT);
            revision.setString(2, dev.margin.domain.ContentHash.of(StoreFixtures.RAIL_TEXT));
            revision.setString(3, "2026-03-03T09:15:30.000000000Z");
            revision.executeUpdate();
        }
        int start = StoreFixtures.RAIL_TEXT.indexOf("₦1.2 trillion");
        try (PreparedStatement annotation = connection.prepareStatement("""
                INSERT INTO annotation (id, article_id, revision, kind, start_offset, end_offset, exact, prefix, suffix,
                                        anchor_state, note, created, modified)
                VALUES (?, 1, 1, 'HIGHLIGHT', ?, ?, '₦1.2 trillion', '', '', 'OK', 'Check against the budget', ?, ?)""")) {
            annotation.setString(1, annotationId.toString());
            annotation.setInt(2, start);
            annotation.setInt(3, start + "₦1.2 trillion".length());
            annotation.setString(4, "2026-03-03T09:20:00.000000000Z");
            annotation.setString(5, "2026-03-03T09:20:00.000000000Z");
            annotation.executeUpdate();
        }
    }

    private static List<String> schema(Path file) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = connect(file); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT type, name, sql FROM sqlite_schema ORDER BY type, name")) {
            while (rows.next()) {
                lines.add(rows.getString(1) + " " + rows.getString(2) + ": " + rows.getString(3));
            }
        }
        return lines;
    }

    private static String pragma(Connection connection, String pragma) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(pragma)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static Connection connect(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }
}
