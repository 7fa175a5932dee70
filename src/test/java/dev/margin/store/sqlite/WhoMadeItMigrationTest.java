package dev.margin.store.sqlite;

import dev.margin.domain.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Migration V009 on a library made before it: its records get their one user as maker when it is next opened. */
class WhoMadeItMigrationTest {
    @TempDir
    Path dir;

    @Test
    void recordsOfAnOlderLibraryAreTheirOwnersAtVersionOne() throws Exception {
        Path file = dir.resolve("margin.db");
        UUID id = UUID.randomUUID();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.migrateTo(connection, 8);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("""
                        INSERT INTO article (id, title, imported_at, revision) VALUES (1, 'Rail', '2026-03-03T09:15:30.000000000Z', 1)""");
                statement.executeUpdate("""
                        INSERT INTO article_revision (article_id, revision, text, content_hash, imported_at)
                        VALUES (1, 1, 'Lagos and Abuja', 'h', '2026-03-03T09:15:30.000000000Z')""");
                statement.executeUpdate("INSERT INTO actor (id, name, name_key, type) VALUES (7, 'Adaeze Okafor', 'adaeze okafor', 'PERSON')");
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO annotation (id, article_id, revision, kind, start_offset, end_offset, exact, anchor_state, created, modified)
                    VALUES (?, 1, 1, 'HIGHLIGHT', 0, 5, 'Lagos', 'OK', '2026-03-03T09:15:30.000000000Z', '2026-03-03T09:15:30.000000000Z')""")) {
                insert.setString(1, id.toString());
                insert.executeUpdate();
            }
        }

        String owner = System.getProperty("user.name");
        try (SqliteStore store = SqliteStore.open(file)) {
            assertThat(store.provenance().currentUser()).isEqualTo(owner);
            assertThat(store.provenance().annotations(1)).containsExactlyEntriesOf(java.util.Map.of(id, Provenance.madeBy(owner)));
            assertThat(store.provenance().article(1)).contains(Provenance.madeBy(owner));
            assertThat(store.provenance().actor(7)).contains(Provenance.madeBy(owner));
            assertThat(store.provenance().annotators()).containsExactly(owner);
        }
    }
}
