package dev.margin.store.sqlite;

import dev.margin.domain.Article;
import dev.margin.domain.ArticleDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteStoreLifecycleTest {
    @TempDir
    Path dir;

    @Test
    void closingAStoreStopsItsBackgroundCheckpointsAndLeavesOneFile() throws Exception {
        Path file = dir.resolve("margin.db");
        for (int i = 0; i < 5; i++) {
            try (SqliteStore store = SqliteStore.open(file)) {
                Article rail = store.articles().insert(
                        new ArticleDraft("Rail " + i, null, null, null, null, null, StoreFixtures.RAIL_TEXT, null), StoreFixtures.T0);
                store.annotations().insert(StoreFixtures.highlight(rail.id(), "Abuja"));
            }
        }
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals("margin-wal-checkpoint")) {
                thread.join(5000); // a stopped pool's thread may take a moment to end
                assertThat(thread.isAlive()).as("checkpoint thread still running after close").isFalse();
            }
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .as("the log is checkpointed into the file and removed on close").containsExactly("margin.db");
        }
    }
}
