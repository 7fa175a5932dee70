package dev.margin.store.sqlite;

import dev.margin.domain.AnnotationKind;
import dev.margin.store.SearchDao;
import dev.margin.store.SearchHit;
import dev.margin.store.StoreException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link SearchDao} over the FTS5 table {@code annotation_search} (see migration V002).
 *
 * <p>The query shape, for the filters the review view will add: the MATCH stays on
 * {@code annotation_search}; the hit joins {@code annotation n} (rowid = n.seq) and {@code article a};
 * a filter is one more {@code AND} on {@code n} or {@code a} before {@code ORDER BY rank}
 * (kind: {@code n.kind = ?}; actor: {@code ? IN (n.actor_id, n.speaker_actor_id, n.claimant_actor_id)};
 * claim status: {@code n.claim_status = ?}; outlet: {@code a.outlet = ?}; article: {@code n.article_id = ?};
 * date range: {@code a.published_date BETWEEN ? AND ?}; tag: {@code EXISTS (SELECT 1 FROM annotation_tag t
 * JOIN tag g ON g.id = t.tag_id WHERE t.annotation_id = n.id AND g.name = ?)}).
 */
final class SqliteSearchDao implements SearchDao {
    /** bm25 weights of the columns exact, note, title: the annotated words count most. */
    private static final String RANK = "bm25(annotation_search, 4.0, 2.0, 1.0)";
    private static final String SEARCH = """
            SELECT n.id, n.article_id, n.kind, a.title,
                   snippet(annotation_search, -1, char(2), char(3), '…', 16) AS snippet,
                   %s AS rank
            FROM annotation_search
            JOIN annotation n ON n.seq = annotation_search.rowid
            JOIN article a ON a.id = n.article_id
            WHERE annotation_search MATCH ?
            ORDER BY rank
            LIMIT ?""".formatted(RANK);

    private final Database db;

    SqliteSearchDao(Database db) {
        this.db = db;
    }

    @Override
    public List<SearchHit> search(String ftsQuery, int limit) {
        if (ftsQuery == null || ftsQuery.isBlank() || limit <= 0) {
            return List.of();
        }
        return db.call("searching for " + ftsQuery, () -> {
            PreparedStatement search = db.prepare(SEARCH);
            search.setString(1, ftsQuery);
            search.setInt(2, limit);
            List<SearchHit> hits = new ArrayList<>();
            try (ResultSet rows = search.executeQuery()) {
                while (rows.next()) {
                    hits.add(new SearchHit(SqlValues.uuid(rows.getString("id")), rows.getLong("article_id"),
                            SqlValues.getEnum(rows, "kind", AnnotationKind.class), rows.getString("title"),
                            rows.getString("snippet"), rows.getDouble("rank")));
                }
            } catch (SQLException e) {
                if (isQuerySyntaxError(e)) {
                    throw new StoreException("The search " + ftsQuery + " is not a valid full-text query: " + e.getMessage(), e);
                }
                throw e;
            }
            return hits;
        });
    }

    /** The statement itself is fixed and known to work, so a plain SQLITE_ERROR means FTS5 rejected the query. */
    private static boolean isQuerySyntaxError(SQLException e) {
        return StoreErrors.primaryCode(e) == StoreErrors.SQLITE_ERROR;
    }
}
