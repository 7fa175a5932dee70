package dev.margin.store.sqlite;

import dev.margin.domain.ArticleDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store refuses the thread its composition root forbids (the window's FX thread), and only that one. */
class ThreadGuardTest {
    private static final String FORBIDDEN = "margin-test-ui";

    @TempDir
    Path dir;

    @Test
    void aCallOnTheForbiddenThreadFailsLoudlyAndChangesNothing() throws Exception {
        ExecutorService forbidden = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, FORBIDDEN));
        try (SqliteStore store = SqliteStore.open(dir.resolve("margin.db"))
                .refuseCallsFrom("the test's window thread", () -> Thread.currentThread().getName().equals(FORBIDDEN))) {
            CompletableFuture<Integer> counted = CompletableFuture.supplyAsync(() -> store.articles().count(), forbidden);
            assertThatThrownBy(counted::get).isInstanceOf(ExecutionException.class).cause()
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("the test's window thread")
                    .hasMessageContaining(FORBIDDEN)
                    .hasMessageContaining("margin.db")
                    .hasMessageContaining("background task");

            CompletableFuture<Object> written = CompletableFuture.supplyAsync(() -> store.inTransaction(() ->
                    store.articles().insert(new ArticleDraft("Rail", null, null, null, null, null, StoreFixtures.RAIL_TEXT, null),
                            StoreFixtures.T0)), forbidden);
            assertThatThrownBy(written::get).cause().isInstanceOf(IllegalStateException.class);

            assertThat(store.articles().count()).as("any other thread still works, and nothing was written").isZero();
        } finally {
            forbidden.shutdownNow();
        }
    }

    @Test
    void withoutAGuardEveryThreadMayCall() throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, FORBIDDEN));
        try (SqliteStore store = SqliteStore.open(dir.resolve("margin.db"))) {
            assertThat(CompletableFuture.supplyAsync(() -> store.articles().count(), other).get()).isZero();
        } finally {
            other.shutdownNow();
        }
    }
}
