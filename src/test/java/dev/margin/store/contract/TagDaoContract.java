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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract of the store's TagDao part, run against every store implementation: each subclass says how to
 * open a library (a SQLite file, a PostgreSQL database) and inherits every test.
 */
public abstract class TagDaoContract {
    /** Opens the library kept at {@code file} (the same file opens the same library again). */
    protected abstract Store openStore(Path file);

    @TempDir
    Path dir;
    private Store store;
    private Annotation both;
    private Annotation onlyRail;
    private Annotation onlyTransport;

    @BeforeEach
    void open() {
        store = openStore(dir.resolve("margin.db"));
        Article rail = store.articles().insert(StoreFixtures.railDraft(), StoreFixtures.T0);
        both = StoreFixtures.highlight(rail.id(), "Abuja").withTags(List.of("transport", "rail"), StoreFixtures.T0);
        onlyRail = StoreFixtures.highlight(rail.id(), "Lagos").withTags(List.of("rail"), StoreFixtures.T0);
        onlyTransport = StoreFixtures.highlight(rail.id(), "Ibadan").withTags(List.of("transport", "nigeria"), StoreFixtures.T0);
        store.annotations().insertAll(List.of(both, onlyRail, onlyTransport));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void countsEveryTagInUseByName() {
        assertThat(store.tags().counts()).containsExactly(
                java.util.Map.entry("nigeria", 1), java.util.Map.entry("rail", 2), java.util.Map.entry("transport", 2));
    }

    @Test
    void renameToANewNameKeepsEveryLink() {
        store.tags().rename("rail", "railways");
        assertThat(store.tags().counts()).containsEntry("railways", 2).doesNotContainKey("rail");
        assertThat(store.annotations().find(both.id()).orElseThrow().tags()).containsExactly("transport", "railways");
    }

    @Test
    void renameToAnExistingTagMergesThem() {
        store.tags().rename("rail", "transport");
        assertThat(store.tags().counts()).containsOnlyKeys("transport", "nigeria").containsEntry("transport", 3);
        assertThat(store.annotations().find(both.id()).orElseThrow().tags()).containsExactly("transport");
        assertThat(store.annotations().find(onlyRail.id()).orElseThrow().tags()).containsExactly("transport");
    }

    @Test
    void renamingAnUnknownTagOrToABlankNameFails() {
        assertThatThrownBy(() -> store.tags().rename("sanctions", "trade")).isInstanceOf(StoreException.class)
                .hasMessageContaining("sanctions");
        assertThatThrownBy(() -> store.tags().rename("rail", "  ")).isInstanceOf(StoreException.class);
        assertThat(store.tags().counts()).containsEntry("rail", 2);
    }
}
