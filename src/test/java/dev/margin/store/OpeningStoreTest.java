package dev.margin.store;

import dev.margin.store.sqlite.SqliteStore;
import dev.margin.store.sqlite.StoreFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A library still being opened: calls wait for it, a failed opening is every call's failure. */
class OpeningStoreTest {
    @TempDir
    Path dir;

    @Test
    void aCallMadeWhileTheLibraryOpensWaitsForItAndReachesIt() throws Exception {
        Path file = dir.resolve("margin.db");
        CompletableFuture<Store> opening = new CompletableFuture<>();
        OpeningStore store = new OpeningStore(file, opening);
        CompletableFuture<Integer> count = CompletableFuture.supplyAsync(() -> store.articles().count());

        assertThat(store.file()).isEqualTo(file);
        assertThat(count).isNotDone();
        SqliteStore opened = SqliteStore.open(file);
        opened.articles().insert(StoreFixtures.railDraft(), Instant.parse("2026-03-03T10:00:00Z"));
        opening.complete(opened);

        assertThat(count.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        store.close();
        assertThatThrownBy(() -> opened.articles().count()).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aFailedOpeningIsTheFailureOfEveryCallAndLeavesNothingToClose() {
        CompletableFuture<Store> opening = new CompletableFuture<>();
        opening.completeExceptionally(new StoreException("margin.db is not a Margin library"));
        OpeningStore store = new OpeningStore(dir.resolve("margin.db"), opening);

        assertThatThrownBy(() -> store.actors().list()).isInstanceOf(StoreException.class)
                .hasMessage("margin.db is not a Margin library");
        assertThatThrownBy(() -> store.inTransaction(() -> 1)).hasMessage("margin.db is not a Margin library");
        store.close();
    }

    @Test
    void aCheckedFailureIsReportedWithTheLibraryFile() {
        CompletableFuture<Store> opening = new CompletableFuture<>();
        opening.completeExceptionally(new IOException("disk unplugged"));
        Path file = dir.resolve("margin.db");
        OpeningStore store = new OpeningStore(file, opening);

        assertThatThrownBy(() -> store.articles().count()).isInstanceOf(StoreException.class)
                .hasMessage("The library " + file + " could not be opened: disk unplugged");
    }
}
