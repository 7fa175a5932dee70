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
        PostgresTestServer server = PostgresTestServer.get();
        String database = DATABASES.computeIfAbsent(file.toAbsolutePath(), f -> server.freshDatabase());
        return PostgresStore.open(server.address(database, PostgresTestServer.SUPERUSER), () -> null);
    }
}
