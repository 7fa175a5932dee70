package dev.margin.bench;

import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.service.ActorService;
import dev.margin.service.AnnotationService;
import dev.margin.service.ClaimService;
import dev.margin.service.ReviewQueries;
import dev.margin.domain.read.ActorSummary;
import dev.margin.domain.read.ReviewColumn;
import dev.margin.domain.read.ReviewOrder;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.StatusViewModel;
import dev.margin.ui.common.SynchronousTaskRunner;
import dev.margin.ui.review.AnnotationBrowserViewModel;
import dev.margin.ui.review.ArticleOpener;
import dev.margin.ui.review.ReviewContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Keystroke to results in the annotations browser on a library of 100,000 annotations in 1,000 articles
 * ({@link SearchCorpus}): the time from the view-model's query call (a changed search text or filter) until its
 * first page of rows is in its list, and until the count is in as well, for typical searches and filter
 * combinations. The view-model runs on a synchronous task runner, so the figures are the store's work plus the
 * view-model's, without the hop to a background thread. Floor: 100 ms to the first page.
 * Run: {@code mvn -B -q -o -Pbench test-compile exec:exec -Dbench.args=search}.
 */
public final class SearchBench {
    private static final double FLOOR_MS = 100.0;
    private static final int ROUNDS = 21;

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("margin-search-bench");
        Path file = dir.resolve("bench.db");
        try (SqliteStore store = SqliteStore.open(file)) {
            long seedStart = System.nanoTime();
            new SearchCorpus().seed(store, 1000, 100, 400);
            System.out.printf(Locale.ROOT, "library: %d annotations in %d articles, seeded in %.1f s%n",
                    store.annotations().count(), store.articles().count(), (System.nanoTime() - seedStart) / 1e9);
            Clock clock = Clock.systemUTC();
            Messages messages = Messages.forLocale(Locale.ENGLISH);
            ReviewContext context = new ReviewContext(new ReviewQueries(store, clock), new ActorService(store, clock),
                    new ClaimService(store, new AnnotationService(store, clock)), new SynchronousTaskRunner(), messages,
                    new StatusViewModel(messages), new NoWindow());
            AnnotationBrowserViewModel browser = new AnnotationBrowserViewModel(context);
            browser.loadChoices();
            ActorSummary busiest = browser.actorChoices().stream().max((a, b) -> Integer.compare(a.total(), b.total())).orElseThrow();
            long[] firstPage = new long[1];
            // The view-model clears "loading" right after the first page is in its rows (even when the page is empty).
            browser.loadingProperty().addListener((observable, was, loading) -> {
                if (!loading) {
                    firstPage[0] = System.nanoTime();
                }
            });

            System.out.printf(Locale.ROOT, "%-44s %8s %16s %16s   %s%n", "case", "rows", "first page p50/p95", "with count p50/p95", "floor");
            measure(browser, firstPage, "word: minister", b -> b.searchTextProperty().set("minister"));
            measure(browser, firstPage, "two words: inflation budget", b -> b.searchTextProperty().set("inflation budget"));
            measure(browser, firstPage, "phrase: \"central bank\"", b -> b.searchTextProperty().set("\"central bank\""));
            measure(browser, firstPage, "prefix: infla*", b -> b.searchTextProperty().set("infla*"));
            measure(browser, firstPage, "one-letter prefix: k*", b -> b.searchTextProperty().set("k*"));
            measure(browser, firstPage, "punctuation: U.S. sanctions", b -> b.searchTextProperty().set("U.S. sanctions"));
            measure(browser, firstPage, "unmatched quote: \"central", b -> b.searchTextProperty().set("\"central"));
            measure(browser, firstPage, "no search, newest first", b -> { });
            measure(browser, firstPage, "quotes of the most-quoted actor", b -> {
                b.kinds().add(AnnotationKind.QUOTE);
                b.actorProperty().set(busiest);
            });
            measure(browser, firstPage, "budget + claims + refuted", b -> {
                b.searchTextProperty().set("budget");
                b.kinds().add(AnnotationKind.CLAIM);
                b.statuses().setAll(ClaimStatus.REFUTED);
            });
            measure(browser, firstPage, "outlet + half a year", b -> {
                b.outlets().setAll("Harbour Post");
                b.fromProperty().set(LocalDate.of(2024, 1, 1));
                b.toProperty().set(LocalDate.of(2024, 6, 30));
            });
            measure(browser, firstPage, "tag sanctions, by article date", b -> {
                b.tags().setAll("sanctions");
                b.orderProperty().set(ReviewOrder.descending(ReviewColumn.ARTICLE_DATE));
            });
            measure(browser, firstPage, "minister, by article date", b -> {
                b.searchTextProperty().set("minister");
                b.orderProperty().set(ReviewOrder.descending(ReviewColumn.ARTICLE_DATE));
            });
            measure(browser, firstPage, "all, by article date (column click)", b -> b.orderProperty().set(ReviewOrder.descending(ReviewColumn.ARTICLE_DATE)));
            measure(browser, firstPage, "all, by speaker (column click)", b -> b.orderProperty().set(ReviewOrder.ascending(ReviewColumn.ACTOR)));
            measure(browser, firstPage, "all, by text (column click)", b -> b.orderProperty().set(ReviewOrder.ascending(ReviewColumn.TEXT)));
            typing(browser, firstPage, "sanctions budget");
        }
    }

    /** Sets the filter up, then times a refresh (what a keystroke or a filter click triggers) ROUNDS times. */
    private static void measure(AnnotationBrowserViewModel browser, long[] firstPage, String name, Consumer<AnnotationBrowserViewModel> setUp) {
        browser.clearFilter();
        browser.orderProperty().set(ReviewOrder.byDefault());
        setUp.accept(browser);
        long[] page = new long[ROUNDS];
        long[] total = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            browser.refresh();
            long end = System.nanoTime();
            page[i] = firstPage[0] - start;
            total[i] = end - start;
        }
        report(name, browser.countProperty().get(), page, total);
    }

    /** Types the text one character at a time; each keystroke is one query. */
    private static void typing(AnnotationBrowserViewModel browser, long[] firstPage, String text) {
        browser.clearFilter();
        long[] page = new long[text.length()];
        long[] total = new long[text.length()];
        for (int round = 0; round < 3; round++) {
            browser.searchTextProperty().set("");
            for (int i = 1; i <= text.length(); i++) {
                long start = System.nanoTime();
                browser.searchTextProperty().set(text.substring(0, i));
                long end = System.nanoTime();
                page[i - 1] = firstPage[0] - start;
                total[i - 1] = end - start;
            }
        }
        report("typing \"" + text + "\", per keystroke (last round)", browser.countProperty().get(), page, total);
    }

    private static void report(String name, int rows, long[] page, long[] total) {
        Arrays.sort(page);
        Arrays.sort(total);
        double pageP50 = percentile(page, 50);
        double pageP95 = percentile(page, 95);
        System.out.printf(Locale.ROOT, "%-44s %8d %7.1f / %6.1f ms %7.1f / %6.1f ms   < %.0f ms %s%n", name, rows, pageP50, pageP95,
                percentile(total, 50), percentile(total, 95), FLOOR_MS, pageP95 < FLOOR_MS ? "ok" : (pageP50 < FLOOR_MS ? "p50 ok, p95 over" : "OVER"));
    }

    private static double percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /** The benchmark has no reader window. */
    private static final class NoWindow implements ArticleOpener {
        @Override
        public void openAndReveal(long articleId, UUID annotationId) {
            throw new UnsupportedOperationException("no window in the benchmark");
        }

        @Override
        public void articleChanged(long articleId) {
        }

        @Override
        public void actorsChanged() {
        }
    }
}
