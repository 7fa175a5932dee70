package dev.margin.store.postgres;

import dev.margin.domain.AnnotationKind;
import dev.margin.domain.read.SearchHit;
import dev.margin.store.SearchDao;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link SearchDao} over the tsvector column {@code margin.annotation.search} (GIN-indexed): the query is
 * {@link TsQueryText} made into a tsquery by {@code margin.search_query} (as written and stemmed in every
 * language the library holds), ranked by ts_rank with the annotated words weighing most ('A'), then the note
 * ('B'), then the article's title ('C'). The rank returned is the negated ts_rank, so lower is better, as with
 * SQLite's bm25. The snippet is the first column (in weight order) that matches, marked by ts_headline, made only
 * for the rows kept after ranking (ts_headline reads the whole text, so making it for every match is the slow part).
 */
final class PgSearchDao implements SearchDao {
    /** Package-visible for the search benchmark, which times the same query over plain JDBC as its floor. */
    static final String SEARCH = """
            WITH q AS (SELECT margin.search_query(?) AS query),
                 best AS (SELECT n.id, n.seq, n.article_id, n.kind, n.exact, n.note,
                                 -ts_rank('{0.1, 0.2, 0.4, 1.0}', n.search, q.query) AS rank
                          FROM q, margin.annotation n
                          WHERE n.search @@ q.query
                          ORDER BY rank, n.seq
                          LIMIT ?)
            SELECT b.id, b.article_id, b.kind, a.title, b.rank,
                   margin.search_snippet(b.exact, b.note, a.title, a.language, q.query, ?, ?) AS snippet
            FROM best b JOIN margin.article a ON a.id = b.article_id, q
            ORDER BY b.rank, b.seq""";

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
            PreparedStatement select = db.prepare(SEARCH);
            select.setString(1, query);
            select.setInt(2, limit);
            select.setString(3, SearchHit.MATCH_START);
            select.setString(4, SearchHit.MATCH_END);
            List<SearchHit> hits = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    hits.add(new SearchHit(PgValues.uuid(rows, "id"), rows.getLong("article_id"),
                            PgValues.getEnum(rows, "kind", AnnotationKind.class), rows.getString("title"),
                            rows.getString("snippet"), rows.getDouble("rank")));
                }
            }
            return hits;
        });
    }
}
