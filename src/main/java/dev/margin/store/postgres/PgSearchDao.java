package dev.margin.store.postgres;

import dev.margin.domain.AnnotationKind;
import dev.margin.domain.read.SearchHit;
import dev.margin.store.SearchDao;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link SearchDao} over the tsvector column {@code margin.annotation.search} (GIN-indexed): the query is
 * {@link TsQueryText} made into a tsquery by {@code margin.search_query} (as written and stemmed in every
 * language the library holds), ranked by ts_rank with the annotated words weighing most ('A'), then the note
 * ('B'), then the article's title ('C'). The rank returned is the negated ts_rank, so lower is better, as with
 * SQLite's bm25. The snippet is the first column (in weight order) that matches, marked by ts_headline, made only
 * for the rows kept after ranking (ts_headline reads the whole text, so making it for every match is the slow part).
 *
 * <p>Only the newest {@value #RANKED} matches are ranked. A common word or a short prefix matches a large part of a
 * big team library (half of a million annotations in the search benchmark), and ranking every match means reading
 * every matching row, which took 0.4 to 0.8 s there; the newest matches come from the index on insertion order and
 * stop at the cap. A phrase is narrowed first by its pairs of neighbouring words ({@link PhrasePairs}, V008).
 * A query with fewer matches is ranked whole. The tsquery is made first, in its own statement, so that the search itself is planned for it (how many rows it will match decides between the text
 * index and the insertion-order index); for the same reason the search is planned anew each time, never from a
 * plan made for other words.
 */
final class PgSearchDao implements SearchDao {
    /** How many of the newest matches are ranked at most. */
    static final int RANKED = 500;

    /** The query text as the tsquery the search uses (empty when it holds no lexeme). */
    static final String QUERY = "SELECT margin.search_query(?)::text";

    /**
     * Package-visible for the search benchmark, which times the same query over plain JDBC as its floor. Parameters:
     * the tsquery, for a query with phrases their word pairs ({@link PhrasePairs}, V008), the number ranked at most,
     * the tsquery, the limit, the tsquery, the marks.
     */
    static final String SEARCH = """
            WITH candidates AS MATERIALIZED (
                     SELECT n.id, n.seq, n.article_id, n.kind, n.exact, n.note, n.search
                     FROM margin.annotation n
                     WHERE n.search @@ ?::tsquery%s
                     ORDER BY n.seq DESC
                     LIMIT ?),
                 best AS (SELECT c.id, c.seq, c.article_id, c.kind, c.exact, c.note,
                                 -ts_rank('{0.1, 0.2, 0.4, 1.0}', c.search, ?::tsquery) AS rank
                          FROM candidates c
                          ORDER BY rank, c.seq
                          LIMIT ?)
            SELECT b.id, b.article_id, b.kind, a.title, b.rank,
                   margin.search_snippet(b.exact, b.note, a.title, a.language, ?::tsquery, ?, ?) AS snippet
            FROM best b JOIN margin.article a ON a.id = b.article_id
            ORDER BY b.rank, b.seq""";

    /** The search for a query without phrases, and for one whose phrases' word pairs narrow it first. */
    private static final String PLAIN = SEARCH.formatted("");
    private static final String WITH_PAIRS = SEARCH.formatted(" AND n.pairs @@ ?::tsquery");

    /** The search's SQL: with the pairs filter when the query's phrases give one ({@link PhrasePairs#of}). */
    static String sql(Optional<String> pairs) {
        return pairs.isPresent() ? WITH_PAIRS : PLAIN;
    }

    private final PgDatabase db;

    PgSearchDao(PgDatabase db) {
        this.db = db;
    }

    @Override
    public List<SearchHit> search(String ftsQuery, int limit) {
        if (ftsQuery == null || ftsQuery.isBlank() || limit <= 0) {
            return List.of();
        }
        String query = TsQueryText.of(ftsQuery);
        if (query.isEmpty()) {
            return List.of();
        }
        return db.call("searching for " + ftsQuery, () -> {
            String tsquery = makeQuery(db.connection(), query);
            if (tsquery.isEmpty()) {
                return List.of();
            }
            Optional<String> pairs = PhrasePairs.of(tsquery);
            List<SearchHit> hits = new ArrayList<>();
            try (PreparedStatement select = PgFilter.prepare(db.connection(), sql(pairs))) {
                bind(select, tsquery, pairs, limit);
                ResultSet rows = select.executeQuery();
                while (rows.next()) {
                    hits.add(new SearchHit(PgValues.uuid(rows, "id"), rows.getLong("article_id"),
                            PgValues.getEnum(rows, "kind", AnnotationKind.class), rows.getString("title"),
                            rows.getString("snippet"), rows.getDouble("rank")));
                }
            }
            return hits;
        });
    }

    /**
     * {@code query} ({@link TsQueryText}) as the tsquery a search uses, as PostgreSQL prints it; empty when it holds
     * no lexeme (stop words only).
     */
    static String makeQuery(Connection connection, String query) throws SQLException {
        try (PreparedStatement make = connection.prepareStatement(QUERY)) {
            make.setString(1, query);
            try (ResultSet row = make.executeQuery()) {
                return row.next() && row.getString(1) != null ? row.getString(1) : "";
            }
        }
    }

    /** Binds the parameters of {@link #sql}'s statement for {@code tsquery} and its {@code pairs}; package-visible for the benchmark's floor. */
    static void bind(PreparedStatement select, String tsquery, Optional<String> pairs, int limit) throws SQLException {
        int i = 0;
        select.setString(++i, tsquery);
        if (pairs.isPresent()) {
            select.setString(++i, pairs.get());
        }
        select.setInt(++i, RANKED);
        select.setString(++i, tsquery);
        select.setInt(++i, limit);
        select.setString(++i, tsquery);
        select.setString(++i, SearchHit.MATCH_START);
        select.setString(++i, SearchHit.MATCH_END);
    }
}
