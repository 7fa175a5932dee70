package dev.margin.store.contract;

import dev.margin.store.sqlite.StoreFixtures;
import dev.margin.store.Store;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Article;
import dev.margin.store.RejectedSuggestion;
import dev.margin.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The contract of the store's RejectedSuggestionDao part, run against every store implementation: each subclass says how to
 * open a library (a SQLite file, a PostgreSQL database) and inherits every test.
 */
public abstract class RejectedSuggestionDaoContract {
    /** Opens the library kept at {@code file} (the same file opens the same library again). */
    protected abstract Store openStore(Path file);

    private static final Instant AT = Instant.parse("2026-03-05T10:00:00Z");

    @TempDir
    Path dir;

    private static RejectedSuggestion rejection(Article article, String id, AnnotationKind kind, String words) {
        int start = article.text().indexOf(words);
        return new RejectedSuggestion(article.id(), article.revision(), id, kind, start, start + words.length(), words, AT);
    }

    @Test
    void aRejectionIsKeptAcrossReopeningAndRejectingTwiceChangesNothing() {
        Path file = dir.resolve("margin.db");
        long articleId;
        try (Store store = openStore(file)) {
            Article rail = store.articles().insert(StoreFixtures.railDraft(), StoreFixtures.T0);
            articleId = rail.id();
            store.rejectedSuggestions().reject(rejection(rail, "Q0123456789abcdef", AnnotationKind.QUOTE, "The trains will run."));
            store.rejectedSuggestions().reject(rejection(rail, "Q0123456789abcdef", AnnotationKind.QUOTE, "The trains will run."));
            store.rejectedSuggestions().reject(rejection(rail, "A00000000000000aa", AnnotationKind.ACTOR, "Okafor"));
        }
        try (Store store = openStore(file)) {
            assertThat(store.rejectedSuggestions().forArticle(articleId))
                    .extracting(RejectedSuggestion::suggestionId, RejectedSuggestion::kind, RejectedSuggestion::exact, RejectedSuggestion::rejectedAt)
                    .containsExactly(
                            tuple("A00000000000000aa", AnnotationKind.ACTOR, "Okafor", AT),
                            tuple("Q0123456789abcdef", AnnotationKind.QUOTE, "The trains will run.", AT));
        }
    }

    @Test
    void unrejectForgetsOnlyThatRejection() {
        try (Store store = openStore(dir.resolve("margin.db"))) {
            Article rail = store.articles().insert(StoreFixtures.railDraft(), StoreFixtures.T0);
            Article port = store.articles().insert(StoreFixtures.portDraft(), StoreFixtures.T0);
            store.rejectedSuggestions().reject(rejection(rail, "A1", AnnotationKind.ACTOR, "Okafor"));
            store.rejectedSuggestions().reject(rejection(port, "A1", AnnotationKind.ACTOR, "Kofi Mensah"));

            assertThat(store.rejectedSuggestions().unreject(rail.id(), rail.revision(), "A1")).isTrue();
            assertThat(store.rejectedSuggestions().unreject(rail.id(), rail.revision(), "A1")).isFalse();
            assertThat(store.rejectedSuggestions().forArticle(rail.id())).isEmpty();
            assertThat(store.rejectedSuggestions().forArticle(port.id())).extracting(RejectedSuggestion::exact).containsExactly("Kofi Mensah");
        }
    }

    @Test
    void deletingTheArticleDeletesItsRejections() {
        try (Store store = openStore(dir.resolve("margin.db"))) {
            Article rail = store.articles().insert(StoreFixtures.railDraft(), StoreFixtures.T0);
            store.rejectedSuggestions().reject(rejection(rail, "C1", AnnotationKind.CLAIM, "The trains will run"));
            store.articles().delete(rail.id());
            assertThat(store.rejectedSuggestions().forArticle(rail.id())).isEmpty();
        }
    }

    @Test
    void aRejectionForAMissingArticleIsRefusedWithAMessage() {
        try (Store store = openStore(dir.resolve("margin.db"))) {
            RejectedSuggestion orphan = new RejectedSuggestion(999, 1, "Q1", AnnotationKind.QUOTE, 0, 3, "abc", AT);
            assertThatThrownBy(() -> store.rejectedSuggestions().reject(orphan)).isInstanceOf(StoreException.class);
            assertThat(store.rejectedSuggestions().forArticle(999)).isEmpty();
        }
    }

    @Test
    void highlightsAndBadSpansCannotBeRejected() {
        assertThatThrownBy(() -> new RejectedSuggestion(1, 1, "H1", AnnotationKind.HIGHLIGHT, 0, 3, "abc", AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RejectedSuggestion(1, 1, "Q1", AnnotationKind.QUOTE, 0, 4, "abc", AT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
