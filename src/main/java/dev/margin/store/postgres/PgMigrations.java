package dev.margin.store.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The team library schema's history: the numbered scripts in {@code migrations/}, applied in order, each in its
 * own transaction that also records it in {@code margin.schema_version} (who applied it and when). Several people
 * opening an older library at once queue on an advisory lock, and the later ones find the work done. A released
 * script never changes; a new change is a new script appended to {@link #SCRIPTS}. A script's version is the number in
 * its name, and the numbers rise along the list.
 */
final class PgMigrations {
    static final List<String> SCRIPTS = List.of(
            "V001__team_schema.sql",
            "V002__roles_and_row_security.sql",
            "V003__article_info_and_actor_search.sql",
            "V004__library_changes.sql",
            "V005__copies_keep_their_makers.sql",
            "V006__published_time.sql",
            "V007__search_indexing_quiet_and_cheaper.sql",
            "V008__phrase_word_pairs.sql");

    /** The advisory lock every migrating client takes ("MRGN"). */
    private static final long LOCK = 0x4D52474EL;

    private PgMigrations() {
    }

    /** The version a script brings the schema to: the number in its name ("V005__…" is 5). */
    static int versionOf(String script) {
        return Integer.parseInt(script.substring(1, script.indexOf("__")));
    }

    static int latestVersion() {
        return versionOf(SCRIPTS.getLast());
    }

    /** The first script above {@code version}, in the order listed (numbers only rise along the list). */
    private static String scriptAfter(int version) {
        return SCRIPTS.stream().filter(name -> versionOf(name) > version).findFirst().orElseThrow();
    }

    /** The library's schema version; 0 for a database Margin never set up. */
    static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet table = statement.executeQuery("SELECT to_regclass('margin.schema_version') IS NOT NULL")) {
                table.next();
                if (!table.getBoolean(1)) {
                    return 0;
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT coalesce(max(version), 0) FROM margin.schema_version")) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** Applies every script above the library's version; the connection must auto-commit. */
    static void migrate(Connection connection) throws SQLException {
        while (version(connection) < latestVersion()) {
            connection.setAutoCommit(false);
            String next = null;
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
                statement.execute("""
                        CREATE SCHEMA IF NOT EXISTS margin;
                        CREATE TABLE IF NOT EXISTS margin.schema_version (
                            version    int PRIMARY KEY,
                            script     text NOT NULL,
                            applied_by text NOT NULL DEFAULT current_user,
                            applied_at timestamptz NOT NULL DEFAULT now())""");
                int version = version(connection);
                if (version < latestVersion()) {
                    next = scriptAfter(version);
                    statement.execute(script(next));
                    statement.execute("INSERT INTO margin.schema_version (version, script) VALUES (" + versionOf(next) + ", '"
                            + next + "')");
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                String what = next == null ? "preparing the schema" : "migration " + next;
                throw new SQLException(what + " failed: " + e.getMessage(), e.getSQLState(), e.getErrorCode(), e);
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static String script(String script) {
        String name = "migrations/" + script;
        try (InputStream in = PgMigrations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The migration " + name + " is missing from the application.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
