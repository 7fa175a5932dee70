package dev.margin.store.sqlite;

import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision this test holds the store to: a second store or a second process may open the same
 * library and write at the same time (WAL journal, busy timeout, BEGIN IMMEDIATE); nothing is lost
 * and the file stays sound.
 */
class ConcurrentAccessTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void twoStoresOnOneFileWriteAtTheSameTime() throws Exception {
        Path file = dir.resolve("margin.db");
        List<UUID> written = Collections.synchronizedList(new ArrayList<>());
        try (SqliteStore first = SqliteStore.open(file); SqliteStore second = SqliteStore.open(file)) {
            Article rail = first.articles().insert(StoreFixtures.railDraft(), StoreFixtures.T0);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> writers = new ArrayList<>();
                for (SqliteStore store : List.of(first, second)) {
                    writers.add(pool.submit(() -> {
                        for (int i = 0; i < 150; i++) {
                            Annotation annotation = StoreFixtures.highlight(rail.id(), "Abuja");
                            if (i % 10 == 9) {
                                List<Annotation> batch = List.of(annotation, StoreFixtures.highlight(rail.id(), "Lagos"));
                                store.annotations().insertAll(batch);
                                batch.forEach(a -> written.add(a.id()));
                            } else {
                                store.annotations().insert(annotation);
                                written.add(annotation.id());
                            }
                            store.annotations().forArticle(rail.id());
                        }
                    }));
                }
                for (Future<?> writer : writers) {
                    writer.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(ids(first, rail.id())).containsExactlyInAnyOrderElementsOf(written);
            assertThat(ids(second, rail.id())).containsExactlyInAnyOrderElementsOf(written);
            assertThat(first.integrityCheck()).isEqualTo("ok");
        }
        assertThat(written).hasSize(2 * (150 + 15));
    }

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aSecondProcessWritesWhileThisOneWrites() throws Exception {
        Path file = dir.resolve("margin.db");
        List<UUID> mine = new ArrayList<>();
        try (SqliteStore store = SqliteStore.open(file)) {
            Article rail = store.articles().insert(StoreFixtures.railDraft(), StoreFixtures.T0);
            List<UUID> theirs;
            try (ChildJvm child = ChildJvm.startWriter(file, rail.id(), 300, "from the child", dir)) {
                child.awaitReady();
                for (int i = 0; i < 300; i++) {
                    Annotation annotation = StoreFixtures.highlight(rail.id(), "Lagos");
                    store.annotations().insert(annotation);
                    mine.add(annotation.id());
                }
                assertThat(child.finish(60)).as("child exit code; errors: %s", child.errors()).isZero();
                theirs = child.saved();
            }
            assertThat(theirs).hasSize(300 / 5 * 4 + 300 / 5 * 5);
            List<UUID> all = new ArrayList<>(mine);
            all.addAll(theirs);
            assertThat(ids(store, rail.id())).containsExactlyInAnyOrderElementsOf(all);
            assertThat(store.integrityCheck()).isEqualTo("ok");
        }
        try (SqliteStore reopened = SqliteStore.open(file)) {
            assertThat(reopened.annotations().count()).isEqualTo(mine.size() + 540);
            assertThat(reopened.integrityCheck()).isEqualTo("ok");
        }
    }

    private static Set<UUID> ids(SqliteStore store, long articleId) {
        return store.annotations().forArticle(articleId).stream().map(Annotation::id).collect(Collectors.toSet());
    }
}
