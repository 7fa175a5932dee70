package dev.margin.store.contract;

import dev.margin.store.sqlite.ReviewFixtures;
import dev.margin.store.sqlite.StoreFixtures;
import dev.margin.store.Store;
import dev.margin.domain.AnchorState;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.QuoteType;
import dev.margin.domain.read.ActorLink;
import dev.margin.domain.read.ActorPage;
import dev.margin.domain.read.ActorSummary;
import dev.margin.domain.read.AnnotationFilter;
import dev.margin.domain.read.ReviewRow;
import dev.margin.domain.read.ReviewStats;
import dev.margin.domain.read.SavedFilter;
import dev.margin.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Actor summaries and pages, claims by status, statistics and saved filters on a real library file. */
/**
 * The contract of the review queries (ReviewStatsActorsAndSavedFilters), run against every store implementation: each subclass says
 * how to open a library and inherits every test.
 */
public abstract class ReviewStatsActorsAndSavedFiltersContract {
    /** Opens the library kept at {@code file} (the same file opens the same library again). */
    protected abstract Store openStore(Path file);

    /** Writes {@code json} as every saved filter's stored JSON, behind the store's back (the library is closed). */
    protected abstract void writeSavedFilterJson(Path file, String json) throws Exception;

    @TempDir
    Path dir;
    private Store store;
    private ReviewFixtures lib;

    @BeforeEach
    void open() {
        store = openStore(dir.resolve("margin.db"));
        lib = new ReviewFixtures(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void actorsAreListedByNameWithTheirCounts() {
        assertThat(store.review().actorSummaries()).containsExactly(
                new ActorSummary(lib.okafor.id(), "Adaeze Okafor", lib.okafor.type(), List.of("Okafor"), 4, 1, 2),
                new ActorSummary(lib.finance.id(), "Federal Ministry of Finance", lib.finance.type(), List.of(), 0, 1, 0),
                new ActorSummary(lib.mensah.id(), "Kofi Mensah", lib.mensah.type(), List.of(), 1, 1, 1));
    }

    @Test
    void anActorPageHoldsRolesQuotesAndClaimsInArticleDateOrder() {
        ActorPage page = store.review().actorPage(lib.okafor.id()).orElseThrow();

        assertThat(page.actor().name()).isEqualTo("Adaeze Okafor");
        assertThat(page.roles()).containsExactly(
                new ActorPage.RoleEntry("transport minister", LocalDate.of(2026, 3, 3), lib.rail.id(), "Rail plan faces first test in parliament"),
                new ActorPage.RoleEntry("trade envoy", LocalDate.of(2026, 4, 15), lib.tariffs.id(), "U.S. tariffs weigh on cocoa exports"));
        assertThat(page.quotes()).extracting(ReviewRow::annotationId).containsExactly(lib.budgetQuote.id(), lib.trainsQuote.id(),
                lib.passengersIndirect.id(), lib.farmersPartial.id());
        assertThat(page.claims()).extracting(ReviewRow::annotationId).containsExactly(lib.trillionClaim.id(), lib.exportsClaim.id());
        assertThat(page.mentions()).isEqualTo(1);
        assertThat(store.review().actorPage(9999)).isEmpty();
    }

    @Test
    void claimsAreCountedPerStatusWithinAFilter() {
        assertThat(store.review().claimCounts(AnnotationFilter.none())).containsEntry(ClaimStatus.UNVERIFIED, 1)
                .containsEntry(ClaimStatus.SUPPORTED, 1).containsEntry(ClaimStatus.REFUTED, 1).containsEntry(ClaimStatus.DISPUTED, 1)
                .containsEntry(ClaimStatus.MISLEADING, 0).containsEntry(ClaimStatus.UNVERIFIABLE, 0);
        assertThat(store.review().claimCounts(AnnotationFilter.none().withActor(lib.okafor.id(), Set.of(ActorLink.CLAIMANT))))
                .containsEntry(ClaimStatus.UNVERIFIED, 1).containsEntry(ClaimStatus.REFUTED, 1).containsEntry(ClaimStatus.DISPUTED, 0);
    }

    @Test
    void statisticsOfTheWholeLibrary() {
        ReviewStats stats = store.review().stats(AnnotationFilter.none(), 10);

        assertThat(stats.total()).isEqualTo(15);
        assertThat(stats.perKind()).containsEntry(AnnotationKind.QUOTE, 5).containsEntry(AnnotationKind.CLAIM, 4)
                .containsEntry(AnnotationKind.ACTOR, 3).containsEntry(AnnotationKind.HIGHLIGHT, 3);
        assertThat(stats.quoteTypes()).containsEntry(QuoteType.DIRECT, 3).containsEntry(QuoteType.INDIRECT, 1).containsEntry(QuoteType.PARTIAL, 1);
        assertThat(stats.claimsByStatus()).containsEntry(ClaimStatus.REFUTED, 1).containsEntry(ClaimStatus.MISLEADING, 0);
        assertThat(stats.topSpeakers()).containsExactly(new ReviewStats.NamedCount(lib.okafor.id(), "Adaeze Okafor", 4),
                new ReviewStats.NamedCount(lib.mensah.id(), "Kofi Mensah", 1));
        assertThat(stats.perOutlet()).containsExactly(new ReviewStats.NamedCount(null, "Margin Wire", 10),
                new ReviewStats.NamedCount(null, "Harbour Post", 3), new ReviewStats.NamedCount(null, "Community Bulletin", 2));
        assertThat(stats.perMonth()).containsExactly(new ReviewStats.MonthCount(YearMonth.of(2026, 3), 10),
                new ReviewStats.MonthCount(YearMonth.of(2026, 4), 3));
        assertThat(stats.undated()).isEqualTo(2);
        assertThat(store.review().stats(AnnotationFilter.none(), 1).topSpeakers()).hasSize(1);
    }

    @Test
    void statisticsOfAFilter() {
        ReviewStats stats = store.review().stats(AnnotationFilter.none().withText("5%"), 10);

        assertThat(stats.total()).isEqualTo(2);
        assertThat(stats.perKind()).containsEntry(AnnotationKind.QUOTE, 1).containsEntry(AnnotationKind.CLAIM, 1).containsEntry(AnnotationKind.ACTOR, 0);
        assertThat(stats.quoteTypes()).containsEntry(QuoteType.PARTIAL, 1).containsEntry(QuoteType.DIRECT, 0);
        assertThat(stats.topSpeakers()).containsExactly(new ReviewStats.NamedCount(lib.okafor.id(), "Adaeze Okafor", 1));
        assertThat(stats.perOutlet()).containsExactly(new ReviewStats.NamedCount(null, "Harbour Post", 2));
        assertThat(stats.perMonth()).containsExactly(new ReviewStats.MonthCount(YearMonth.of(2026, 4), 2));
        assertThat(store.review().stats(AnnotationFilter.none().withText("nothing matches this"), 10).total()).isZero();
    }

    @Test
    void outletsAreListedOnce() {
        assertThat(store.review().outlets()).containsExactly("Community Bulletin", "Harbour Post", "Margin Wire");
    }

    @Test
    void aSavedFilterComesBackWithEveryField() {
        AnnotationFilter filter = AnnotationFilter.none().withText("\"trains will\" budget*").withKinds(Set.of(AnnotationKind.QUOTE, AnnotationKind.CLAIM))
                .withActor(lib.okafor.id(), Set.of(ActorLink.SPEAKER)).withTags(Set.of("rail", "budget"))
                .withStatuses(Set.of(ClaimStatus.REFUTED)).withOutlets(Set.of("Margin Wire")).withArticle(lib.rail.id())
                .withDates(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)).withAnchorStates(Set.of(AnchorState.MOVED));
        SavedFilter saved = store.review().saveFilter("  Okafor on rail  ", filter, StoreFixtures.T0);

        assertThat(saved.name()).isEqualTo("Okafor on rail");
        assertThat(store.review().savedFilter("okafor ON RAIL")).contains(saved);
        assertThat(store.review().savedFilters()).containsExactly(saved);
    }

    @Test
    void savingUnderAnExistingNameReplacesItAndDeletingRemovesIt() {
        SavedFilter first = store.review().saveFilter("Claims", AnnotationFilter.none().withKinds(Set.of(AnnotationKind.CLAIM)), StoreFixtures.T0);
        store.review().saveFilter("Antiques", AnnotationFilter.none(), StoreFixtures.T0);
        SavedFilter replaced = store.review().saveFilter("claims", AnnotationFilter.none().withStatuses(Set.of(ClaimStatus.REFUTED)),
                StoreFixtures.T0.plusSeconds(5));

        assertThat(replaced.id()).isEqualTo(first.id());
        assertThat(store.review().savedFilters()).extracting(SavedFilter::name).containsExactly("Antiques", "claims");
        assertThat(store.review().savedFilter("Claims").orElseThrow().filter().statuses()).containsExactly(ClaimStatus.REFUTED);

        store.review().deleteSavedFilter(replaced.id());
        assertThat(store.review().savedFilters()).extracting(SavedFilter::name).containsExactly("Antiques");
        store.review().deleteSavedFilter(replaced.id());
    }

    @Test
    void aBlankNameIsRefused() {
        assertThatThrownBy(() -> store.review().saveFilter("  ", AnnotationFilter.none(), StoreFixtures.T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        assertThat(store.review().savedFilters()).isEmpty();
    }

    @Test
    void aSavedFilterThatCannotBeReadIsNamedInTheMessage() throws Exception {
        store.review().saveFilter("Broken", AnnotationFilter.none(), StoreFixtures.T0);
        store.close();
        writeSavedFilterJson(dir.resolve("margin.db"), "{\"version\":1,\"kinds\":[\"SPEECH\"]}");
        store = openStore(dir.resolve("margin.db"));

        assertThatThrownBy(() -> store.review().savedFilters()).isInstanceOf(StoreException.class)
                .hasMessageContaining("\"Broken\"").hasMessageContaining("SPEECH").hasMessageContaining(store.file().toString());
    }
}
