package dev.margin.store.postgres;

import dev.margin.domain.AnnotationKind;
import dev.margin.store.RejectedSuggestion;
import dev.margin.store.RejectedSuggestionDao;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** {@link RejectedSuggestionDao} over {@code margin.rejected_suggestion}. */
final class PgRejectedSuggestionDao implements RejectedSuggestionDao {
    private static final String INSERT = """
            INSERT INTO margin.rejected_suggestion (article_id, revision, suggestion_id, kind, start_offset, end_offset, exact, rejected_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (article_id, revision, suggestion_id) DO NOTHING""";
    private static final String DELETE = "DELETE FROM margin.rejected_suggestion WHERE article_id = ? AND revision = ? AND suggestion_id = ?";
    private static final String FOR_ARTICLE = """
            SELECT article_id, revision, suggestion_id, kind, start_offset, end_offset, exact, rejected_at
            FROM margin.rejected_suggestion
            WHERE article_id = ?
            ORDER BY rejected_at, revision, start_offset""";

    private final PgDatabase db;

    PgRejectedSuggestionDao(PgDatabase db) {
        this.db = db;
    }

    @Override
    public void reject(RejectedSuggestion rejected) {
        db.transaction(() -> db.call("saving the rejected suggestion \"" + rejected.exact() + "\"", () -> {
            PreparedStatement insert = db.prepare(INSERT);
            insert.setLong(1, rejected.articleId());
            insert.setInt(2, rejected.revision());
            insert.setString(3, rejected.suggestionId());
            insert.setString(4, rejected.kind().name());
            insert.setInt(5, rejected.start());
            insert.setInt(6, rejected.end());
            insert.setString(7, rejected.exact());
            insert.setString(8, PgValues.instant(rejected.rejectedAt()));
            insert.executeUpdate();
            return null;
        }));
    }

    @Override
    public boolean unreject(long articleId, int revision, String suggestionId) {
        return db.transaction(() -> db.call("forgetting the rejected suggestion " + suggestionId, () -> {
            PreparedStatement delete = db.prepare(DELETE);
            delete.setLong(1, articleId);
            delete.setInt(2, revision);
            delete.setString(3, suggestionId);
            return delete.executeUpdate() > 0;
        }));
    }

    @Override
    public List<RejectedSuggestion> forArticle(long articleId) {
        return db.call("reading the rejected suggestions of article " + articleId, () -> {
            PreparedStatement select = db.prepare(FOR_ARTICLE);
            select.setLong(1, articleId);
            List<RejectedSuggestion> rows = new ArrayList<>();
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    rows.add(new RejectedSuggestion(r.getLong("article_id"), r.getInt("revision"), r.getString("suggestion_id"),
                            AnnotationKind.valueOf(r.getString("kind")), r.getInt("start_offset"), r.getInt("end_offset"),
                            r.getString("exact"), PgValues.instant(r.getString("rejected_at"))));
                }
            }
            return rows;
        });
    }
}
