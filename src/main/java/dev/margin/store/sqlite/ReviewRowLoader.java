package dev.margin.store.sqlite;

import dev.margin.domain.AnchorState;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.QuoteType;
import dev.margin.store.MarkedText;
import dev.margin.store.ReviewRow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a page of annotation row numbers ({@code annotation.seq}, already filtered and sorted) into
 * {@link ReviewRow}s: their details with article, actor and tags, and, with search words, the matches
 * FTS5's {@code highlight()} marks in the annotated words, the note and the title.
 *
 * <p>Kept apart from the query that finds the page so that the expensive columns (tags, highlights) are
 * computed for the page's rows only, never for every row the sort has to look at.
 */
final class ReviewRowLoader {
    /** char(31), the unit separator: tag names cannot contain it (they are typed on one line). */
    private static final String DETAILS = """
            SELECT n.seq, n.id, n.kind, n.exact, n.note, n.created, n.anchor_state, n.claim_status, n.quote_type,
                   n.claimant_is_outlet, n.article_id, a.title, a.outlet, a.published_date,
                   p.id AS actor_id, p.name AS actor_name,
                   (SELECT group_concat(name, char(31)) FROM (
                        SELECT g.name FROM annotation_tag t JOIN tag g ON g.id = t.tag_id
                        WHERE t.annotation_id = n.id ORDER BY t.position)) AS tags
            FROM annotation n
            JOIN article a ON a.id = n.article_id
            LEFT JOIN actor p ON p.id = COALESCE(n.speaker_actor_id, n.actor_id, n.claimant_actor_id)
            WHERE n.seq IN (%s)""";
    private static final String HIGHLIGHTS = """
            SELECT rowid,
                   highlight(annotation_search, 0, char(2), char(3)) AS exact,
                   highlight(annotation_search, 1, char(2), char(3)) AS note,
                   highlight(annotation_search, 2, char(2), char(3)) AS title
            FROM annotation_search
            WHERE annotation_search MATCH ? AND rowid IN (%s)""";

    private ReviewRowLoader() {
    }

    /** Rows per statement: well below SQLite's limit of parameters per statement. */
    private static final int CHUNK = 500;

    /** The rows of {@code seqs}, in that order; {@code ftsQuery} (or "") marks the matches. */
    static List<ReviewRow> load(Connection connection, List<Long> seqs, String ftsQuery) throws SQLException {
        Map<Long, ReviewRow> rows = new HashMap<>();
        for (int from = 0; from < seqs.size(); from += CHUNK) {
            loadChunk(connection, seqs.subList(from, Math.min(seqs.size(), from + CHUNK)), ftsQuery, rows);
        }
        List<ReviewRow> ordered = new ArrayList<>(seqs.size());
        for (Long seq : seqs) {
            ReviewRow row = rows.get(seq);
            if (row != null) {
                ordered.add(row);
            }
        }
        return ordered;
    }

    private static void loadChunk(Connection connection, List<Long> seqs, String ftsQuery, Map<Long, ReviewRow> rows) throws SQLException {
        Map<Long, Highlights> highlights = ftsQuery.isEmpty() ? Map.of() : highlights(connection, seqs, ftsQuery);
        try (PreparedStatement details = connection.prepareStatement(DETAILS.formatted(FilterClause.placeholders(seqs.size())))) {
            bindSeqs(details, 1, seqs);
            try (ResultSet result = details.executeQuery()) {
                while (result.next()) {
                    long seq = result.getLong("seq");
                    rows.put(seq, row(result, highlights.get(seq)));
                }
            }
        }
    }

    private static ReviewRow row(ResultSet result, Highlights marked) throws SQLException {
        String outlet = result.getString("outlet");
        boolean outletClaims = result.getInt("claimant_is_outlet") == 1 && result.getObject("actor_id") == null;
        String tags = result.getString("tags");
        return new ReviewRow(
                SqlValues.uuid(result.getString("id")),
                SqlValues.getEnum(result, "kind", AnnotationKind.class),
                marked == null ? MarkedText.plain(result.getString("exact")) : marked.exact,
                SqlValues.getLong(result, "actor_id"),
                outletClaims ? outlet : result.getString("actor_name"),
                result.getLong("article_id"),
                marked == null ? MarkedText.plain(result.getString("title")) : marked.title,
                outlet,
                SqlValues.date(result.getString("published_date")),
                tags == null ? List.of() : List.of(tags.split("\u001f")),
                SqlValues.getEnum(result, "claim_status", ClaimStatus.class),
                SqlValues.getEnum(result, "quote_type", QuoteType.class),
                marked == null ? MarkedText.plain(result.getString("note")) : marked.note,
                SqlValues.instant(result.getString("created")),
                SqlValues.getEnum(result, "anchor_state", AnchorState.class));
    }

    private static Map<Long, Highlights> highlights(Connection connection, List<Long> seqs, String ftsQuery) throws SQLException {
        Map<Long, Highlights> marked = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(HIGHLIGHTS.formatted(FilterClause.placeholders(seqs.size())))) {
            statement.setString(1, ftsQuery);
            bindSeqs(statement, 2, seqs);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    marked.put(result.getLong("rowid"), new Highlights(MarkedText.fromMarkers(result.getString("exact")),
                            MarkedText.fromMarkers(result.getString("note")), MarkedText.fromMarkers(result.getString("title"))));
                }
            }
        }
        return marked;
    }

    private static void bindSeqs(PreparedStatement statement, int first, List<Long> seqs) throws SQLException {
        int index = first;
        for (Long seq : seqs) {
            statement.setLong(index++, seq);
        }
    }

    private record Highlights(MarkedText exact, MarkedText note, MarkedText title) {
    }
}
