package dev.margin.store.sqlite;

import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.QuoteType;
import dev.margin.domain.read.ReviewStats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The counting queries of the review views, each one GROUP BY over what a {@link FilterClause} selects.
 * Callers hold the store's lock ({@link Database#call}).
 */
final class ReviewStatsQuery {
    private ReviewStatsQuery() {
    }

    static int count(Connection connection, FilterClause clause) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT count(*)\n" + clause.fromWhere(FilterClause.Needs.NOTHING_MORE))) {
            clause.bind(statement, 1);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getInt(1) : 0;
            }
        }
    }

    static Map<ClaimStatus, Integer> claimsByStatus(Connection connection, FilterClause clause) throws SQLException {
        return perEnum(connection, clause.and("n.kind = ?", AnnotationKind.CLAIM.name()), "n.claim_status", ClaimStatus.class);
    }

    static ReviewStats stats(Connection connection, FilterClause clause, int topSpeakers) throws SQLException {
        Map<AnnotationKind, Integer> perKind = perEnum(connection, clause, "n.kind", AnnotationKind.class);
        int total = perKind.values().stream().mapToInt(Integer::intValue).sum();
        return new ReviewStats(total, perKind,
                perEnum(connection, clause.and("n.kind = ?", AnnotationKind.QUOTE.name()), "n.quote_type", QuoteType.class),
                claimsByStatus(connection, clause),
                topSpeakers(connection, clause, topSpeakers),
                perOutlet(connection, clause),
                perMonth(connection, clause),
                count(connection, clause.andOnArticle("a.published_date IS NULL")));
    }

    private static <E extends Enum<E>> Map<E, Integer> perEnum(Connection connection, FilterClause clause, String column,
                                                               Class<E> type) throws SQLException {
        String sql = "SELECT " + column + " AS value, count(*) AS n\n" + clause.fromWhere(FilterClause.Needs.ANNOTATION) + "\nGROUP BY " + column;
        Map<E, Integer> counts = new EnumMap<>(type);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            clause.bind(statement, 1);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    E value = SqlValues.getEnum(result, "value", type);
                    if (value != null) {
                        counts.put(value, result.getInt("n"));
                    }
                }
            }
        }
        return counts;
    }

    private static List<ReviewStats.NamedCount> topSpeakers(Connection connection, FilterClause clause, int limit) throws SQLException {
        if (limit <= 0) {
            return List.of();
        }
        FilterClause quotes = clause.and("n.kind = ?", AnnotationKind.QUOTE.name()).and("n.speaker_actor_id IS NOT NULL");
        String sql = """
                SELECT n.speaker_actor_id AS id, (SELECT name FROM actor WHERE id = n.speaker_actor_id) AS name, count(*) AS n
                %s
                GROUP BY n.speaker_actor_id
                ORDER BY n DESC, name COLLATE NOCASE
                LIMIT ?""".formatted(quotes.fromWhere(FilterClause.Needs.ANNOTATION));
        List<ReviewStats.NamedCount> speakers = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(quotes.bind(statement, 1), limit);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    speakers.add(new ReviewStats.NamedCount(result.getLong("id"), result.getString("name"), result.getInt("n")));
                }
            }
        }
        return speakers;
    }

    private static List<ReviewStats.NamedCount> perOutlet(Connection connection, FilterClause clause) throws SQLException {
        String sql = "SELECT a.outlet AS name, count(*) AS n\n" + clause.fromWhere()
                + "\nGROUP BY a.outlet\nORDER BY n DESC, a.outlet COLLATE NOCASE";
        List<ReviewStats.NamedCount> outlets = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            clause.bind(statement, 1);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    outlets.add(new ReviewStats.NamedCount(null, result.getString("name"), result.getInt("n")));
                }
            }
        }
        return outlets;
    }

    private static List<ReviewStats.MonthCount> perMonth(Connection connection, FilterClause clause) throws SQLException {
        FilterClause dated = clause.andOnArticle("a.published_date IS NOT NULL");
        String sql = "SELECT substr(a.published_date, 1, 7) AS month, count(*) AS n\n" + dated.fromWhere()
                + "\nGROUP BY month\nORDER BY month";
        List<ReviewStats.MonthCount> months = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            dated.bind(statement, 1);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    months.add(new ReviewStats.MonthCount(YearMonth.parse(result.getString("month")), result.getInt("n")));
                }
            }
        }
        return months;
    }
}
