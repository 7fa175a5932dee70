package dev.margin.store.postgres;

import dev.margin.domain.AnchorState;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.QuoteType;
import dev.margin.domain.read.MarkedText;
import dev.margin.domain.read.ReviewColumn;
import dev.margin.domain.read.ReviewOrder;
import dev.margin.domain.read.ReviewRow;
import dev.margin.domain.read.ReviewStats;
import dev.margin.domain.read.SearchHit;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The review queries' SQL on a team library: a page's order, its rows' details, and the statistics' counts. */
final class PgReviewQueries {
    /** A page's details by annotation seq (?8, a bigint[]), marked for the search (?1, a made tsquery or null). */
    private static final String DETAILS = """
            WITH q AS (SELECT ?::tsquery AS query)
            SELECT n.seq, n.id, n.kind, n.exact, n.note, n.created, n.anchor_state, n.claim_status, n.quote_type,
                   n.claimant_is_outlet, n.article_id, a.title, a.outlet, a.published_date, a.language,
                   p.id AS actor_id, p.name AS actor_name,
                   ARRAY(SELECT g.name FROM margin.annotation_tag t JOIN margin.tag g ON g.id = t.tag_id
                         WHERE t.annotation_id = n.id ORDER BY t.position) AS tags,
                   CASE WHEN q.query IS NULL THEN NULL ELSE margin.search_mark(n.exact, a.language, q.query, ?, ?) END AS exact_marked,
                   CASE WHEN q.query IS NULL THEN NULL ELSE margin.search_mark(a.title, a.language, q.query, ?, ?) END AS title_marked,
                   CASE WHEN q.query IS NULL THEN NULL ELSE margin.search_mark(n.note, a.language, q.query, ?, ?) END AS note_marked
            FROM q, margin.annotation n JOIN margin.article a ON a.id = n.article_id
            LEFT JOIN margin.actor p ON p.id = COALESCE(n.speaker_actor_id, n.actor_id, n.claimant_actor_id)
            WHERE n.seq = ANY (?)""";

    private PgReviewQueries() {
    }

    static String orderBy(ReviewOrder order, boolean searching) {
        String direction = order.descending() ? " DESC" : "";
        List<String> terms = new ArrayList<>();
        switch (order.column()) {
            case RELEVANCE -> terms.add(searching ? "-ts_rank(" + WEIGHTS + ", n.search, q.query)" + direction
                    : "n.created" + (order.descending() ? "" : " DESC"));
            case KIND -> terms.add(ordinal("n.kind", AnnotationKind.values()) + direction);
            case TEXT -> terms.add("lower(n.exact) COLLATE \"C\"" + direction);
            case ACTOR -> emptyLast(terms, "p.name_key IS NULL", "p.name_key COLLATE \"C\"" + direction);
            case ARTICLE -> terms.add("lower(a.title) COLLATE \"C\"" + direction);
            case OUTLET -> emptyLast(terms, "a.outlet = ''", "lower(a.outlet) COLLATE \"C\"" + direction);
            case ARTICLE_DATE -> emptyLast(terms, "a.published_date IS NULL", "a.published_date" + direction);
            case STATUS -> emptyLast(terms, "n.claim_status IS NULL", ordinal("n.claim_status", ClaimStatus.values()) + direction);
            case NOTE -> emptyLast(terms, "n.note = ''", "lower(n.note) COLLATE \"C\"" + direction);
            case CREATED -> terms.add("n.created" + direction);
            case ANCHOR_STATE -> terms.add(ordinal("n.anchor_state", AnchorState.values()) + direction);
        }
        terms.add("n.seq");
        return "ORDER BY " + String.join(", ", terms);
    }

    /** The weights of ts_rank for the search column's D, C, B and A parts (see {@link PgSearchDao}). */
    static final String WEIGHTS = "'{0.1, 0.2, 0.4, 1.0}'";

    private static void emptyLast(List<String> terms, String isEmpty, String term) {
        terms.add(isEmpty);
        terms.add(term);
    }

    private static String ordinal(String column, Enum<?>[] values) {
        StringBuilder sql = new StringBuilder("CASE ").append(column);
        for (Enum<?> value : values) {
            sql.append(" WHEN '").append(value.name()).append("' THEN ").append(value.ordinal());
        }
        return sql.append(" END").toString();
    }

    static List<ReviewRow> details(Connection connection, List<Long> seqs, String tsQuery) throws SQLException {
        if (seqs.isEmpty()) {
            return List.of();
        }
        Map<Long, ReviewRow> rows = new HashMap<>();
        try (PreparedStatement details = connection.prepareStatement(DETAILS)) {
            String query = tsQuery.isEmpty() ? null : tsQuery;
            details.setString(1, query);
            for (int i = 2; i <= 7; i += 2) {
                details.setString(i, SearchHit.MATCH_START);
                details.setString(i + 1, SearchHit.MATCH_END);
            }
            Array array = connection.createArrayOf("int8", seqs.toArray());
            details.setArray(8, array);
            try (ResultSet result = details.executeQuery()) {
                while (result.next()) {
                    rows.put(result.getLong("seq"), row(result));
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

    private static MarkedText marked(ResultSet result, String column, String markedColumn) throws SQLException {
        String marked = result.getString(markedColumn);
        return marked == null ? MarkedText.plain(result.getString(column)) : MarkedText.fromMarkers(marked);
    }

    private static ReviewRow row(ResultSet result) throws SQLException {
        String outlet = result.getString("outlet");
        boolean outletClaims = result.getBoolean("claimant_is_outlet") && result.getObject("actor_id") == null;
        List<String> tags = new ArrayList<>();
        for (Object tag : (Object[]) result.getArray("tags").getArray()) {
            tags.add((String) tag);
        }
        return new ReviewRow(
                PgValues.uuid(result, "id"),
                PgValues.getEnum(result, "kind", AnnotationKind.class),
                marked(result, "exact", "exact_marked"),
                PgValues.getLong(result, "actor_id"),
                outletClaims ? outlet : result.getString("actor_name"),
                result.getLong("article_id"),
                marked(result, "title", "title_marked"),
                outlet,
                PgValues.date(result, "published_date"),
                tags,
                PgValues.getEnum(result, "claim_status", ClaimStatus.class),
                PgValues.getEnum(result, "quote_type", QuoteType.class),
                marked(result, "note", "note_marked"),
                PgValues.instant(result.getString("created")),
                PgValues.getEnum(result, "anchor_state", AnchorState.class));
    }

    static int count(Connection connection, PgFilter filter) throws SQLException {
        try (PreparedStatement statement = PgFilter.prepare(connection, filter.with() + "SELECT count(*)\n" + filter.fromWhere())) {
            filter.bind(statement, 1);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getInt(1) : 0;
            }
        }
    }

    static <E extends Enum<E>> Map<E, Integer> perEnum(Connection connection, PgFilter filter, String column, Class<E> type)
            throws SQLException {
        String sql = filter.with() + "SELECT " + column + " AS value, count(*) AS n\n" + filter.fromWhere() + "\nGROUP BY " + column;
        Map<E, Integer> counts = new EnumMap<>(type);
        try (PreparedStatement statement = PgFilter.prepare(connection, sql)) {
            filter.bind(statement, 1);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    E value = PgValues.getEnum(result, "value", type);
                    if (value != null) {
                        counts.put(value, result.getInt("n"));
                    }
                }
            }
        }
        return counts;
    }

    static ReviewStats stats(Connection connection, PgFilter filter, int topSpeakers) throws SQLException {
        Map<AnnotationKind, Integer> perKind = perEnum(connection, filter, "n.kind", AnnotationKind.class);
        int total = perKind.values().stream().mapToInt(Integer::intValue).sum();
        return new ReviewStats(total, perKind,
                perEnum(connection, filter.and("n.kind = ?", AnnotationKind.QUOTE.name()), "n.quote_type", QuoteType.class),
                perEnum(connection, filter.and("n.kind = ?", AnnotationKind.CLAIM.name()), "n.claim_status", ClaimStatus.class),
                named(connection, filter.and("n.kind = ?", AnnotationKind.QUOTE.name()).and("n.speaker_actor_id IS NOT NULL"),
                        "n.speaker_actor_id", "(SELECT name FROM margin.actor WHERE id = n.speaker_actor_id)", topSpeakers),
                named(connection, filter, null, "a.outlet", Integer.MAX_VALUE),
                perMonth(connection, filter.and("a.published_date IS NOT NULL")),
                count(connection, filter.and("a.published_date IS NULL")));
    }

    /** Counts per name (per id when {@code idColumn} is given), most first, then by name ignoring case. */
    private static List<ReviewStats.NamedCount> named(Connection connection, PgFilter filter, String idColumn, String nameExpression,
                                                      int limit) throws SQLException {
        if (limit <= 0) {
            return List.of();
        }
        String group = idColumn == null ? nameExpression : idColumn;
        String sql = filter.with() + "SELECT " + (idColumn == null ? "NULL::bigint" : idColumn) + " AS id, " + nameExpression
                + " AS name, count(*) AS n\n" + filter.fromWhere() + "\nGROUP BY " + group
                + "\nORDER BY n DESC, lower(" + nameExpression + ") COLLATE \"C\"\nLIMIT ?";
        List<ReviewStats.NamedCount> counts = new ArrayList<>();
        try (PreparedStatement statement = PgFilter.prepare(connection, sql)) {
            statement.setInt(filter.bind(statement, 1), limit);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    counts.add(new ReviewStats.NamedCount(PgValues.getLong(result, "id"), result.getString("name"), result.getInt("n")));
                }
            }
        }
        return counts;
    }

    private static List<ReviewStats.MonthCount> perMonth(Connection connection, PgFilter filter) throws SQLException {
        String sql = filter.with() + "SELECT to_char(a.published_date, 'YYYY-MM') AS month, count(*) AS n\n" + filter.fromWhere()
                + "\nGROUP BY month\nORDER BY month";
        List<ReviewStats.MonthCount> months = new ArrayList<>();
        try (PreparedStatement statement = PgFilter.prepare(connection, sql)) {
            filter.bind(statement, 1);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    months.add(new ReviewStats.MonthCount(YearMonth.parse(result.getString("month")), result.getInt("n")));
                }
            }
        }
        return months;
    }

    /** Whether the order reads the search's rank (only meaningful with search words). */
    static boolean ranks(ReviewOrder order) {
        return order.column() == ReviewColumn.RELEVANCE;
    }
}
