package dev.margin.ui.review;

import dev.margin.domain.Anchor;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.EvidenceStance;
import dev.margin.service.ActorService;
import dev.margin.service.AnnotationService;
import dev.margin.service.ClaimService;
import dev.margin.service.ReviewQueries;
import dev.margin.domain.read.ActorSummary;
import dev.margin.domain.read.AnnotationFilter;
import dev.margin.domain.read.ReviewColumn;
import dev.margin.domain.read.ReviewOrder;
import dev.margin.domain.read.ReviewRow;
import dev.margin.domain.read.ReviewStats;
import dev.margin.domain.read.SavedFilter;
import dev.margin.store.sqlite.ReviewFixtures;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.store.sqlite.StoreFixtures;
import dev.margin.ui.actors.ActorsViewModel;
import dev.margin.ui.claims.ClaimsViewModel;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.StatusViewModel;
import dev.margin.ui.common.SynchronousTaskRunner;
import dev.margin.ui.stats.StatsViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The review view-models over a real library, without the JavaFX toolkit: every task runs at once on the test thread. */
class ReviewViewModelsTest {
    @TempDir
    Path dir;
    private SqliteStore store;
    private ReviewFixtures lib;
    private ReviewContext context;
    private final List<String> opened = new ArrayList<>();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("margin.db"));
        lib = new ReviewFixtures(store);
        Clock clock = Clock.fixed(Instant.parse("2026-05-02T08:00:00Z"), ZoneOffset.UTC);
        AnnotationService annotations = new AnnotationService(store, clock);
        ArticleOpener opener = new ArticleOpener() {
            @Override
            public void openAndReveal(long articleId, UUID annotationId) {
                opened.add("open " + articleId + " " + annotationId);
            }

            @Override
            public void articleChanged(long articleId) {
                opened.add("changed " + articleId);
            }

            @Override
            public void actorsChanged() {
                opened.add("actors changed");
            }
        };
        context = new ReviewContext(new ReviewQueries(store, clock), new ActorService(store, clock), new ClaimService(store, annotations),
                new SynchronousTaskRunner(), messages, new StatusViewModel(messages), opener);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void typingSearchesAndTheEmptyStateSaysWhatMatchedNothing() {
        AnnotationBrowserViewModel browser = new AnnotationBrowserViewModel(context);
        browser.refresh();
        assertThat(browser.rows()).hasSize(lib.all.size());
        assertThat(browser.countTextProperty().get()).isEqualTo("15 annotations");

        browser.searchTextProperty().set("budget");
        assertThat(browser.rows()).extracting(ReviewRow::annotationId).containsExactly(lib.budgetQuote.id());
        assertThat(browser.countProperty().get()).isEqualTo(1);
        assertThat(browser.countTextProperty().get()).isEqualTo("1 annotation");

        browser.searchTextProperty().set("sanctions budget");
        assertThat(browser.rows()).isEmpty();
        assertThat(browser.messageProperty().get()).isEqualTo("No annotations match “sanctions budget” with these filters.");
    }

    @Test
    void filtersCombineAndClearing() {
        AnnotationBrowserViewModel browser = new AnnotationBrowserViewModel(context);
        browser.kinds().add(AnnotationKind.CLAIM);
        browser.statuses().setAll(ClaimStatus.REFUTED, ClaimStatus.DISPUTED);
        assertThat(browser.rows()).extracting(ReviewRow::annotationId).containsExactlyInAnyOrder(lib.exportsClaim.id(), lib.ferryClaim.id());

        browser.outlets().setAll("Harbour Post");
        assertThat(browser.rows()).extracting(ReviewRow::annotationId).containsExactly(lib.exportsClaim.id());
        browser.outlets().setAll("Margin Wire");
        assertThat(browser.messageProperty().get()).isEqualTo("No annotations match these filters. Clear a filter to see more.");

        browser.clearFilter();
        assertThat(browser.rows()).hasSize(lib.all.size());
        assertThat(browser.filter().isEmpty()).isTrue();
    }

    @Test
    void aDateRangeEnteredBackwardsIsReadForwards() {
        AnnotationBrowserViewModel browser = new AnnotationBrowserViewModel(context);
        browser.fromProperty().set(LocalDate.of(2026, 4, 30));
        browser.toProperty().set(LocalDate.of(2026, 4, 1));
        assertThat(browser.rows()).hasSize(3);
    }

    @Test
    void rowsArePagedInAndTheSortComesFromTheStore() {
        List<Annotation> more = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            more.add(Annotation.highlight(lib.port.id(), 1, Anchor.of(lib.port.text(), i % 60, i % 60 + 8), StoreFixtures.T0.plusSeconds(i)));
        }
        store.annotations().insertAll(more);
        AnnotationBrowserViewModel browser = new AnnotationBrowserViewModel(context);
        browser.orderProperty().set(ReviewOrder.ascending(ReviewColumn.ARTICLE_DATE));
        int total = lib.all.size() + more.size();
        assertThat(browser.rows()).hasSize(Math.min(total, AnnotationBrowserViewModel.PAGE));
        assertThat(browser.countProperty().get()).isEqualTo(total);
        assertThat(browser.rows().get(0).articleDate()).isEqualTo(LocalDate.of(2026, 3, 3));
        while (!browser.endReached()) {
            browser.loadMore();
        }
        assertThat(browser.rows()).hasSize(total);
        assertThat(browser.rows().get(total - 1).articleDate()).isNull();
    }

    @Test
    void aFilterIsSavedAndOpenedWithItsActor() {
        AnnotationBrowserViewModel browser = new AnnotationBrowserViewModel(context);
        SavedFiltersViewModel savedFilters = new SavedFiltersViewModel(context, browser);
        browser.loadChoices();
        ActorSummary okafor = browser.actorChoices().stream().filter(a -> a.id() == lib.okafor.id()).findFirst().orElseThrow();
        browser.actorProperty().set(okafor);
        browser.kinds().add(AnnotationKind.QUOTE);
        browser.searchTextProperty().set("trains");
        List<SavedFilter> saved = new ArrayList<>();
        savedFilters.save("Okafor on trains", saved::add);
        browser.clearFilter();
        assertThat(browser.rows()).hasSize(lib.all.size());

        savedFilters.open(savedFilters.savedFilters().get(0));

        assertThat(saved).hasSize(1);
        assertThat(browser.actorProperty().get()).isEqualTo(okafor);
        assertThat(browser.searchTextProperty().get()).isEqualTo("trains");
        assertThat(browser.rows()).extracting(ReviewRow::annotationId).containsExactly(lib.trainsQuote.id());
        savedFilters.delete(savedFilters.savedFilters().get(0));
        assertThat(savedFilters.savedFilters()).isEmpty();
    }

    @Test
    void openingARowAsksTheMainWindowToRevealIt() {
        AnnotationBrowserViewModel browser = new AnnotationBrowserViewModel(context);
        browser.searchTextProperty().set("terminal");
        browser.open(browser.rows().get(0));
        assertThat(opened).containsExactly("open " + lib.port.id() + " " + lib.terminalQuote.id());
    }

    @Test
    void actorsAreMergedWithAPreviewAndTheKeptOneShown() {
        ActorsViewModel actors = new ActorsViewModel(context);
        actors.reload();
        ActorSummary okafor = actors.actors().stream().filter(a -> a.id() == lib.okafor.id()).findFirst().orElseThrow();
        ActorSummary mensah = actors.actors().stream().filter(a -> a.id() == lib.mensah.id()).findFirst().orElseThrow();
        assertThat(actors.mergePreview(okafor, mensah))
                .isEqualTo("“Adaeze Okafor” stays, with “Kofi Mensah” as an alias: 5 quotes, 2 mentions and 3 claims in all. “Kofi Mensah” is removed; a merge cannot be undone.");

        actors.merge(okafor, mensah);

        assertThat(actors.actors()).extracting(ActorSummary::name).containsExactly("Adaeze Okafor", "Federal Ministry of Finance");
        assertThat(actors.selectedProperty().get().quotes()).isEqualTo(5);
        assertThat(actors.pageProperty().get().actor().aliases()).contains("Kofi Mensah");
        assertThat(actors.pageProperty().get().claims()).hasSize(3);
        assertThat(opened).containsExactly("actors changed");
    }

    @Test
    void renamingAndAliasesGoThroughTheService() {
        ActorsViewModel actors = new ActorsViewModel(context);
        actors.reload();
        actors.select(lib.mensah.id());
        actors.rename("Kofi A. Mensah");
        actors.setAliases("Mensah, harbour master, ");
        assertThat(actors.pageProperty().get().actor().name()).isEqualTo("Kofi A. Mensah");
        assertThat(actors.pageProperty().get().actor().aliases()).containsExactly("Mensah", "harbour master");
        actors.filterTextProperty().set("harbour");
        assertThat(actors.visibleActors()).extracting(ActorSummary::id).containsExactly(lib.mensah.id());
    }

    @Test
    void renamesAndAliasesAreUndoneAndRedoneWithTheNameAndAliasesTogether() {
        ActorsViewModel actors = new ActorsViewModel(context);
        actors.reload();
        actors.select(lib.mensah.id());
        String name = actors.pageProperty().get().actor().name();
        List<String> aliases = actors.pageProperty().get().actor().aliases();
        actors.setAliases("Mensah, harbour master");
        actors.rename("harbour master");

        context.history().undo();
        assertThat(actors.pageProperty().get().actor().name()).isEqualTo(name);
        assertThat(actors.pageProperty().get().actor().aliases()).as("the alias the rename dropped is back").containsExactly("Mensah", "harbour master");
        assertThat(context.status().textProperty().get()).isEqualTo("Undone: actor renamed to “harbour master”");
        context.history().undo();
        assertThat(store.actors().find(lib.mensah.id()).orElseThrow().aliases()).isEqualTo(aliases);

        context.history().redo();
        context.history().redo();
        assertThat(store.actors().find(lib.mensah.id()).orElseThrow().name()).isEqualTo("harbour master");
        assertThat(opened).contains("actors changed");
    }

    @Test
    void aStatusChangeAndAddedEvidenceAreUndoneWithoutTouchingAnEditMadeMeanwhile() {
        ClaimsViewModel claims = new ClaimsViewModel(context);
        claims.reload();
        claims.selectedRowProperty().set(claims.claims().rows().get(0));
        claims.changeStatus(ClaimStatus.MISLEADING);
        claims.addEvidence(" https://budget.example/2026 ", "", EvidenceStance.REFUTES, "Rail gets ₦0.4 trillion.");
        assertThat(context.status().textProperty().get()).startsWith("Saved: evidence for claim “");
        // Meanwhile the reader gives the claim a tag.
        Annotation tagged = store.annotations().find(lib.trillionClaim.id()).orElseThrow();
        store.annotations().update(tagged.withTags(List.of("budget"), tagged.modified()));

        context.history().undo();
        Annotation stored = store.annotations().find(lib.trillionClaim.id()).orElseThrow();
        assertThat(stored.claim().evidence()).isEmpty();
        assertThat(stored.claim().status()).isEqualTo(ClaimStatus.MISLEADING);
        context.history().undo();
        stored = store.annotations().find(lib.trillionClaim.id()).orElseThrow();
        assertThat(stored.claim().status()).isEqualTo(ClaimStatus.UNVERIFIED);
        assertThat(stored.tags()).containsExactly("budget");
        assertThat(claims.claimProperty().get().claim().status()).isEqualTo(ClaimStatus.UNVERIFIED);
        assertThat(claims.groups()).contains(new ClaimsViewModel.StatusGroup(ClaimStatus.UNVERIFIED, 1));

        context.history().redo();
        context.history().redo();
        stored = store.annotations().find(lib.trillionClaim.id()).orElseThrow();
        assertThat(stored.claim().status()).isEqualTo(ClaimStatus.MISLEADING);
        assertThat(stored.claim().evidence()).extracting(evidence -> evidence.url()).containsExactly("https://budget.example/2026");
    }

    @Test
    void claimsAreGroupedByStatusAndMoveWhenTheirStatusChanges() {
        ClaimsViewModel claims = new ClaimsViewModel(context);
        claims.reload();
        assertThat(claims.groups()).contains(new ClaimsViewModel.StatusGroup(ClaimStatus.UNVERIFIED, 1));
        assertThat(claims.claims().rows()).extracting(ReviewRow::annotationId).containsExactly(lib.trillionClaim.id());

        claims.selectedRowProperty().set(claims.claims().rows().get(0));
        claims.addEvidence("https://budget.example/2026", "", EvidenceStance.REFUTES, "The budget has ₦0.4 trillion for rail.");
        claims.changeStatus(ClaimStatus.MISLEADING);

        assertThat(claims.claimProperty().get().claim().status()).isEqualTo(ClaimStatus.MISLEADING);
        assertThat(claims.claimProperty().get().claim().evidence()).hasSize(1);
        assertThat(claims.groups()).contains(new ClaimsViewModel.StatusGroup(ClaimStatus.UNVERIFIED, 0),
                new ClaimsViewModel.StatusGroup(ClaimStatus.MISLEADING, 1));
        // The claim stays in the list being worked through, with its new status, and stays the one shown.
        assertThat(claims.claims().rows()).extracting(ReviewRow::annotationId).containsExactly(lib.trillionClaim.id());
        assertThat(claims.claims().rows().get(0).claimStatus()).isEqualTo(ClaimStatus.MISLEADING);
        assertThat(claims.noticeProperty().get()).isEqualTo(
                "Now Misleading: counted under Misleading, it stays in this list of Unverified claims until you choose another group.");
        context.history().undo();
        assertThat(claims.claims().rows()).extracting(ReviewRow::claimStatus).containsExactly(ClaimStatus.UNVERIFIED);
        assertThat(claims.noticeProperty().get()).isEmpty();
        assertThat(claims.claimProperty().get().claim().evidence()).hasSize(1);
        context.history().redo();
        claims.statusProperty().set(ClaimStatus.UNVERIFIED);
        claims.reload();
        assertThat(claims.claims().rows()).isEmpty();
        claims.statusProperty().set(ClaimStatus.MISLEADING);
        assertThat(claims.claims().rows()).extracting(ReviewRow::annotationId).containsExactly(lib.trillionClaim.id());
        assertThat(claims.noticeProperty().get()).isEmpty();
        assertThat(opened).contains("changed " + lib.rail.id());
    }

    @Test
    void statisticsFollowTheBrowsersFilterWhenAsked() {
        AnnotationBrowserViewModel browser = new AnnotationBrowserViewModel(context);
        StatsViewModel stats = new StatsViewModel(context, browser.appliedFilterProperty());
        stats.setShown(true);
        assertThat(stats.statsProperty().get().total()).isEqualTo(15);

        stats.filteredProperty().set(true);
        browser.searchTextProperty().set("5%");
        assertThat(stats.statsProperty().get().total()).isEqualTo(2);

        stats.setShown(false);
        browser.searchTextProperty().set("cocoa");
        assertThat(stats.statsProperty().get().total()).as("not re-counted while hidden").isEqualTo(2);
        stats.setShown(true);
        assertThat(stats.statsProperty().get().total()).isEqualTo(3);
        assertThat(stats.scope()).isEqualTo(AnnotationFilter.none().withText("cocoa"));
    }

    @Test
    void monthsWithoutAnnotationsAreFilledWithZero() {
        List<ReviewStats.MonthCount> months = StatsViewModel.everyMonth(List.of(new ReviewStats.MonthCount(YearMonth.of(2025, 11), 4),
                new ReviewStats.MonthCount(YearMonth.of(2026, 2), 1)));
        assertThat(months).containsExactly(new ReviewStats.MonthCount(YearMonth.of(2025, 11), 4), new ReviewStats.MonthCount(YearMonth.of(2025, 12), 0),
                new ReviewStats.MonthCount(YearMonth.of(2026, 1), 0), new ReviewStats.MonthCount(YearMonth.of(2026, 2), 1));
        assertThat(StatsViewModel.everyMonth(List.of())).isEmpty();
    }
}
