package dev.margin.bench;

import dev.margin.importer.ArticleImporter;
import dev.margin.importer.ImportException;
import dev.margin.service.LibraryService;
import dev.margin.service.LibraryService.ImportStatus;
import dev.margin.store.sqlite.SqliteStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Imports 1,000 generated news pages (original text, realistic page chrome) from files through
 * {@link ArticleImporter} and {@link LibraryService} into a fresh SQLite library, the way {@code margin import}
 * does, after a warm-up on 200 other pages. Floor: 100 articles per second.
 */
public final class ImportBench {
    private static final int FILES = 1_000;
    private static final int WARM_UP_FILES = 200;
    private static final double FLOOR_PER_SECOND = 100;

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("margin-import-bench");
        try {
            List<Path> warmUp = write(work.resolve("warm-up"), WARM_UP_FILES, 1);
            List<Path> pages = write(work.resolve("pages"), FILES, 2);
            long bytes = 0;
            for (Path page : pages) {
                bytes += Files.size(page);
            }
            ArticleImporter importer = new ArticleImporter();
            run(importer, warmUp, work.resolve("warm-up.db"));
            Timing timing = run(importer, pages, work.resolve("margin.db"));

            double perSecond = FILES / (timing.totalNanos / 1e9);
            System.out.printf("import %,d HTML files (%.1f KB on average) into a fresh library: %.2f s, %.0f articles/s   floor: >= %.0f articles/s   %s%n",
                    FILES, bytes / 1024.0 / FILES, timing.totalNanos / 1e9, perSecond, FLOOR_PER_SECOND, perSecond >= FLOOR_PER_SECOND ? "PASS" : "FAIL");
            System.out.printf("  reading and extracting (ArticleImporter): %.2f s; storing (LibraryService.importDraft, one transaction each): %.2f s%n",
                    timing.extractNanos / 1e9, timing.storeNanos / 1e9);
            System.out.printf("  stored: %,d new articles, %,d duplicates%n", timing.stored, timing.duplicates);
        } finally {
            deleteTree(work);
        }
    }

    private static Timing run(ArticleImporter importer, List<Path> pages, Path libraryFile) throws ImportException {
        Timing timing = new Timing();
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
        return timing;
    }

    private static List<Path> write(Path folder, int count, long seed) throws IOException {
        Files.createDirectories(folder);
        NewsPageGenerator generator = new NewsPageGenerator(seed);
        List<Path> files = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            files.add(Files.writeString(folder.resolve(String.format("article-%04d.html", n)), generator.page((int) seed * 10_000 + n),
                    StandardCharsets.UTF_8));
        }
        return files;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot delete the benchmark file " + path, e);
                }
            });
        }
    }

    /** Where the time of one run went. */
    private static final class Timing {
        long totalNanos;
        long extractNanos;
        long storeNanos;
        int stored;
        int duplicates;
    }
}
