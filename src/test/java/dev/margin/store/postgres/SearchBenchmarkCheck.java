package dev.margin.store.postgres;

import dev.margin.domain.read.AnnotationFilter;
import dev.margin.domain.read.ReviewCount;
import dev.margin.domain.read.ReviewOrder;
import dev.margin.domain.read.ReviewRow;
import dev.margin.domain.read.SearchHit;
import dev.margin.domain.read.SearchQuery;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search benchmark of the team library, kept in the repository but not among the default tests (it builds a
 * library of 1,000,000 annotations, which takes minutes): the library's search ({@code SearchDao}, which the
 * command line's {@code export --query} and {@code ReviewQueries.search} use) timed over 300 queries of every shape
 * (a common word, a rare word, two words, a phrase, a prefix), against its floor: the same two statements (the
 * tsquery, then the search) with the same parameters sent over plain JDBC, outside the store, and as psql sends
 * them. Then the review window's browser on the same queries, as it searches ({@code ReviewDao}): the first page
 * best match first, and the count shown under it. Figures go to target/perf/team-search.txt.
 *
 * <p>The annotations are 8 words each, drawn from 5,000 made-up words with a Zipf-like skew (word k about as
 * frequent as 1/k, as in real text), on 1,000 English articles.
 *
 * <p>Run: {@code mvn -B -o test -Dtest=SearchBenchmarkCheck -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbench.annotations=N} for another size).
 */
class SearchBenchmarkCheck {
    private static final int VOCABULARY = 5000;
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "sa", "tu", "vel", "dor", "ine", "pra", "os", "quen",
        "bar", "ti", "ul", "gem", "ro", "fa", "nis", "cho"};

    @Test
    void aMillionAnnotationsSearched() throws Exception {
        int size = Integer.getInteger("bench.annotations", 1_000_000);
        PostgresTestServer server = PostgresTestServer.get();
        String database = server.freshDatabase();
        List<String> words = vocabulary();
        long built;
        try (Connection connection = server.connect(database, PostgresTestServer.SUPERUSER); Statement statement = connection.createStatement()) {
            long began = System.nanoTime();
            statement.execute("""
                    INSERT INTO margin.article (title, outlet, language, imported_at)
                    SELECT 'Article ' || g, 'Bench Wire', 'en', '2026-03-03T09:15:30.000000000Z' FROM generate_series(1, 1000) g""");
            statement.execute("""
                    INSERT INTO margin.article_revision (article_id, revision, text, content_hash, imported_at)
                    SELECT id, 1, 'text of ' || id, md5(id::text), imported_at FROM margin.article""");
            Array vocabulary = connection.createArrayOf("text", words.toArray());
            // Built as a bulk load is: the row triggers (stamping, announcing a million changes, foreign-key checks)
            // are skipped for this session, and the search column gets what the trigger would compute, from the
            // same function. Through the triggers, building took about 19 minutes per million on 2 cores.
            statement.execute("SET session_replication_role = replica");
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO margin.annotation (id, article_id, revision, kind, start_offset, end_offset, exact, anchor_state,
                                                   created, modified, search)
                    SELECT gen_random_uuid(), 1 + (g % 1000), 1, 'HIGHLIGHT', 0, length(t.exact), t.exact, 'OK',
                           '2026-03-03T09:15:30.000000000Z', '2026-03-03T09:15:30.000000000Z',
                           margin.annotation_vector(t.exact, '', NULL, NULL, NULL, false, 1 + (g % 1000))
                    FROM generate_series(?, ?) g,
                         LATERAL (SELECT string_agg((?::text[])[floor(power(?, random()))::int], ' ') AS exact
                                  FROM generate_series(1, 8) w WHERE g > 0) t""")) {
                for (int from = 1; from <= size; from += 100_000) {
                    insert.setInt(1, from);
                    insert.setInt(2, Math.min(size, from + 99_999));
                    insert.setArray(3, vocabulary);
                    insert.setInt(4, VOCABULARY);
                    insert.executeUpdate();
                }
            }
            statement.execute("SET session_replication_role = DEFAULT");
            try (ResultSet same = statement.executeQuery("""
                    SELECT count(*) FROM (SELECT * FROM margin.annotation LIMIT 1000) n
                    WHERE n.search IS DISTINCT FROM margin.annotation_vector(n.exact, n.note, n.speaker_actor_id, n.actor_id,
                                                                             n.claimant_actor_id, n.claimant_is_outlet, n.article_id)""")) {
                same.next();
                assertThat(same.getInt(1)).as("rows whose search column differs from what the trigger makes").isZero();
            }
            statement.execute("VACUUM ANALYZE margin.annotation");
            built = (System.nanoTime() - began) / 1_000_000_000L;
        }
        System.out.println("search benchmark: " + size + " annotations built in " + built + " s");

        List<String> typed = queries(words);
        List<String> queries = typed.stream().map(SearchQuery::fromUserInput).toList();
        List<Long> store = new ArrayList<>();
        List<Long> floor = new ArrayList<>();
        List<Long> literal = new ArrayList<>();
        List<List<Long>> byShape = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        int hits = 0;
        List<Long> browserPage = new ArrayList<>();
        List<Long> browserCount = new ArrayList<>();
        List<Long> browserBoth = new ArrayList<>();
        int estimated = 0;
        try (PostgresStore library = PostgresStore.open(server.address(database, PostgresTestServer.SUPERUSER), () -> null);
             Connection connection = server.connect(database, PostgresTestServer.SUPERUSER)) {
            for (String query : queries.subList(0, 30)) {
                library.search().search(query, 100);
                run(connection, query);
            }
            for (String query : queries) {
                long began = System.nanoTime();
                List<SearchHit> found = library.search().search(query, 100);
                store.add((System.nanoTime() - began) / 1000);
                hits += found.size();
                byShape.get((store.size() - 1) % 5).add(store.getLast());
                began = System.nanoTime();
                int rows = run(connection, query);
                floor.add((System.nanoTime() - began) / 1000);
                assertThat(rows).as(query).isEqualTo(found.size());
                began = System.nanoTime();
                assertThat(runAsPsql(connection, query)).as(query).isEqualTo(found.size());
                literal.add((System.nanoTime() - began) / 1000);
                if (store.size() % 50 == 0) {
                    System.out.println("search benchmark: " + store.size() + " queries timed; last: " + query + " "
                            + store.getLast() / 1000 + " ms, floor " + floor.getLast() / 1000 + " ms");
                }
            }
            for (String query : typed.subList(0, 30)) {
                library.review().rows(AnnotationFilter.none().withText(query), ReviewOrder.byDefault(), 0, 100);
                library.review().tally(AnnotationFilter.none().withText(query));
            }
            for (String query : typed) {
                AnnotationFilter filter = AnnotationFilter.none().withText(query);
                long began = System.nanoTime();
                List<ReviewRow> page = library.review().rows(filter, ReviewOrder.byDefault(), 0, 100);
                long paged = System.nanoTime();
                ReviewCount count = library.review().tally(filter);
                long counted = System.nanoTime();
                browserPage.add((paged - began) / 1000);
                browserCount.add((counted - paged) / 1000);
                browserBoth.add((counted - began) / 1000);
                estimated += count.exact() ? 0 : 1;
                assertThat(page.size()).as(query).isEqualTo(Math.min(100, count.annotations()));
            }
            try (Statement statement = connection.createStatement();
                 ResultSet count = statement.executeQuery("SELECT count(*) FROM margin.annotation")) {
                count.next();
                assertThat(count.getLong(1)).isEqualTo(size);
            }
        }
        String report = String.join("\n",
                "annotations: " + size + " on 1000 articles, built in " + built + " s",
                "queries: " + queries.size() + " (common word, rare word, two words, phrase, prefix), limit 100, " + hits + " hits",
                "SearchDao micros p50/p95/p99/max: " + TeamLoadCheck.percentiles(store),
                "floor, same SQL over plain JDBC, micros p50/p95/p99/max: " + TeamLoadCheck.percentiles(floor),
                "floor, same SQL with its values written in (planned for them, as psql sends it), micros p50/p95/p99/max: "
                        + TeamLoadCheck.percentiles(literal),
                "SearchDao by shape, micros p50/p95/max: common word " + shape(byShape.get(0)) + "; rare word " + shape(byShape.get(1))
                        + "; two words " + shape(byShape.get(2)) + "; phrase " + shape(byShape.get(3)) + "; prefix " + shape(byShape.get(4)),
                "review browser, first page best match first (100 rows with their details), micros p50/p95/p99/max: "
                        + TeamLoadCheck.percentiles(browserPage),
                "review browser, its count (" + estimated + " of " + typed.size() + " estimated), micros p50/p95/p99/max: "
                        + TeamLoadCheck.percentiles(browserCount),
                "review browser, page and count together, micros p50/p95/p99/max: " + TeamLoadCheck.percentiles(browserBoth),
                "");
        Files.createDirectories(Path.of("target", "perf"));
        Files.writeString(Path.of("target", "perf", "team-search.txt"), report, StandardCharsets.UTF_8);
        System.out.println(report);
    }

    private static String shape(List<Long> micros) {
        String[] all = TeamLoadCheck.percentiles(micros).split("/");
        return all[0] + "/" + all[1] + "/" + all[3];
    }

    /** The query as psql would send it: the tsquery made first, then one text with the values written in as literals. */
    private static int runAsPsql(Connection connection, String query) throws Exception {
        String tsquery = tsquery(connection, query);
        if (tsquery.isEmpty()) {
            return 0;
        }
        Optional<String> pairs = PhrasePairs.of(tsquery);
        String sql = PgSearchDao.sql(pairs).replaceFirst("\\?", literal(tsquery));
        if (pairs.isPresent()) {
            sql = sql.replaceFirst("\\?", literal(pairs.get()));
        }
        sql = sql.replaceFirst("\\?", String.valueOf(PgSearchDao.RANKED))
                .replaceFirst("\\?", literal(tsquery))
                .replaceFirst("\\?", "100")
                .replaceFirst("\\?", literal(tsquery))
                .replaceFirst("\\?", literal(SearchHit.MATCH_START))
                .replaceFirst("\\?", literal(SearchHit.MATCH_END));
        int rows = 0;
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows++;
            }
        }
        return rows;
    }

    private static String literal(String text) {
        return java.util.regex.Matcher.quoteReplacement("'" + text.replace("'", "''") + "'");
    }

    /** The floor over plain JDBC: the same two statements the store sends (the tsquery, then the search). */
    private static int run(Connection connection, String query) throws Exception {
        String tsquery = tsquery(connection, query);
        if (tsquery.isEmpty()) {
            return 0;
        }
        int rows = 0;
        Optional<String> pairs = PhrasePairs.of(tsquery);
        try (PreparedStatement plain = connection.prepareStatement(PgSearchDao.sql(pairs))) {
            PgSearchDao.bind(plain, tsquery, pairs, 100);
            try (ResultSet result = plain.executeQuery()) {
                while (result.next()) {
                    rows++;
                }
            }
        }
        return rows;
    }

    private static String tsquery(Connection connection, String query) throws Exception {
        try (PreparedStatement make = connection.prepareStatement(PgSearchDao.QUERY)) {
            make.setString(1, TsQueryText.of(query));
            try (ResultSet row = make.executeQuery()) {
                return row.next() && row.getString(1) != null ? row.getString(1) : "";
            }
        }
    }

    /** 5,000 made-up words of two or three syllables, none an English stop word. */
    private static List<String> vocabulary() {
        List<String> words = new ArrayList<>();
        for (int i = 0; words.size() < VOCABULARY; i++) {
            int a = i % SYLLABLES.length;
            int b = (i / SYLLABLES.length) % SYLLABLES.length;
            int c = i / (SYLLABLES.length * SYLLABLES.length);
            words.add(SYLLABLES[a] + SYLLABLES[b] + (c == 0 ? "" : SYLLABLES[c % SYLLABLES.length] + (c >= SYLLABLES.length ? "x" : "")));
        }
        return words;
    }

    private static List<String> queries(List<String> words) {
        Random random = new Random(7);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            queries.add(words.get(random.nextInt(20)));
            queries.add(words.get(1000 + random.nextInt(3999)));
            queries.add(words.get(random.nextInt(200)) + " " + words.get(random.nextInt(200)));
            queries.add("\"" + words.get(random.nextInt(50)) + " " + words.get(random.nextInt(50)) + "\"");
            queries.add(words.get(random.nextInt(400)).substring(0, 3) + "*");
        }
        return queries;
    }
}
