package dev.margin.store.postgres;

import dev.margin.domain.read.ActorLink;
import dev.margin.domain.read.AnnotationFilter;

import org.postgresql.PGStatement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The FROM and WHERE of every review query on a team library, built from an {@link AnnotationFilter}: the
 * annotations {@code n} with their articles {@code a} and the actor each names {@code p}, the search as
 * {@code n.search @@ q.query} (the tsquery in the CTE {@code q}), one condition per filter that is set. Values reach
 * the server only as parameters. Immutable: {@link #and} returns a new filter.
 *
 * <p>The tsquery is made before the statement ({@link PgSearchDao#makeQuery}) and reaches it as a value. Made
 * inside it, by {@code margin.search_query} in the CTE, PostgreSQL inlined the call into every row's test and
 * rank: a common word on a million annotations ran for more than a quarter of an hour. As a value, the planner also
 * sees how many rows the words match and chooses the index for them; the statements are therefore planned anew each
 * time ({@link #prepare}).
 */
final class PgFilter {
    private final String tsQuery;
    private final List<String> conditions;
    private final List<Object> parameters;

    private PgFilter(String tsQuery, List<String> conditions, List<Object> parameters) {
        this.tsQuery = tsQuery;
        this.conditions = List.copyOf(conditions);
        this.parameters = List.copyOf(parameters);
    }

    /**
     * The filter's clause; its search words made into a tsquery over {@code connection} first. Words that give no
     * tsquery (stop words only) select nothing, as a search for them would.
     */
    static PgFilter of(AnnotationFilter filter, Connection connection) throws SQLException {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        String query = "";
        if (!filter.ftsQuery().isEmpty()) {
            query = PgSearchDao.makeQuery(connection, TsQueryText.of(filter.ftsQuery()));
            if (query.isEmpty()) {
                conditions.add("FALSE");
            }
            Optional<String> pairs = PhrasePairs.of(query);
            if (pairs.isPresent()) {
                conditions.add("n.pairs @@ ?::tsquery");
                parameters.add(pairs.get());
            }
        }
        if (!filter.kinds().isEmpty()) {
            conditions.add("n.kind IN (" + placeholders(filter.kinds().size()) + ")");
            filter.kinds().stream().map(Enum::name).sorted().forEach(parameters::add);
        }
        if (filter.actorId() != null) {
            List<String> alternatives = new ArrayList<>();
            for (ActorLink link : ActorLink.values()) {
                if (filter.actorLinks().isEmpty() || filter.actorLinks().contains(link)) {
                    alternatives.add(switch (link) {
                        case SPEAKER -> "n.speaker_actor_id = ?";
                        case MENTION -> "n.actor_id = ?";
                        case CLAIMANT -> "n.claimant_actor_id = ?";
                    });
                    parameters.add(filter.actorId());
                }
            }
            conditions.add("(" + String.join(" OR ", alternatives) + ")");
        }
        if (!filter.tags().isEmpty()) {
            conditions.add("n.id IN (SELECT t.annotation_id FROM margin.annotation_tag t JOIN margin.tag g ON g.id = t.tag_id"
                    + " WHERE g.name IN (" + placeholders(filter.tags().size()) + "))");
            filter.tags().stream().sorted().forEach(parameters::add);
        }
        if (!filter.statuses().isEmpty()) {
            conditions.add("n.claim_status IN (" + placeholders(filter.statuses().size()) + ")");
            filter.statuses().stream().map(Enum::name).sorted().forEach(parameters::add);
        }
        if (!filter.outlets().isEmpty()) {
            conditions.add("a.outlet IN (" + placeholders(filter.outlets().size()) + ")");
            filter.outlets().stream().sorted().forEach(parameters::add);
        }
        if (filter.articleId() != null) {
            conditions.add("n.article_id = ?");
            parameters.add(filter.articleId());
        }
        if (filter.from() != null) {
            conditions.add("a.published_date >= ?");
            parameters.add(filter.from());
        }
        if (filter.to() != null) {
            conditions.add("a.published_date <= ?");
            parameters.add(filter.to());
        }
        if (!filter.anchorStates().isEmpty()) {
            conditions.add("n.anchor_state IN (" + placeholders(filter.anchorStates().size()) + ")");
            filter.anchorStates().stream().map(Enum::name).sorted().forEach(parameters::add);
        }
        if (!filter.annotators().isEmpty()) {
            conditions.add("n.created_by IN (" + placeholders(filter.annotators().size()) + ")");
            filter.annotators().stream().sorted().forEach(parameters::add);
        }
        return new PgFilter(query, conditions, parameters);
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** This filter with one more condition and its parameters. */
    PgFilter and(String condition, Object... values) {
        List<String> more = new ArrayList<>(conditions);
        more.add(condition);
        List<Object> moreParameters = new ArrayList<>(parameters);
        moreParameters.addAll(List.of(values));
        return new PgFilter(tsQuery, more, moreParameters);
    }

    boolean searches() {
        return !tsQuery.isEmpty();
    }

    /** The search's tsquery as PostgreSQL prints it, empty without search words (or when they gave none). */
    String tsQuery() {
        return tsQuery;
    }

    /** {@code WITH q … FROM … WHERE …}: to follow a SELECT list, so the statement reads {@code WITH q … SELECT …}. */
    String with() {
        return "WITH q AS (SELECT " + (searches() ? "?::tsquery" : "NULL::tsquery") + " AS query)\n";
    }

    /** {@code sql} prepared to be planned for its values each time, never from a plan made for other words. */
    static PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        return statement;
    }

    String fromWhere() {
        return fromWhere("margin.annotation n");
    }

    /** As {@link #fromWhere()}, the annotations read from {@code annotations} (the table, or a sample of it, as n). */
    String fromWhere(String annotations) {
        StringBuilder sql = new StringBuilder("FROM q, " + annotations + " JOIN margin.article a ON a.id = n.article_id"
                + "\nLEFT JOIN margin.actor p ON p.id = COALESCE(n.speaker_actor_id, n.actor_id, n.claimant_actor_id)");
        List<String> where = new ArrayList<>();
        if (searches()) {
            where.add("n.search @@ q.query");
        }
        where.addAll(conditions);
        if (!where.isEmpty()) {
            sql.append("\nWHERE ").append(String.join("\n  AND ", where));
        }
        return sql.toString();
    }

    /** Binds the search (in {@link #with}) and the conditions from {@code first}; returns the next free index. */
    int bind(PreparedStatement statement, int first) throws SQLException {
        int index = first;
        if (searches()) {
            statement.setString(index++, tsQuery);
        }
        for (Object value : parameters) {
            if (value instanceof Long number) {
                statement.setLong(index++, number);
            } else if (value instanceof LocalDate date) {
                statement.setObject(index++, date);
            } else {
                statement.setString(index++, (String) value);
            }
        }
        return index;
    }
}
