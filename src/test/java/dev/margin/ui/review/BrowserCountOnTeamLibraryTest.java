package dev.margin.ui.review;

import dev.margin.domain.Article;
import dev.margin.service.ActorService;
import dev.margin.service.AnnotationService;
import dev.margin.service.ClaimService;
import dev.margin.service.ReviewQueries;
import dev.margin.store.Store;
import dev.margin.store.postgres.TestTeamLibraries;
import dev.margin.store.sqlite.StoreFixtures;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.StatusViewModel;
import dev.margin.ui.common.SynchronousTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser's count line on a team library where a search matches many annotations: an estimate reads "About",
 * and best match first says that only the newest matches are ranked, so nobody takes the order for a ranking of all.
 */
class BrowserCountOnTeamLibraryTest {
    @TempDir
    Path dir;

    @Test
    void aLargeCountIsAboutAndThePartialRankingIsSaid() throws Exception {
        Path file = dir.resolve("team.db");
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        try (Store store = TestTeamLibraries.open(file)) {
            Article rail = store.articles().insert(StoreFixtures.railDraft(), StoreFixtures.T0);
            TestTeamLibraries.addInBulk(file, rail.id(), 60_000, "the budget vote", "a quiet platform");
            Clock clock = Clock.fixed(Instant.parse("2026-05-02T08:00:00Z"), ZoneOffset.UTC);
            ReviewContext context = new ReviewContext(new ReviewQueries(store, clock), new ActorService(store, clock),
                    new ClaimService(store, new AnnotationService(store, clock)), new SynchronousTaskRunner(), messages,
                    new StatusViewModel(messages), new ArticleOpener() {
                        @Override
                        public void openAndReveal(long articleId, UUID annotationId) {
                        }

                        @Override
                        public void articleChanged(long articleId) {
                        }

                        @Override
                        public void actorsChanged() {
                        }
                    });
            AnnotationBrowserViewModel browser = new AnnotationBrowserViewModel(context);

            browser.searchTextProperty().set("budget");
            assertThat(browser.rows()).hasSize(AnnotationBrowserViewModel.PAGE);
            // 30,000 match; the estimate's sample is a sixth of the table's pages, whole pages, so within about 15 %
            assertThat(browser.countTextProperty().get())
                    .matches("About (2[6-9]|3[0-4]),000 annotations; best match first among the newest 500, then newest first");

            browser.searchTextProperty().set("budget platform");
            assertThat(browser.countTextProperty().get()).isEqualTo("No annotations");
            browser.searchTextProperty().set("");
            assertThat(browser.countTextProperty().get()).matches("About \\d\\d,000 annotations");
        }
    }
}
