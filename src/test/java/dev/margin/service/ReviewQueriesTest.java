package dev.margin.service;

import dev.margin.domain.ClaimStatus;
import dev.margin.domain.read.ActorSummary;
import dev.margin.domain.read.AnnotationFilter;
import dev.margin.domain.read.ReviewOrder;
import dev.margin.domain.read.ReviewRow;
import dev.margin.domain.read.SavedFilter;
import dev.margin.domain.read.SearchHit;
import dev.margin.store.sqlite.ReviewFixtures;
import dev.margin.store.sqlite.SqliteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The review window's and the read commands' queries over a real library file, through {@link LibraryServices}. */
class ReviewQueriesTest {
    private static final Instant NOW = Instant.parse("2026-05-02T08:00:00Z");

    @TempDir
    Path dir;
    private LibraryServices library;
    private ReviewQueries queries;
    private ReviewFixtures lib;

    @BeforeEach
    void open() {
        SqliteStore store = SqliteStore.open(dir.resolve("margin.db"));
        lib = new ReviewFixtures(store);
        library = LibraryServices.over(store, Clock.fixed(NOW, ZoneOffset.UTC));
        queries = library.queries();
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void searchReadsWhatTheUserTypedAndFindsNothingForNothing() {
        assertThat(queries.search("budget", 10)).extracting(SearchHit::annotationId).contains(lib.budgetQuote.id());
        assertThat(queries.search("cocoa expo*", 10)).extracting(SearchHit::annotationId).contains(lib.exportsClaim.id());
        assertThat(queries.search("  \"  ", 10)).isEmpty();
        assertThat(queries.search("zeppelin", 10)).isEmpty();
    }

    @Test
    void filteredRowsArePagedAndCounted() {
        AnnotationFilter claims = AnnotationFilter.none().withKinds(List.of(dev.margin.domain.AnnotationKind.CLAIM));
        assertThat(queries.count(claims)).isEqualTo(4);
        List<ReviewRow> first = queries.rows(claims, ReviewOrder.byDefault(), 0, 3);
        List<ReviewRow> rest = queries.rows(claims, ReviewOrder.byDefault(), 3, 3);
        assertThat(first).hasSize(3);
        assertThat(rest).hasSize(1);
        assertThat(first).extracting(ReviewRow::annotationId).doesNotContainAnyElementsOf(rest.stream().map(ReviewRow::annotationId).toList());
        assertThat(queries.claimCounts(AnnotationFilter.none())).containsEntry(ClaimStatus.REFUTED, 1).containsEntry(ClaimStatus.MISLEADING, 0);
        assertThat(queries.stats(AnnotationFilter.none(), 10).total()).isEqualTo(lib.all.size());
    }

    @Test
    void actorsHaveSummariesAndPages() {
        assertThat(queries.actorSummaries()).extracting(ActorSummary::name)
                .containsExactly("Adaeze Okafor", "Federal Ministry of Finance", "Kofi Mensah");
        ActorSummary okafor = queries.actorSummary(lib.okafor.id()).orElseThrow();
        assertThat(okafor.quotes()).isEqualTo(4);
        assertThat(queries.actorPage(lib.okafor.id()).orElseThrow().claims()).hasSize(2);
        assertThat(queries.actorSummary(999)).isEmpty();
        assertThat(queries.actorPage(999)).isEmpty();
    }

    @Test
    void theFilterChoicesComeTogether() {
        ReviewQueries.FilterChoices choices = queries.filterChoices();
        assertThat(choices.actors()).hasSize(3);
        assertThat(choices.tags()).containsExactly("budget", "rail", "trade");
        assertThat(choices.outlets()).contains("Harbour Post", "Community Bulletin");
        assertThat(choices.articles()).hasSize(4).isEqualTo(queries.articles());
    }

    @Test
    void anArticleComesWithItsAnnotationsAndTheActorsTheyName() {
        ReviewQueries.AnnotatedArticle rail = queries.annotatedArticle(lib.rail.id()).orElseThrow();
        assertThat(rail.article().title()).isEqualTo(lib.rail.title());
        assertThat(rail.annotations()).hasSize(7);
        assertThat(rail.actors()).containsOnlyKeys(lib.okafor.id(), lib.finance.id());
        assertThat(rail.actors().get(lib.okafor.id()).name()).isEqualTo("Adaeze Okafor");
        assertThat(queries.annotatedArticle(999)).isEmpty();
    }

    @Test
    void filtersAreSavedStampedReplacedByNameAndDeleted() {
        AnnotationFilter refuted = AnnotationFilter.none().withStatuses(Set.of(ClaimStatus.REFUTED));
        SavedFilter saved = queries.saveFilter(" Refuted ", refuted);
        assertThat(saved.name()).isEqualTo("Refuted");
        assertThat(saved.saved()).isEqualTo(NOW);
        queries.saveFilter("Refuted", refuted.withText("cocoa"));
        assertThat(queries.savedFilters()).hasSize(1);
        assertThat(queries.savedFilter("Refuted").orElseThrow().filter().text()).isEqualTo("cocoa");

        queries.deleteSavedFilter(queries.savedFilter("Refuted").orElseThrow().id());
        assertThat(queries.savedFilters()).isEmpty();
    }
}
