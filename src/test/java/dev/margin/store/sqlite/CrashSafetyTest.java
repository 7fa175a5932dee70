package dev.margin.store.sqlite;

import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A child JVM saving annotations in a loop is killed with SIGKILL; every annotation whose save had
 * returned (the child printed its id) is in the library afterwards, and the file is sound.
 */
class CrashSafetyTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void everySavedAnnotationSurvivesAKilledWriter() throws Exception {
        Path file = dir.resolve("margin.db");
        long articleId;
        try (SqliteStore store = SqliteStore.open(file)) {
            Article rail = store.articles().insert(StoreFixtures.railDraft(), StoreFixtures.T0);
            articleId = rail.id();
        }

        int totalSaved = 0;
        for (int round = 0; round < 2; round++) {
            List<UUID> saved;
            try (ChildJvm child = ChildJvm.startWriter(file, articleId, 0, "round " + round, dir)) {
                child.awaitReady();
                int killAfter = 120 + round * 97;
                assertThat(child.readSaves(killAfter)).as("saves before the kill; child errors: %s", child.errors()).isEqualTo(killAfter);
                child.kill();
                child.finish(20);
                saved = child.saved();
            }
            assertThat(saved.size()).isGreaterThanOrEqualTo(120);
            totalSaved += saved.size();

            try (SqliteStore reopened = SqliteStore.open(file)) {
                assertThat(reopened.integrityCheck()).isEqualTo("ok");
                Set<UUID> stored = reopened.annotations().forArticle(articleId).stream().map(Annotation::id).collect(Collectors.toSet());
                assertThat(stored).containsAll(saved);
                assertThat(stored.size()).as("saved in all rounds, plus at most a transaction cut short before it printed")
                        .isGreaterThanOrEqualTo(totalSaved);
                assertThat(reopened.search().search("round", 1_000_000)).hasSize(stored.size());
            }
        }
    }
}
