package dev.margin.store.postgres;

import dev.margin.store.Store;

import java.nio.file.Path;
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

    /** The database that stands for {@code file}, made on first use. */
    public static String database(Path file) {
        PostgresTestServer server = PostgresTestServer.get();
        return DATABASES.computeIfAbsent(file.toAbsolutePath(), f -> server.freshDatabase());
    }
}
