package dev.margin.store.sqlite;

import dev.margin.domain.ArticleTitle;
import dev.margin.domain.ContentHash;
import dev.margin.domain.read.SearchHit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V008 on a library as version 7 left it: articles stored without a title get the title
 * {@link ArticleTitle} would give them (the SQL and the Java rule agree on every kind of first line), and the
 * search index finds annotations by the names and aliases of their speakers, actors and claimants.
 */
class ArticleInfoMigrationTest {
    /** First lines of every shape the rule treats apart. */
    private static final List<String> TEXTS = List.of(
            "Ferry timetable cut for winter\nThe operator said …",
            "OSTHAVEN, June 2 (Northern Wire) \u2013 The harbour authority said on Tuesday it would ration water from next week.\nMore.",
            "Officials in the northern province of Osthaven, where the drought is worst \u2013 and longest \u2013 said more\nMore.",
            "x".repeat(100) + "\nMore.",
            "\uD83D\uDE86".repeat(85) + "\nMore.",
            "Exactly eighty characters long, this line stands as it is without any cut at all\nMore.",
            "Only one line");

    @TempDir
    Path dir;

    @Test
    void untitledArticlesGetTheTitleTheJavaRuleGivesAndTitledOnesKeepTheirs() throws Exception {
        Path file = dir.resolve("v7.db");
        try (Connection connection = connect(file)) {
            Migrations.migrateTo(connection, 7);
            for (int i = 0; i < TEXTS.size(); i++) {
                insertArticle(connection, i + 1, "", TEXTS.get(i));
            }
            insertArticle(connection, 100, "Kept as it was", "Another first line\nMore.");
        }

        try (SqliteStore store = SqliteStore.open(file)) {
            for (int i = 0; i < TEXTS.size(); i++) {
                assertThat(store.articles().find(i + 1).orElseThrow().title()).as(TEXTS.get(i))
                        .isEqualTo(ArticleTitle.fromText(TEXTS.get(i))).isNotBlank();
            }
            assertThat(store.articles().find(100).orElseThrow().title()).isEqualTo("Kept as it was");
            assertThat(store.articles().listSummaries()).allSatisfy(summary -> assertThat(summary.title()).isNotBlank());
        }
    }

    @Test
    void quotesAreFoundByTheirSpeakersNameAndAliasesAndClaimsByTheOutletThatMakesThem() throws Exception {
        Path file = dir.resolve("v7.db");
        UUID quote = UUID.randomUUID();
        UUID mention = UUID.randomUUID();
        UUID outletClaim = UUID.randomUUID();
        String text = "\u201cWe will not give up an inch,\u201d the foreign minister said. Kuleba later left. The ministry says 2 million fled.";
        try (Connection connection = connect(file)) {
            Migrations.migrateTo(connection, 7);
            insertArticle(connection, 1, "Minister vows to hold the line", text);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE article SET outlet = 'Northern Wire' WHERE id = 1");
                statement.executeUpdate("INSERT INTO actor (id, name, name_key, type) VALUES (7, 'Dmytro Kuleba', 'dmytro kuleba', 'PERSON')");
                statement.executeUpdate("INSERT INTO actor_alias (actor_id, position, alias, alias_key) VALUES (7, 0, 'Foreign Minister', 'foreign minister')");
            }
            insertAnnotation(connection, quote, text, "We will not give up an inch", "QUOTE", ", quote_type, speaker_actor_id", ", 'DIRECT', 7");
            insertAnnotation(connection, mention, text, "Kuleba", "ACTOR", ", actor_id", ", 7");
            insertAnnotation(connection, outletClaim, text, "2 million fled", "CLAIM", ", claim_status, claimant_is_outlet",
                    ", 'UNVERIFIED', 1");
        }

        try (SqliteStore store = SqliteStore.open(file)) {
            assertThat(ids(store, "Kuleba")).containsExactlyInAnyOrder(quote, mention);
            assertThat(ids(store, "\"foreign minister\"")).containsExactlyInAnyOrder(quote, mention);
            assertThat(ids(store, "\"Northern Wire\"")).containsExactly(outletClaim);
        }
    }

    private static List<UUID> ids(SqliteStore store, String query) {
        return store.search().search(query, 50).stream().map(SearchHit::annotationId).toList();
    }

    private static void insertArticle(Connection connection, long id, String title, String text) throws SQLException {
        try (PreparedStatement article = connection.prepareStatement(
                "INSERT INTO article (id, title, imported_at, revision) VALUES (?, ?, '2026-06-02T08:00:00.000000000Z', 1)")) {
            article.setLong(1, id);
            article.setString(2, title);
            article.executeUpdate();
        }
        try (PreparedStatement revision = connection.prepareStatement("""
                INSERT INTO article_revision (article_id, revision, text, content_hash, imported_at)
                VALUES (?, 1, ?, ?, '2026-06-02T08:00:00.000000000Z')""")) {
            revision.setLong(1, id);
            revision.setString(2, text);
            revision.setString(3, ContentHash.of(text));
            revision.executeUpdate();
        }
    }

    private static void insertAnnotation(Connection connection, UUID id, String text, String words, String kind, String columns,
                                         String values) throws SQLException {
        int start = text.indexOf(words);
        try (PreparedStatement annotation = connection.prepareStatement("""
                INSERT INTO annotation (id, article_id, revision, kind, start_offset, end_offset, exact, anchor_state, created,
                                        modified%s)
                VALUES (?, 1, 1, ?, ?, ?, ?, 'OK', '2026-06-02T08:10:00.000000000Z', '2026-06-02T08:10:00.000000000Z'%s)"""
                .formatted(columns, values))) {
            annotation.setString(1, id.toString());
            annotation.setString(2, kind);
            annotation.setInt(3, start);
            annotation.setInt(4, start + words.length());
            annotation.setString(5, words);
            annotation.executeUpdate();
        }
    }

    private static Connection connect(Path file) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = ON");
        }
        return connection;
    }
}
