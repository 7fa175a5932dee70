package dev.margin.store.sqlite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three connections open the same library of schema version 1 at the same moment, each upgrading it: every one
 * succeeds and the library ends at the latest version. Before, the version was read before the write lock, so a
 * second opener applied a script the first had just applied ("table ... already exists").
 */
class ConcurrentUpgradeTest {
    private static final int OPENERS = 3;

    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void openersUpgradingAtOnceAllSucceed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(OPENERS);
        try {
            for (int round = 0; round < 10; round++) {
                Path file = dir.resolve("round-" + round + ".db");
                try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                    Migrations.migrateTo(connection, 1);
                }
                CyclicBarrier together = new CyclicBarrier(OPENERS);
                List<Future<Integer>> opened = new ArrayList<>();
                for (int i = 0; i < OPENERS; i++) {
                    opened.add(pool.submit(() -> {
                        together.await(30, TimeUnit.SECONDS);
                        try (SqliteStore store = SqliteStore.open(file)) {
                            return store.libraryFiles().schemaVersion();
                        }
                    }));
                }
                for (Future<Integer> version : opened) {
                    assertThat(version.get(60, TimeUnit.SECONDS)).as("round %d", round).isEqualTo(Migrations.latestVersion());
                }
                try (SqliteStore store = SqliteStore.open(file)) {
                    assertThat(store.integrityCheck()).isEqualTo("ok");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
