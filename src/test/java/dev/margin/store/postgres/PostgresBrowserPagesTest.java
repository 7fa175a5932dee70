package dev.margin.store.postgres;

import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.read.AnnotationFilter;
import dev.margin.domain.read.ReviewColumn;
import dev.margin.domain.read.ReviewCount;
import dev.margin.domain.read.ReviewOrder;
import dev.margin.domain.read.ReviewRow;
import dev.margin.store.Store;
import dev.margin.store.sqlite.StoreFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review browser's pages and count on a team library when a search matches many annotations
 * ({@link PgReviewPages}): best match first ranks the newest {@link PgSearchDao#RANKED} matches and puts the older
 * ones after them, newest first, every match on exactly one page; a count above {@link PgReviewPages#COUNTED} is
 * an estimate, and says so.
 */
class PostgresBrowserPagesTest {
    private static final AnnotationFilter BUDGET = AnnotationFilter.none().withText("budget");

    @TempDir
    Path dir;

    @Test
    void bestFirstRanksTheNewestMatchesThenTheRestNewestFirst() {
        try (Store store = TestTeamLibraries.open(dir.resolve("team.db"))) {
            ManyBudgetMatches library = ManyBudgetMatches.addTo(store);
            Annotation oldestAndBest = library.oldestAndBest();
            List<Annotation> newer = library.newer();
            int matches = newer.size() + 1;

            List<UUID> seen = new ArrayList<>();
            for (int offset = 0; offset < matches + 100; offset += 100) {
                List<ReviewRow> page = store.review().rows(BUDGET, ReviewOrder.byDefault(), offset, 100);
                page.forEach(row -> seen.add(row.annotationId()));
            }
            assertThat(seen).as("every match once").hasSize(matches).doesNotHaveDuplicates();
            assertThat(seen.getLast()).as("the oldest, unranked, comes last though it matches best").isEqualTo(oldestAndBest.id());
            List<UUID> unranked = newer.subList(0, 20).stream().map(Annotation::id).toList().reversed();
            assertThat(seen.subList(PgSearchDao.RANKED, matches - 1)).as("the older matches, newest first").isEqualTo(unranked);
            assertThat(store.review().rows(BUDGET, ReviewOrder.byDefault(), 450, 100))
                    .as("a page across the end of the ranked ones").extracting(ReviewRow::annotationId)
                    .isEqualTo(seen.subList(450, 521).stream().limit(100).toList());
            assertThat(store.review().tally(BUDGET)).isEqualTo(new ReviewCount(matches, true, PgSearchDao.RANKED));

            for (Annotation gone : newer.subList(0, 40)) {
                store.annotations().delete(gone.id());
            }
            assertThat(store.review().rows(BUDGET, ReviewOrder.byDefault(), 0, 1)).extracting(ReviewRow::annotationId)
                    .containsExactly(oldestAndBest.id());
            assertThat(store.review().tally(BUDGET)).isEqualTo(ReviewCount.exactly(matches - 40));
            assertThat(store.review().rows(BUDGET, ReviewOrder.descending(ReviewColumn.RELEVANCE), 0, 1))
                    .as("the reverse order ranks every match").extracting(ReviewRow::annotationId).doesNotContain(oldestAndBest.id());
        }
    }

    @Test
    void aCountAboveTenThousandIsAnEstimateNearTheTruth() throws Exception {
        Path file = dir.resolve("big.db");
        int matching = 30_000;
        try (Store store = TestTeamLibraries.open(file)) {
            Article rail = store.articles().insert(StoreFixtures.railDraft(), StoreFixtures.T0);
            TestTeamLibraries.addInBulk(file, rail.id(), 2 * matching, "the budget vote", "a quiet platform");
            ReviewCount budget = store.review().tally(BUDGET);
            assertThat(budget.exact()).isFalse();
            assertThat(budget.annotations()).isBetween(matching * 8 / 10, matching * 12 / 10);
            assertThat(budget.rankedByRelevance()).isEqualTo(PgSearchDao.RANKED);
            assertThat(store.review().count(BUDGET)).as("the exact count is still there").isEqualTo(matching);
            assertThat(store.review().tally(BUDGET)).as("the same estimate on a refresh").isEqualTo(budget);
            assertThat(store.review().tally(BUDGET.withText("platform vote"))).isEqualTo(new ReviewCount(0, true, 0));

            Set<UUID> firstPages = new HashSet<>();
            for (int offset = 0; offset < 700; offset += 100) {
                store.review().rows(BUDGET, ReviewOrder.byDefault(), offset, 100).forEach(row -> firstPages.add(row.annotationId()));
            }
            assertThat(firstPages).hasSize(700);
        }
    }
}
