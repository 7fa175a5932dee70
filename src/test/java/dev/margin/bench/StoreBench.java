package dev.margin.bench;

import dev.margin.domain.Actor;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleDraft;
import dev.margin.domain.read.SearchHit;
import dev.margin.store.sqlite.SqliteStore;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The store's speed on a library of 1,000 articles and 100,000 annotations, each figure next to its floor:
 * bulk save through {@code AnnotationDao.insertAll} against a raw sqlite-jdbc batch of the same rows into
 * an identical scratch library (same migrations: same tables, indexes, and FTS5 trigger), single saves,
 * and FTS5 queries. Run: {@code mvn -B -q -o -Pbench test-compile exec:exec -Dbench.args=store}.
 */
public final class StoreBench {
    private static final int ARTICLES = 1_000;
    private static final int ANNOTATIONS = 100_000;
    private static final int ACTORS = 300;
    private static final int BULK_ROUNDS = 10;
    private static final int SINGLE_SAVES = 2_000;
    private static final int QUERIES = 200;
    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    private StoreBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("margin-store-bench");
        try {
            run(dir);
        } finally {
            deleteRecursively(dir);
        }
    }

    private static void run(Path dir) throws Exception {
        SyntheticLibrary generator = new SyntheticLibrary(20261124L);
        List<ArticleDraft> drafts = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            drafts.add(generator.article(i, 8));
        }
        List<Actor> people = new ArrayList<>();
        for (int i = 0; i < ACTORS; i++) {
            people.add(generator.actor(i));
        }

        Path libraryFile = dir.resolve("library/margin.db");
        Path scratchFile = dir.resolve("scratch/margin.db");
        try (SqliteStore library = SqliteStore.open(libraryFile); SqliteStore scratch = SqliteStore.open(scratchFile)) {
            List<Article> articles = fill(library, drafts, people);
            List<Article> scratchArticles = fill(scratch, drafts, people);
            if (!articles.stream().map(Article::id).toList().equals(scratchArticles.stream().map(Article::id).toList())) {
                throw new IllegalStateException("the scratch library did not give the articles the same ids");
            }
            List<Long> actorIds = library.actors().list().stream().map(Actor::id).toList();
            List<Annotation> annotations = new ArrayList<>(ANNOTATIONS);
            for (int i = 0; i < ANNOTATIONS; i++) {
                Article article = articles.get(i % ARTICLES);
                annotations.add(generator.annotation(article.id(), article.text(), actorIds, NOW));
            }
            System.out.printf(Locale.ROOT, "library: %,d articles, %,d annotations, %,d actors (Java %s, %d cores, load average %.1f)%n",
                    ARTICLES, ANNOTATIONS, ACTORS, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

            warmUp(dir, drafts, people, annotations);

            // Ten rounds of 10,000 annotations, each one transaction, the DAO and the raw batch taking turns going first,
            // so that both meet the same load on this shared machine.
            long daoNanos = 0;
            long rawNanos = 0;
            try (RawBatch raw = new RawBatch(scratchFile)) {
                int chunk = ANNOTATIONS / BULK_ROUNDS;
                for (int round = 0; round < BULK_ROUNDS; round++) {
                    List<Annotation> part = annotations.subList(round * chunk, (round + 1) * chunk);
                    RawBatch.Rows rows = RawBatch.rows(part);
                    if (round % 2 == 0) {
                        rawNanos += raw.insert(rows);
                        daoNanos += timeInsertAll(library, part);
                    } else {
                        daoNanos += timeInsertAll(library, part);
                        rawNanos += raw.insert(rows);
                    }
                }
            }
            double daoRate = ANNOTATIONS / seconds(daoNanos);
            double rawRate = ANNOTATIONS / seconds(rawNanos);
            double ratio = daoRate / rawRate;
            System.out.printf(Locale.ROOT, "bulk save, AnnotationDao.insertAll (%d rounds of %,d, one transaction each): %,.0f annotations/s; "
                    + "raw sqlite-jdbc batch of the same rows into an identical scratch library: %,.0f/s; ratio %.0f%%   floor >= 50%%   %s%n",
                    BULK_ROUNDS, ANNOTATIONS / BULK_ROUNDS, daoRate, rawRate, ratio * 100, verdict(ratio >= 0.5));
        }
        // Closing checkpoints the bulk save's log into the file, as any session's end would; the rest measures the settled library.
        long opened = System.nanoTime();
        try (SqliteStore library = SqliteStore.open(libraryFile)) {
            System.out.printf(Locale.ROOT, "(for information) opening the library: %.0f ms; file %,d KB; %,d annotations%n",
                    (System.nanoTime() - opened) / 1e6, Files.size(libraryFile) / 1024, library.annotations().count());
            List<Article> articles = new ArrayList<>();
            for (long id = 1; id <= ARTICLES; id++) {
                articles.add(library.articles().find(id).orElseThrow());
            }
            List<Long> actorIds = library.actors().list().stream().map(Actor::id).toList();
            // The bulk phase left a lot of garbage; collect it now rather than inside a measured call.
            System.gc();
            singleSaves(library, articles, actorIds, generator);
            System.gc();
            queries(library, generator);
        }
    }

    private static List<Article> fill(SqliteStore store, List<ArticleDraft> drafts, List<Actor> people) {
        return store.inTransaction(() -> {
            people.forEach(store.actors()::insert);
            List<Article> articles = new ArrayList<>();
            for (ArticleDraft draft : drafts) {
                articles.add(store.articles().insert(draft, NOW));
            }
            return articles;
        });
    }

    /** Both paths twice on small throwaway libraries, so that neither measurement pays for class loading or the JIT. */
    private static void warmUp(Path dir, List<ArticleDraft> drafts, List<Actor> people, List<Annotation> annotations)
            throws SQLException {
        List<Annotation> firstArticles = annotations.stream().filter(a -> a.articleId() <= 50).toList();
        for (int round = 0; round < 2; round++) {
            Path rawFile = dir.resolve("warm-raw-" + round + "/margin.db");
            try (SqliteStore dao = SqliteStore.open(dir.resolve("warm-dao-" + round + "/margin.db")); SqliteStore raw = SqliteStore.open(rawFile)) {
                fill(dao, drafts.subList(0, 50), people);
                fill(raw, drafts.subList(0, 50), people);
                timeInsertAll(dao, firstArticles);
            }
            try (RawBatch raw = new RawBatch(rawFile)) {
                raw.insert(RawBatch.rows(firstArticles));
            }
        }
    }

    private static long timeInsertAll(SqliteStore store, List<Annotation> annotations) {
        long start = System.nanoTime();
        store.annotations().insertAll(annotations);
        return System.nanoTime() - start;
    }

    private static void singleSaves(SqliteStore library, List<Article> articles, List<Long> actorIds, SyntheticLibrary generator) {
        long[] times = new long[SINGLE_SAVES];
        for (int i = -500; i < SINGLE_SAVES; i++) {
            Article article = articles.get(Math.floorMod(i * 7, articles.size()));
            Annotation annotation = generator.annotation(article.id(), article.text(), actorIds, NOW);
            long start = System.nanoTime();
            library.annotations().insert(annotation);
            if (i >= 0) {
                times[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(times);
        double p50 = percentile(times, 0.50) / 1e6;
        double p99 = percentile(times, 0.99) / 1e6;
        System.out.printf(Locale.ROOT, "single annotation save (AnnotationDao.insert: one transaction, WAL), %,d saves: p50 %.2f ms, "
                + "p99 %.2f ms   floor p99 < 5 ms   %s%n", SINGLE_SAVES, p50, p99, verdict(p99 < 5));
    }

    private static void queries(SqliteStore library, SyntheticLibrary generator) {
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            queries.add(generator.query());
        }
        for (String query : queries) {
            library.search().search(query, 50);
        }
        long[] times = new long[QUERIES];
        long hits = 0;
        for (int i = 0; i < QUERIES; i++) {
            long start = System.nanoTime();
            List<SearchHit> found = library.search().search(queries.get(i), 50);
            times[i] = System.nanoTime() - start;
            hits += found.size();
        }
        Arrays.sort(times);
        double p50 = percentile(times, 0.50) / 1e6;
        double p95 = percentile(times, 0.95) / 1e6;
        System.out.printf(Locale.ROOT, "FTS5 query over annotation text, notes and titles (SearchDao.search: bm25, best 50, with marked snippets), "
                + "%d varied queries, %.1f hits each on average: p50 %.2f ms, p95 %.2f ms, max %.2f ms   floor p95 < 20 ms   %s%n",
                QUERIES, hits / (double) QUERIES, p50, p95, times[times.length - 1] / 1e6, verdict(p95 < 20));
    }

    private static long percentile(long[] sorted, double fraction) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)];
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static String verdict(boolean pass) {
        return pass ? "PASS" : "FAIL";
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
