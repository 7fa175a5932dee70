package dev.margin.bench;

import dev.margin.importer.ArticleImporter;
import dev.margin.importer.ImportException;
import dev.margin.service.LibraryService;
import dev.margin.service.LibraryService.ImportStatus;
import dev.margin.store.sqlite.SqliteStore;

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
 * Imports 1,000 generated news pages (original text, realistic page chrome) from files through
 * {@link ArticleImporter} and {@link LibraryService} into a fresh SQLite library, the way {@code margin import}
 * does, after a warm-up on 200 other pages; three runs, each into a fresh library, the median compared with the
 * floor of 100 articles per second (wall clock). The importing thread's CPU time is printed beside it, because
 * on a machine shared with other builds the wall clock also counts time the thread spent waiting for a core.
 */
public final class ImportBench {
    private static final int FILES = 1_000;
    private static final int WARM_UP_FILES = 200;
    private static final double FLOOR_PER_SECOND = 100;
    private static final int REPETITIONS = Integer.getInteger("bench.repetitions", 3);

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("margin-import-bench");
        try {
            List<Path> warmUp = BenchFiles.writeNewsPages(work.resolve("warm-up"), WARM_UP_FILES, 1);
            List<Path> pages = BenchFiles.writeNewsPages(work.resolve("pages"), FILES, 2);
            long bytes = 0;
            for (Path page : pages) {
                bytes += Files.size(page);
            }
            ArticleImporter importer = new ArticleImporter();
            run(importer, warmUp, work.resolve("warm-up.db"));
            List<Timing> runs = new ArrayList<>();
            for (int repetition = 1; repetition <= REPETITIONS; repetition++) {
                runs.add(run(importer, pages, work.resolve("margin-" + repetition + ".db")));
            }
            runs.sort(Comparator.comparingLong(timing -> timing.totalNanos));
            Timing median = runs.get(runs.size() / 2);
            System.out.printf("import %,d HTML files (%.1f KB on average) into a fresh library, %d runs after a warm-up of %d files%n",
                    FILES, bytes / 1024.0 / FILES, REPETITIONS, WARM_UP_FILES);
            for (Timing timing : runs) {
                System.out.printf("  run: %.2f s wall, %.0f articles/s; CPU time of the importing thread %.2f s (%.0f articles per CPU second);"
                        + " extracting %.2f s, storing %.2f s; %,d new, %,d duplicates%n",
                        timing.totalNanos / 1e9, timing.perSecond(), timing.cpuNanos / 1e9, FILES / (timing.cpuNanos / 1e9),
                        timing.extractNanos / 1e9, timing.storeNanos / 1e9, timing.stored, timing.duplicates);
            }
            System.out.printf("median: %.0f articles/s   floor: >= %.0f articles/s   %s%n",
                    median.perSecond(), FLOOR_PER_SECOND, median.perSecond() >= FLOOR_PER_SECOND ? "PASS" : "FAIL");
        } finally {
            BenchFiles.deleteTree(work);
        }
    }

    private static Timing run(ArticleImporter importer, List<Path> pages, Path libraryFile) throws ImportException {
        Timing timing = new Timing();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        try (SqliteStore store = SqliteStore.open(libraryFile)) {
            LibraryService library = new LibraryService(store, Clock.systemUTC());
            for (Path page : pages) {
                long before = System.nanoTime();
                var result = importer.importFile(page);
                long extracted = System.nanoTime();
                ImportStatus status = library.importDraft(result.draft()).status();
                timing.extractNanos += extracted - before;
                timing.storeNanos += System.nanoTime() - extracted;
                if (status == ImportStatus.NEW) {
                    timing.stored++;
                } else {
                    timing.duplicates++;
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
        long extractNanos;
        long storeNanos;
        int stored;
        int duplicates;

        double perSecond() {
            return FILES / (totalNanos / 1e9);
        }
    }
}
