package dev.margin.store.sqlite;

import dev.margin.store.ActorLink;
import dev.margin.store.AnnotationFilter;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The FROM and WHERE part of every review query, built from an {@link AnnotationFilter}: the tables
 * {@code annotation n} and {@code article a} (and, with search words, the FTS5 table {@code annotation_search}
 * matched first), then one condition per filter that is set. Values only ever reach SQLite as parameters;
 * the SQL text holds nothing but fixed fragments and one {@code ?} per value.
 *
 * <p>Immutable: {@link #and} returns a new clause, so one filter can serve several queries (rows, count,
 * each statistic).
 */
final class FilterClause {
    /** With search words the FTS5 table leads: its MATCH yields the few rows to join, not the other way round. */
    private static final String FROM_SEARCH = """
            FROM annotation_search
            JOIN annotation n ON n.seq = annotation_search.rowid
            JOIN article a ON a.id = n.article_id""";
    private static final String FROM_ALL = """
            FROM annotation n
            JOIN article a ON a.id = n.article_id""";
    private static final String TAGGED = """
            n.id IN (SELECT t.annotation_id FROM annotation_tag t JOIN tag g ON g.id = t.tag_id
                     WHERE g.name IN (%s))""";

    private final String ftsQuery;
    private final List<String> conditions;
    private final List<Object> parameters;

    private FilterClause(String ftsQuery, List<String> conditions, List<Object> parameters) {
        this.ftsQuery = ftsQuery;
        this.conditions = List.copyOf(conditions);
        this.parameters = List.copyOf(parameters);
    }

    static FilterClause of(AnnotationFilter filter) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        String fts = filter.ftsQuery();
        if (!fts.isEmpty()) {
            conditions.add("annotation_search MATCH ?");
            parameters.add(fts);
        }
        if (!filter.kinds().isEmpty()) {
            conditions.add("n.kind IN (" + placeholders(filter.kinds().size()) + ")");
            filter.kinds().stream().map(Enum::name).sorted().forEach(parameters::add);
        }
        if (filter.actorId() != null) {
            conditions.add(actorCondition(filter.actorLinks()));
            for (int i = 0; i < linksOrAll(filter.actorLinks()).size(); i++) {
                parameters.add(filter.actorId());
            }
        }
        if (!filter.tags().isEmpty()) {
            conditions.add(TAGGED.formatted(placeholders(filter.tags().size())));
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
            parameters.add(SqlValues.date(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("a.published_date <= ?");
            parameters.add(SqlValues.date(filter.to()));
        }
        if (!filter.anchorStates().isEmpty()) {
            conditions.add("n.anchor_state IN (" + placeholders(filter.anchorStates().size()) + ")");
            filter.anchorStates().stream().map(Enum::name).sorted().forEach(parameters::add);
        }
        return new FilterClause(fts, conditions, parameters);
    }

    /** Every link in a fixed order, so the same filter always makes the same SQL text. */
    private static List<ActorLink> linksOrAll(Set<ActorLink> links) {
        return links.isEmpty() ? List.of(ActorLink.values())
                : List.of(ActorLink.values()).stream().filter(links::contains).toList();
    }

    private static String actorCondition(Set<ActorLink> links) {
        List<String> alternatives = new ArrayList<>();
        for (ActorLink link : linksOrAll(links)) {
            alternatives.add(switch (link) {
                case SPEAKER -> "n.speaker_actor_id = ?";
                case MENTION -> "n.actor_id = ?";
                case CLAIMANT -> "n.claimant_actor_id = ?";
            });
        }
        return "(" + String.join(" OR ", alternatives) + ")";
    }

    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** This clause with one more condition and its parameters. */
    FilterClause and(String condition, Object... values) {
        List<String> more = new ArrayList<>(conditions);
        more.add(condition);
        List<Object> moreParameters = new ArrayList<>(parameters);
        moreParameters.addAll(List.of(values));
        return new FilterClause(ftsQuery, more, moreParameters);
    }

    boolean searches() {
        return !ftsQuery.isEmpty();
    }

    String ftsQuery() {
        return ftsQuery;
    }

    /** {@code FROM … WHERE …}, to follow a SELECT list. */
    String fromWhere() {
        String from = searches() ? FROM_SEARCH : FROM_ALL;
        return conditions.isEmpty() ? from : from + "\nWHERE " + String.join("\n  AND ", conditions);
    }

    /** Binds this clause's parameters from {@code first}; returns the next free index. */
    int bind(PreparedStatement statement, int first) throws SQLException {
        int index = first;
        for (Object value : parameters) {
            if (value instanceof Long number) {
                statement.setLong(index++, number);
            } else if (value instanceof Integer number) {
                statement.setInt(index++, number);
            } else {
                statement.setString(index++, (String) value);
            }
        }
        return index;
    }
}
