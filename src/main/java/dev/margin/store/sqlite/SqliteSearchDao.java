package dev.margin.store.sqlite;

import dev.margin.domain.AnnotationKind;
import dev.margin.store.SearchDao;
import dev.margin.domain.read.SearchHit;
import dev.margin.store.StoreException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link SearchDao} over the FTS5 table {@code annotation_search} (see migrations V002 and V008: the annotated
 * words, the note, the article's title, the names and aliases of the actors the annotation names, and the
 * article's note and tags).
 *
 * <p>A search runs in two steps. First the full-text query ranks the matching rows (bm25, in C, for every
 * match) and keeps the best; then the rows shown are read by their keys, and {@link SearchHighlighter}
 * marks the matched words. (SQLite's {@code snippet()} would be computed for every match before the
 * ranking cut, or need the full-text query run again for the rows kept: either costs more than the search.)
 *
 * <p>The query shape, for the filters the review view will add: a filter is one more {@code AND} in the
 * first step, with {@code annotation n} (rowid = n.seq) and {@code article a} joined:
 * <pre>
 * SELECT annotation_search.rowid, bm25(annotation_search, 4.0, 2.0, 1.0, 3.0, 1.0) AS rank
 * FROM annotation_search
 * JOIN annotation n ON n.seq = annotation_search.rowid
 * JOIN article a ON a.id = n.article_id
 * WHERE annotation_search MATCH ? AND n.kind = ? AND a.outlet = ? ...
 * ORDER BY rank LIMIT ?
 * </pre>
 * Filters: kind {@code n.kind = ?}; actor {@code ? IN (n.actor_id, n.speaker_actor_id, n.claimant_actor_id)};
 * claim status {@code n.claim_status = ?}; outlet {@code a.outlet = ?}; article {@code n.article_id = ?};
 * date range {@code a.published_date BETWEEN ? AND ?}; tag {@code EXISTS (SELECT 1 FROM annotation_tag t
 * JOIN tag g ON g.id = t.tag_id WHERE t.annotation_id = n.id AND g.name = ?)}.
 */
final class SqliteSearchDao implements SearchDao {
    /** Ranks the matches; the bm25 weights of the review's order ({@link OrderSql#RANK}): the annotated words count most. */
    private static final String RANK = """
            SELECT rowid, %s AS rank
            FROM annotation_search
            WHERE annotation_search MATCH ?
            ORDER BY rank
            LIMIT ?""".formatted(OrderSql.RANK);
    /** The rows shown, by key: ?1 is a JSON array of annotation.seq values. */
    private static final String ROWS = """
            SELECT n.seq, n.id, n.article_id, n.kind, n.exact, n.note, a.title
            FROM annotation n JOIN article a ON a.id = n.article_id
            WHERE n.seq IN (SELECT value FROM json_each(?))""";

    private final Database db;

    SqliteSearchDao(Database db) {
        this.db = db;
    }

    @Override
    public List<SearchHit> search(String ftsQuery, int limit) {
        if (ftsQuery == null || ftsQuery.isBlank() || limit <= 0) {
            return List.of();
        }
        SearchHighlighter highlighter = new SearchHighlighter(ftsQuery);
        return db.call("searching for " + ftsQuery, () -> {
            Map<Long, Double> ranks = new LinkedHashMap<>();
            PreparedStatement rank = db.prepare(RANK);
            rank.setString(1, ftsQuery);
            rank.setInt(2, limit);
            try (ResultSet rows = rank.executeQuery()) {
                while (rows.next()) {
                    ranks.put(rows.getLong(1), rows.getDouble(2));
                }
            } catch (SQLException e) {
                if (isQuerySyntaxError(e)) {
                    throw new StoreException("The search " + ftsQuery + " is not a valid full-text query: " + e.getMessage(), e);
                }
                throw e;
            }
            if (ranks.isEmpty()) {
                return List.of();
            }
            Map<Long, SearchHit> hits = new HashMap<>();
            PreparedStatement select = db.prepare(ROWS);
            select.setString(1, ranks.keySet().toString());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long seq = rows.getLong("seq");
                    hits.put(seq, new SearchHit(SqlValues.uuid(rows.getString("id")), rows.getLong("article_id"),
                            SqlValues.getEnum(rows, "kind", AnnotationKind.class), rows.getString("title"),
                            snippet(highlighter, rows.getString("exact"), rows.getString("note"), rows.getString("title")),
                            ranks.get(seq)));
                }
            }
            List<SearchHit> ranked = new ArrayList<>();
            for (Long seq : ranks.keySet()) {
                SearchHit hit = hits.get(seq);
                if (hit != null) {
                    ranked.add(hit);
                }
            }
            return ranked;
        });
    }

    /** The snippet of the first column (in weight order) where the query's words show. */
    private static String snippet(SearchHighlighter highlighter, String exact, String note, String title) {
        for (String column : List.of(exact, note, title)) {
            if (highlighter.matches(column)) {
                return highlighter.snippet(column);
            }
        }
        return highlighter.snippet(exact);
    }

    /** The statements are fixed and known to work, so a plain SQLITE_ERROR means FTS5 rejected the query. */
    private static boolean isQuerySyntaxError(SQLException e) {
        return StoreErrors.primaryCode(e) == StoreErrors.SQLITE_ERROR;
    }
}
