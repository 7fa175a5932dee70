package dev.margin.store.sqlite;

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
 * The library schema's history: the numbered scripts in {@code migrations/}, applied in order, each in
 * its own transaction together with {@code PRAGMA user_version = N}. Version N means scripts 1..N ran.
 * A new schema change is a new script appended to {@link #SCRIPTS}; a released script never changes.
 */
final class Migrations {
    /** Every migration script, oldest first; the version of {@code SCRIPTS.get(i)} is i + 1. */
    static final List<String> SCRIPTS = List.of(
            "V001__init.sql",
            "V002__search_index.sql",
            "V003__article_kind_index.sql",
            "V004__saved_filters.sql",
            "V005__review_indexes.sql",
            "V006__rejected_suggestions.sql",
            "V007__article_ids_not_reused.sql",
            "V008__article_info_and_actor_search.sql",
            "V009__who_made_it.sql",
            "V010__published_time.sql");

    /** "MRGN", written by V001: tells a Margin library apart from other SQLite files. */
    static final int APPLICATION_ID = 0x4D52474E;

    private Migrations() {
    }

    static int latestVersion() {
        return SCRIPTS.size();
    }

    static int version(Connection connection) throws SQLException {
        return pragmaInt(connection, "PRAGMA user_version");
    }

    static int applicationId(Connection connection) throws SQLException {
        return pragmaInt(connection, "PRAGMA application_id");
    }

    /** Applies every script above the file's version. */
    static void migrate(Connection connection) throws SQLException {
        migrateTo(connection, latestVersion());
    }

    /**
     * Applies the scripts above the file's version up to {@code target}; tests use it to build older libraries.
     * The version is read inside each write transaction, not before it: when several processes open the same
     * new or older library at once, the first one applies a script and the others, once they get the lock,
     * see that it is done and go on from there instead of applying it again.
     */
    static void migrateTo(Connection connection, int target) throws SQLException {
        while (true) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("BEGIN IMMEDIATE");
                int next = 0;
                try {
                    int version = version(connection);
                    if (version >= target) {
                        statement.execute("COMMIT");
                        return;
                    }
                    next = version + 1;
                    statement.executeUpdate(script(next));
                    statement.execute("PRAGMA user_version = " + next);
                    statement.execute("COMMIT");
                } catch (SQLException e) {
                    rollbackQuietly(statement, e);
                    String what = next == 0 ? "reading the schema version" : "migration " + SCRIPTS.get(next - 1);
                    throw new SQLException(what + " failed: " + e.getMessage(), null, e.getErrorCode(), e);
                }
            }
        }
    }

    private static void rollbackQuietly(Statement statement, SQLException failure) {
        try {
            statement.execute("ROLLBACK");
        } catch (SQLException notInATransaction) {
            failure.addSuppressed(notInATransaction);
        }
    }

    static String script(int version) {
        String name = SCRIPTS.get(version - 1);
        // A script never runs before its number; while branches are merged a later number may fill a gap for a while.
        if (!name.matches("V\\d{3}__.+") || Integer.parseInt(name.substring(1, 4)) < version) {
            throw new IllegalStateException("migration " + name + " is listed as version " + version);
        }
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("migration script " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migration script " + name, e);
        }
    }

    private static int pragmaInt(Connection connection, String pragma) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(pragma)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }
}
