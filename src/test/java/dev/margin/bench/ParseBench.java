package dev.margin.bench;

import dev.margin.importer.ArticleImporter;
import dev.margin.importer.HeavyPages;
import dev.margin.importer.ImportException;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Per-page cost of importing an HTML file (read, decode, parse, extract, normalise; no storing) for each news-page
 * fixture, after warm-up. The end-to-end floor of the import benchmark is 100 articles/s including storing, that is
 * 10 ms per article for everything; parsing should take a small share of that.
 * Run: {@code mvn -B -q -o -Pbench test-compile exec:exec -Dbench.args=parse}.
 */
public final class ParseBench {
    private static final int WARM_UP_ROUNDS = 300;
    private static final int MEASURED_ROUNDS = 1000;
    private static final double FLOOR_MS_PER_ARTICLE = 10.0;

    private ParseBench() {
    }

    public static void main(String[] args) throws IOException, URISyntaxException, ImportException {
        Path dir = Path.of(ParseBench.class.getResource("/dev/margin/importer/fixtures").toURI());
        List<Path> pages;
        try (Stream<Path> files = Files.list(dir)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        ArticleImporter importer = new ArticleImporter();
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            for (Path page : pages) {
                importer.importFile(page);
            }
        }
        long totalNanos = 0;
        for (Path page : pages) {
            long start = System.nanoTime();
            for (int i = 0; i < MEASURED_ROUNDS; i++) {
                importer.importFile(page);
            }
            long nanos = System.nanoTime() - start;
            totalNanos += nanos;
            System.out.printf(Locale.ROOT, "parse %-26s %7.3f ms/page (%6d bytes)%n", page.getFileName(),
                    nanos / 1e6 / MEASURED_ROUNDS, Files.size(page));
        }
        double meanMs = totalNanos / 1e6 / (MEASURED_ROUNDS * (double) pages.size());
        System.out.printf(Locale.ROOT, "parse mean over %d fixtures: %.3f ms/page = %.0f pages/s"
                        + "   (floor: the whole import incl. storing within %.1f ms/article = 100 articles/s)%n",
                pages.size(), meanMs, 1000 / meanMs, FLOOR_MS_PER_ARTICLE);

        // Real pages weigh 100-500 KB, mostly scripts, menus and teasers: measure that shape on each extraction path.
        String marked = HeavyPages.heavy(Files.readString(dir.resolve("cluttered-news.html")));
        String unmarked = HeavyPages.heavy(Files.readString(dir.resolve("broken-tags.html")));
        String legacy = HeavyPages.heavy(Files.readString(dir.resolve("legacy-table-layout.html")));
        measureHeavy(importer, "heavy page, <article> path", marked);
        measureHeavy(importer, "heavy page, paragraph-density path", unmarked);
        measureHeavy(importer, "heavy page, Readability4j path", legacy);
    }

    private static void measureHeavy(ArticleImporter importer, String label, String html) throws ImportException {
        int rounds = MEASURED_ROUNDS / 5;
        for (int i = 0; i < rounds; i++) {
            importer.importHtml(html, null);
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            importer.importHtml(html, null);
        }
        double ms = (System.nanoTime() - start) / 1e6 / rounds;
        System.out.printf(Locale.ROOT, "parse %-36s %7.3f ms/page (%6d chars)   (floor: %.1f ms/article end to end)%n",
                label, ms, html.length(), FLOOR_MS_PER_ARTICLE);
    }
}
