package dev.margin.bench;

import dev.margin.domain.Actor;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleDraft;
import dev.margin.domain.Evidence;
import dev.margin.store.SearchHit;
import dev.margin.store.sqlite.SqliteStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
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
    private static final int SINGLE_SAVES = 2_000;
    private static final int QUERIES = 200;
    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private static final String RAW_ANNOTATION = """
            INSERT INTO annotation (article_id, revision, kind, start_offset, end_offset, exact, prefix, suffix, anchor_state,
                speaker_actor_id, speaker_start, speaker_end, cue, cue_start, cue_end, quote_type, speaker_resolution, actor_id,
                claim_statement, claimant_actor_id, claimant_is_outlet, claim_kind, claim_status, claim_quote_id,
                note, colour, created, modified, id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String RAW_EVIDENCE = "INSERT INTO evidence (annotation_id, position, url, archived_url, stance, note) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String RAW_TAG = "INSERT OR IGNORE INTO tag (name) VALUES (?)";
    private static final String RAW_TAG_LINK = "INSERT INTO annotation_tag (annotation_id, tag_id, position) SELECT ?, id, ? FROM tag WHERE name = ?";

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
            System.out.printf(Locale.ROOT, "library: %,d articles, %,d annotations, %,d actors (Java %s, %d cores)%n",
                    ARTICLES, ANNOTATIONS, ACTORS, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());

            warmUp(dir, drafts, people, annotations);

            // The raw batch runs before and after the DAO, each into its own fresh scratch library; the faster one is the floor.
            double rawBefore = rawInsert(scratchFile, annotations);
            long start = System.nanoTime();
            library.annotations().insertAll(annotations);
            double daoRate = ANNOTATIONS / seconds(System.nanoTime() - start);
            double rawAfter;
            try (SqliteStore second = SqliteStore.open(dir.resolve("scratch2/margin.db"))) {
                fill(second, drafts, people);
            }
            rawAfter = rawInsert(dir.resolve("scratch2/margin.db"), annotations);
            double rawRate = Math.max(rawBefore, rawAfter);
            double ratio = daoRate / rawRate;
            System.out.printf(Locale.ROOT, "bulk save, AnnotationDao.insertAll (one transaction): %,.0f annotations/s; raw sqlite-jdbc batch "
                    + "of the same rows into an identical scratch library: %,.0f/s (best of %,.0f before and %,.0f after); "
                    + "ratio %.0f%%   floor >= 50%%   %s%n",
                    daoRate, rawRate, rawBefore, rawAfter, ratio * 100, verdict(ratio >= 0.5));

            singleSaves(library, articles, actorIds, generator);
            queries(library, generator);
        }
        long opened = System.nanoTime();
        try (SqliteStore reopened = SqliteStore.open(libraryFile)) {
            System.out.printf(Locale.ROOT, "(for information) reopening the library, quick_check included: %.0f ms; file %,d KB; %,d annotations%n",
                    (System.nanoTime() - opened) / 1e6, Files.size(libraryFile) / 1024, reopened.annotations().count());
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

    /** Both paths once on small throwaway libraries, so that neither measurement pays for class loading or the JIT. */
    private static void warmUp(Path dir, List<ArticleDraft> drafts, List<Actor> people, List<Annotation> annotations)
            throws SQLException {
        List<Annotation> firstArticles = annotations.stream().filter(a -> a.articleId() <= 50).toList();
        for (int round = 0; round < 2; round++) {
            Path daoFile = dir.resolve("warm-dao-" + round + "/margin.db");
            Path rawFile = dir.resolve("warm-raw-" + round + "/margin.db");
            try (SqliteStore dao = SqliteStore.open(daoFile); SqliteStore raw = SqliteStore.open(rawFile)) {
                fill(dao, drafts.subList(0, 50), people);
                fill(raw, drafts.subList(0, 50), people);
                dao.annotations().insertAll(firstArticles);
            }
            rawInsert(rawFile, firstArticles);
        }
    }

    /**
     * The floor: the same rows, their values taken out of the records beforehand, bound straight into prepared
     * statements and sent as JDBC batches in one transaction, on a plain connection with the store's pragmas.
     * Returns annotations per second.
     */
    private static double rawInsert(Path file, List<Annotation> annotations) throws SQLException {
        List<Object[]> rows = new ArrayList<>(annotations.size());
        List<Object[]> evidenceRows = new ArrayList<>();
        List<Object[]> tagRows = new ArrayList<>();
        for (Annotation a : annotations) {
            rows.add(rawRow(a));
            if (a.claim() != null) {
                for (int i = 0; i < a.claim().evidence().size(); i++) {
                    Evidence e = a.claim().evidence().get(i);
                    evidenceRows.add(new Object[] {a.id().toString(), i, e.url(), e.archivedUrl(), e.stance().name(), e.note()});
                }
            }
            for (int i = 0; i < a.tags().size(); i++) {
                tagRows.add(new Object[] {a.id().toString(), i, a.tags().get(i)});
            }
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement pragmas = connection.createStatement()) {
            pragmas.execute("PRAGMA foreign_keys = ON");
            pragmas.execute("PRAGMA busy_timeout = 5000");
            pragmas.execute("PRAGMA journal_mode = WAL");
            pragmas.execute("PRAGMA synchronous = NORMAL");
            long start = System.nanoTime();
            pragmas.execute("BEGIN IMMEDIATE");
            try (PreparedStatement insert = connection.prepareStatement(RAW_ANNOTATION);
                 PreparedStatement evidence = connection.prepareStatement(RAW_EVIDENCE);
                 PreparedStatement tag = connection.prepareStatement(RAW_TAG);
                 PreparedStatement link = connection.prepareStatement(RAW_TAG_LINK)) {
                batch(insert, rows);
                batch(evidence, evidenceRows);
                for (Object[] row : tagRows) {
                    tag.setObject(1, row[2]);
                    tag.addBatch();
                }
                tag.executeBatch();
                batch(link, tagRows);
            }
            pragmas.execute("COMMIT");
            return annotations.size() / seconds(System.nanoTime() - start);
        }
    }

    private static void batch(PreparedStatement statement, List<Object[]> rows) throws SQLException {
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                statement.setObject(i + 1, row[i]);
            }
            statement.addBatch();
        }
        statement.executeBatch();
    }

    private static Object[] rawRow(Annotation a) {
        var q = a.quote();
        var c = a.claim();
        return new Object[] {
            a.articleId(), a.revision(), a.kind().name(), a.start(), a.end(), a.exact(), a.anchor().prefix(), a.anchor().suffix(),
            a.anchorState().name(),
            q == null ? null : q.speakerActorId(), q == null || q.speakerSpan() == null ? null : q.speakerSpan().start(),
            q == null || q.speakerSpan() == null ? null : q.speakerSpan().end(), q == null ? null : q.cue(),
            q == null || q.cueSpan() == null ? null : q.cueSpan().start(), q == null || q.cueSpan() == null ? null : q.cueSpan().end(),
            q == null ? null : q.type().name(), q == null ? null : q.resolution().name(),
            a.actorId(),
            c == null ? null : c.statement(), c == null ? null : c.claimantActorId(), c == null ? null : (c.claimantIsOutlet() ? 1 : 0),
            c == null ? null : c.kind().name(), c == null ? null : c.status().name(),
            c == null || c.quoteId() == null ? null : c.quoteId().toString(),
            a.note(), a.colour(), INSTANT.format(a.created()), INSTANT.format(a.modified()), a.id().toString()
        };
    }

    private static void singleSaves(SqliteStore library, List<Article> articles, List<Long> actorIds, SyntheticLibrary generator) {
        long[] times = new long[SINGLE_SAVES];
        for (int i = -200; i < SINGLE_SAVES; i++) {
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
