package dev.margin.store.contract;

import dev.margin.store.sqlite.StoreFixtures;
import dev.margin.store.Store;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract of the store's StoreTransaction part, run against every store implementation: each subclass says how to
 * open a library (a SQLite file, a PostgreSQL database) and inherits every test.
 */
public abstract class StoreTransactionContract {
    /** Opens the library kept at {@code file} (the same file opens the same library again). */
    protected abstract Store openStore(Path file);

    @TempDir
    Path dir;
    private Store store;
    private Article rail;

    @BeforeEach
    void open() {
        store = openStore(dir.resolve("margin.db"));
        rail = store.articles().insert(StoreFixtures.railDraft(), StoreFixtures.T0);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everythingInATransactionIsSavedTogether() {
        Annotation a = StoreFixtures.highlight(rail.id(), "Abuja");
        Annotation b = StoreFixtures.highlight(rail.id(), "Lagos");
        int count = store.inTransaction(() -> {
            store.annotations().insert(a);
            store.annotations().insert(b);
            return store.annotations().count();
        });
        assertThat(count).isEqualTo(2);
        assertThat(store.annotations().count()).isEqualTo(2);
    }

    @Test
    void aFailureUndoesEverythingTheTransactionDid() {
        Annotation a = StoreFixtures.highlight(rail.id(), "Abuja");
        assertThatThrownBy(() -> store.inTransaction(() -> {
            store.annotations().insert(a);
            store.articles().delete(rail.id() + 7);
        })).isInstanceOf(StoreException.class);
        assertThat(store.annotations().count()).isZero();
    }

    @Test
    void aNestedTransactionJoinsTheOuterOne() {
        Annotation a = StoreFixtures.highlight(rail.id(), "Abuja");
        Annotation b = StoreFixtures.highlight(rail.id(), "Lagos");
        assertThatThrownBy(() -> store.inTransaction(() -> {
            store.inTransaction(() -> store.annotations().insert(a));
            store.annotations().insert(b);
            throw new IllegalStateException("the user cancelled");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(store.annotations().count()).as("the inner transaction did not commit on its own").isZero();
    }

    @Test
    void aCaughtFailureOfANestedStepStillUndoesTheWholeChange() {
        Annotation a = StoreFixtures.highlight(rail.id(), "Abuja");
        assertThatThrownBy(() -> store.inTransaction(() -> {
            store.annotations().insert(a);
            try {
                store.inTransaction(() -> store.articles().delete(rail.id() + 7));
            } catch (StoreException expected) {
                // the caller carries on, but the half-done change must not be committed
            }
        })).isInstanceOf(StoreException.class).hasMessageContaining("Nothing was saved");
        assertThat(store.annotations().count()).isZero();
        store.annotations().insert(a);
        assertThat(store.annotations().count()).as("the store is usable afterwards").isEqualTo(1);
    }

    @Test
    void callsFromManyThreadsAreSerialised() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        Annotation annotation = StoreFixtures.highlight(rail.id(), "Abuja");
                        store.inTransaction(() -> {
                            store.annotations().insert(annotation);
                            store.annotations().update(annotation.withNote("checked", StoreFixtures.T0));
                        });
                        store.annotations().forArticle(rail.id());
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.annotations().count()).isEqualTo(200);
        assertThat(store.annotations().forArticle(rail.id())).allMatch(a -> a.note().equals("checked"));
        assertThat(store.integrityCheck()).isEqualTo("ok");
    }

    @Test
    void aClosedStoreSaysSo() {
        store.close();
        assertThatThrownBy(() -> store.articles().count()).isInstanceOf(StoreException.class).hasMessageContaining("closed");
    }
}
