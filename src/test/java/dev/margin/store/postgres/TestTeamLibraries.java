package dev.margin.store.postgres;

import dev.margin.store.Store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Team libraries for the contract tests, which name a library by a file in their temporary folder: the first
 * opening of a file gets a fresh database on the test server, and opening the same file again opens that database
 * again, as the SQLite store reopens its file.
 */
public final class TestTeamLibraries {
    private static final Map<Path, String> DATABASES = new ConcurrentHashMap<>();

    private TestTeamLibraries() {
    }

    public static Store open(Path file) {
        return PostgresStore.open(PostgresTestServer.get().address(database(file), PostgresTestServer.SUPERUSER), () -> null);
    }

    /**
     * Adds {@code count} highlights on article {@code articleId} of the library behind {@code file} in bulk, as the
     * search benchmark builds its library (the row triggers skipped, the search column computed by the same
     * function), every other one reading {@code even} and the rest {@code odd}; then brings the planner's
     * statistics up to date.
     */
    public static void addInBulk(Path file, long articleId, int count, String even, String odd) throws SQLException {
        try (Connection connection = PostgresTestServer.get().connect(database(file), PostgresTestServer.SUPERUSER);
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO margin.annotation (id, article_id, revision, kind, start_offset, end_offset, exact, anchor_state,
                                                    created, modified, search)
                     SELECT gen_random_uuid(), ?, 1, 'HIGHLIGHT', 0, length(t.exact), t.exact, 'OK', '2026-03-03T09:15:30.000000000Z',
                            '2026-03-03T09:15:30.000000000Z', margin.annotation_vector(t.exact, '', NULL, NULL, NULL, false, ?)
                     FROM generate_series(1, ?) g, LATERAL (SELECT CASE WHEN g % 2 = 0 THEN ? ELSE ? END AS exact) t""");
             Statement statement = connection.createStatement()) {
            statement.execute("SET session_replication_role = replica");
            insert.setLong(1, articleId);
            insert.setLong(2, articleId);
            insert.setInt(3, count);
            insert.setString(4, even);
            insert.setString(5, odd);
            insert.executeUpdate();
            statement.execute("SET session_replication_role = DEFAULT");
            statement.execute("ANALYZE margin.annotation");
        }
    }

    /** The database that stands for {@code file}, made on first use. */
    public static String database(Path file) {
        PostgresTestServer server = PostgresTestServer.get();
        return DATABASES.computeIfAbsent(file.toAbsolutePath(), f -> server.freshDatabase());
    }
}
