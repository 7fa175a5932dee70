package dev.margin.reliability;

import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.store.sqlite.StoreFixtures;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Libraries for the reliability tests, and what is checked in them afterwards. */
final class Libraries {
    private Libraries() {
    }

    /** A library with one article and {@code annotations} highlights on it; returns the article. */
    static Article create(Path file, int annotations) {
        try (SqliteStore store = SqliteStore.open(file)) {
            Article rail = store.articles().insert(StoreFixtures.railDraft(), StoreFixtures.T0);
            for (int i = 0; i < annotations; i++) {
                store.annotations().insert(StoreFixtures.highlight(rail.id(), "Abuja").withNote("first " + i, StoreFixtures.T0));
            }
            return rail;
        }
    }

    /** Every annotation id in the library, after checking that SQLite finds the whole file sound. */
    static Set<UUID> soundAnnotationIds(Path file) {
        try (SqliteStore store = SqliteStore.open(file)) {
            assertThat(store.integrityCheck()).as("integrity_check of %s", file).isEqualTo("ok");
            Set<UUID> ids = new HashSet<>();
            for (Article article : store.articles().listSummaries().stream().map(s -> store.articles().find(s.id()).orElseThrow()).toList()) {
                ids.addAll(store.annotations().forArticle(article.id()).stream().map(Annotation::id).collect(Collectors.toSet()));
            }
            assertThat(ids).hasSize(store.annotations().count());
            return ids;
        }
    }
}
