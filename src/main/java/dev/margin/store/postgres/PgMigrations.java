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
 * script never changes; a new change is a new script appended to {@link #SCRIPTS}.
 */
final class PgMigrations {
    static final List<String> SCRIPTS = List.of(
            "V001__team_schema.sql",
            "V002__roles_and_row_security.sql",
            "V006__published_time.sql");

    /** The advisory lock every migrating client takes ("MRGN"). */
    private static final long LOCK = 0x4D52474EL;

    private PgMigrations() {
    }

    static int latestVersion() {
        return SCRIPTS.size();
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
            int next = 0;
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
                statement.execute("""
                        CREATE SCHEMA IF NOT EXISTS margin;
                        CREATE TABLE IF NOT EXISTS margin.schema_version (
                            version    int PRIMARY KEY,
                            script     text NOT NULL,
                            applied_by text NOT NULL DEFAULT current_user,
                            applied_at timestamptz NOT NULL DEFAULT now())""");
                next = version(connection) + 1;
                if (next <= latestVersion()) {
                    statement.execute(script(next));
                    statement.execute("INSERT INTO margin.schema_version (version, script) VALUES (" + next + ", '"
                            + SCRIPTS.get(next - 1) + "')");
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                String what = next == 0 ? "preparing the schema" : "migration " + SCRIPTS.get(next - 1);
                throw new SQLException(what + " failed: " + e.getMessage(), e.getSQLState(), e.getErrorCode(), e);
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static String script(int version) {
        String name = "migrations/" + SCRIPTS.get(version - 1);
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
