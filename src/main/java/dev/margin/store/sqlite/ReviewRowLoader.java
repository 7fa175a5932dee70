package dev.margin.store.sqlite;

import dev.margin.domain.AnchorState;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.QuoteType;
import dev.margin.domain.read.MarkedText;
import dev.margin.domain.read.ReviewRow;

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
 * {@link ReviewRow}s: their details with article, actor and tags, and, with search words, an extract of the
 * annotated words, the note and the title around the matches with the matches marked ({@link SearchHighlighter}).
 *
 * <p>Kept apart from the query that finds the page so that the expensive columns (actor, tags) are
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
            WHERE n.seq IN (SELECT value FROM json_each(?))""";

    private ReviewRowLoader() {
    }

    /** The rows of {@code seqs}, in that order; {@code ftsQuery} (or "") marks the matches. */
    static List<ReviewRow> load(Connection connection, List<Long> seqs, String ftsQuery) throws SQLException {
        if (seqs.isEmpty()) {
            return List.of();
        }
        Marker marker = ftsQuery.isEmpty() ? MarkedText::plain : marking(new SearchHighlighter(ftsQuery));
        Map<Long, ReviewRow> rows = new HashMap<>();
        try (PreparedStatement details = connection.prepareStatement(DETAILS)) {
            details.setString(1, jsonArray(seqs));
            try (ResultSet result = details.executeQuery()) {
                while (result.next()) {
                    rows.put(result.getLong("seq"), row(result, marker));
                }
            }
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

    /** How a text column becomes a {@link MarkedText}: as it is, or as an extract with the matches marked. */
    @FunctionalInterface
    private interface Marker {
        MarkedText mark(String text);
    }

    private static Marker marking(SearchHighlighter highlighter) {
        return text -> text == null || text.isEmpty() ? MarkedText.plain(text) : MarkedText.fromMarkers(highlighter.snippet(text));
    }

    private static ReviewRow row(ResultSet result, Marker marker) throws SQLException {
        String outlet = result.getString("outlet");
        boolean outletClaims = result.getInt("claimant_is_outlet") == 1 && result.getObject("actor_id") == null;
        String tags = result.getString("tags");
        return new ReviewRow(
                SqlValues.uuid(result.getString("id")),
                SqlValues.getEnum(result, "kind", AnnotationKind.class),
                marker.mark(result.getString("exact")),
                SqlValues.getLong(result, "actor_id"),
                outletClaims ? outlet : result.getString("actor_name"),
                result.getLong("article_id"),
                marker.mark(result.getString("title")),
                outlet,
                SqlValues.date(result.getString("published_date")),
                tags == null ? List.of() : List.of(tags.split("\u001f")),
                SqlValues.getEnum(result, "claim_status", ClaimStatus.class),
                SqlValues.getEnum(result, "quote_type", QuoteType.class),
                marker.mark(result.getString("note")),
                SqlValues.instant(result.getString("created")),
                SqlValues.getEnum(result, "anchor_state", AnchorState.class));
    }

    /** The row numbers as a JSON array for json_each: one parameter, however long the page. */
    private static String jsonArray(List<Long> seqs) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < seqs.size(); i++) {
            json.append(i == 0 ? "" : ",").append(seqs.get(i).longValue());
        }
        return json.append(']').toString();
    }
}
