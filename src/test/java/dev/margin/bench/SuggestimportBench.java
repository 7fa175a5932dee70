package dev.margin.bench;

import dev.margin.importer.ArticleImporter;
import dev.margin.importer.ImportException;
import dev.margin.service.ActorService;
import dev.margin.service.AnnotationService;
import dev.margin.service.LibraryService;
import dev.margin.service.SuggestionService;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.suggest.Lexicon;
import dev.margin.suggest.Suggester;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Import with "Suggest on every import" switched on: 1,000 generated news pages imported from files into a
 * fresh library as {@code margin import} does, and right after each one the suggestions for the stored
 * article computed as the window computes them ({@link SuggestionService#suggest}: the library's actors
 * matched, rejections and marks left out; nothing stored as annotations). Run as
 * {@code -Dbench.args=suggestimport}; after a warm-up of 200 other pages, three runs each of import alone
 * and import with suggestions, alternating, each into a fresh library; medians compared with the floor of
 * 100 articles per second (wall clock), with the importing thread's CPU time beside them.
 */
public final class SuggestimportBench {
    private static final int FILES = 1_000;
    private static final int WARM_UP_FILES = 200;
    private static final double FLOOR_PER_SECOND = 100;
    private static final int REPETITIONS = Integer.getInteger("bench.repetitions", 3);

    private SuggestimportBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("margin-suggest-import-bench");
        try {
            List<Path> warmUp = BenchFiles.writeNewsPages(work.resolve("warm-up"), WARM_UP_FILES, 1);
            List<Path> pages = BenchFiles.writeNewsPages(work.resolve("pages"), FILES, 2);
            ArticleImporter importer = new ArticleImporter();
            Suggester suggester = new Suggester(Lexicon.load());
            run(importer, suggester, warmUp, work.resolve("warm-up.db"));
            List<Timing> plain = new ArrayList<>();
            List<Timing> suggesting = new ArrayList<>();
            for (int repetition = 1; repetition <= REPETITIONS; repetition++) {
                plain.add(run(importer, null, pages, work.resolve("plain-" + repetition + ".db")));
                suggesting.add(run(importer, suggester, pages, work.resolve("suggest-" + repetition + ".db")));
            }
            System.out.printf("import %,d HTML files into a fresh library, %d runs each after a warm-up of %d files%n",
                    FILES, REPETITIONS, WARM_UP_FILES);
            report("import alone", plain);
            report("import + suggest", suggesting);
            Timing median = median(suggesting);
            System.out.printf("median with suggestions: %.0f articles/s (%,d suggestions, %.1f per article)   floor: >= %.0f articles/s   %s%n",
                    median.perSecond(), median.suggestions, median.suggestions / (double) FILES, FLOOR_PER_SECOND,
                    median.perSecond() >= FLOOR_PER_SECOND ? "PASS" : "FAIL");
        } finally {
            BenchFiles.deleteTree(work);
        }
    }

    private static void report(String what, List<Timing> runs) {
        for (Timing t : runs) {
            System.out.printf("  %-17s %.2f s wall, %.0f articles/s; CPU %.2f s (%.0f articles per CPU second);"
                            + " importing %.2f s, suggesting %.2f s (%.2f ms per article)%n",
                    what + ":", t.totalNanos / 1e9, t.perSecond(), t.cpuNanos / 1e9, FILES / (t.cpuNanos / 1e9),
                    t.importNanos / 1e9, t.suggestNanos / 1e9, t.suggestNanos / 1e6 / FILES);
        }
        System.out.printf("  %-17s median %.0f articles/s%n", what + ":", median(runs).perSecond());
    }

    private static Timing median(List<Timing> runs) {
        List<Timing> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingLong(timing -> timing.totalNanos));
        return sorted.get(sorted.size() / 2);
    }

    /** One run into a fresh library; {@code suggester} null imports without suggesting. */
    private static Timing run(ArticleImporter importer, Suggester suggester, List<Path> pages, Path libraryFile) throws ImportException {
        Timing timing = new Timing();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        try (SqliteStore store = SqliteStore.open(libraryFile)) {
            Clock clock = Clock.systemUTC();
            LibraryService library = new LibraryService(store, clock);
            SuggestionService suggestions = suggester == null ? null
                    : new SuggestionService(store, clock, suggester, new AnnotationService(store, clock), new ActorService(store, clock));
            for (Path page : pages) {
                long before = System.nanoTime();
                long articleId = library.importDraft(importer.importFile(page).draft()).article().id();
                long imported = System.nanoTime();
                timing.importNanos += imported - before;
                if (suggestions != null) {
                    timing.suggestions += suggestions.suggest(articleId).suggestions().size();
                    timing.suggestNanos += System.nanoTime() - imported;
                }
            }
        }
        timing.totalNanos = System.nanoTime() - start;
        timing.cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
        return timing;
    }

    /** Where the time of one run went. */
    private static final class Timing {
        long totalNanos;
        long cpuNanos;
        long importNanos;
        long suggestNanos;
        long suggestions;

        double perSecond() {
            return FILES / (totalNanos / 1e9);
        }
    }
}
