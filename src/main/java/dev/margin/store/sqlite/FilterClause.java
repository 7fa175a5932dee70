package dev.margin.store.sqlite;

import dev.margin.domain.read.ActorLink;
import dev.margin.domain.read.AnnotationFilter;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The FROM and WHERE part of every review query, built from an {@link AnnotationFilter}: the FTS5 table
 * {@code annotation_search} when there are search words (its MATCH leads: it yields the rows to join, not the
 * other way round), {@code annotation n} and {@code article a}, then one condition per filter that is set.
 * Values only ever reach SQLite as parameters; the SQL text holds nothing but fixed fragments and one
 * {@code ?} per value.
 *
 * <p>A table that neither a condition nor the caller needs is left out of the FROM: a search with nothing
 * else set counts and ranks on the FTS5 table alone, and a list without outlet or date conditions never
 * touches {@code article}. Every annotation has its search row and its article (triggers and foreign keys
 * keep it so), so leaving a join out never changes which rows are found.
 *
 * <p>Immutable: {@link #and} returns a new clause, so one filter serves several queries.
 */
final class FilterClause {
    /** Which tables a query needs joined besides those its conditions need. */
    enum Needs {
        NOTHING_MORE(false, false, false), ANNOTATION(true, false, false), ARTICLE(true, true, false),
        /** The actor the annotation names, joined as {@code p} (speaker, mentioned actor or claimant). */
        ACTOR(true, false, true);

        final boolean annotation;
        final boolean article;
        final boolean actor;

        Needs(boolean annotation, boolean article, boolean actor) {
            this.annotation = annotation;
            this.article = article;
            this.actor = actor;
        }
    }

    private static final String TAGGED = """
            n.id IN (SELECT t.annotation_id FROM annotation_tag t JOIN tag g ON g.id = t.tag_id
                     WHERE g.name IN (%s))""";

    /** One condition of the WHERE and whether it reads {@code article a}; every condition but MATCH reads {@code n}. */
    private record Condition(String sql, boolean onArticle) {
    }

    private final String ftsQuery;
    private final List<Condition> conditions;
    private final List<Object> parameters;

    private FilterClause(String ftsQuery, List<Condition> conditions, List<Object> parameters) {
        this.ftsQuery = ftsQuery;
        this.conditions = List.copyOf(conditions);
        this.parameters = List.copyOf(parameters);
    }

    static FilterClause of(AnnotationFilter filter) {
        List<Condition> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        String fts = filter.ftsQuery();
        if (!fts.isEmpty()) {
            parameters.add(fts);
        }
        if (!filter.kinds().isEmpty()) {
            conditions.add(new Condition("n.kind IN (" + placeholders(filter.kinds().size()) + ")", false));
            filter.kinds().stream().map(Enum::name).sorted().forEach(parameters::add);
        }
        if (filter.actorId() != null) {
            List<ActorLink> links = linksOrAll(filter.actorLinks());
            conditions.add(new Condition(actorCondition(links), false));
            links.forEach(link -> parameters.add(filter.actorId()));
        }
        if (!filter.tags().isEmpty()) {
            conditions.add(new Condition(TAGGED.formatted(placeholders(filter.tags().size())), false));
            filter.tags().stream().sorted().forEach(parameters::add);
        }
        if (!filter.statuses().isEmpty()) {
            conditions.add(new Condition("n.claim_status IN (" + placeholders(filter.statuses().size()) + ")", false));
            filter.statuses().stream().map(Enum::name).sorted().forEach(parameters::add);
        }
        if (!filter.outlets().isEmpty()) {
            conditions.add(new Condition("a.outlet IN (" + placeholders(filter.outlets().size()) + ")", true));
            filter.outlets().stream().sorted().forEach(parameters::add);
        }
        if (filter.articleId() != null) {
            conditions.add(new Condition("n.article_id = ?", false));
            parameters.add(filter.articleId());
        }
        if (filter.from() != null) {
            conditions.add(new Condition("a.published_date >= ?", true));
            parameters.add(SqlValues.date(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add(new Condition("a.published_date <= ?", true));
            parameters.add(SqlValues.date(filter.to()));
        }
        if (!filter.anchorStates().isEmpty()) {
            conditions.add(new Condition("n.anchor_state IN (" + placeholders(filter.anchorStates().size()) + ")", false));
            filter.anchorStates().stream().map(Enum::name).sorted().forEach(parameters::add);
        }
        if (!filter.annotators().isEmpty()) {
            conditions.add(new Condition("n.created_by IN (" + placeholders(filter.annotators().size()) + ")", false));
            filter.annotators().stream().sorted().forEach(parameters::add);
        }
        return new FilterClause(fts, conditions, parameters);
    }

    /** Every link in a fixed order, so the same filter always makes the same SQL text. */
    private static List<ActorLink> linksOrAll(Set<ActorLink> links) {
        return links.isEmpty() ? List.of(ActorLink.values())
                : List.of(ActorLink.values()).stream().filter(links::contains).toList();
    }

    private static String actorCondition(List<ActorLink> links) {
        List<String> alternatives = new ArrayList<>();
        for (ActorLink link : links) {
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

    /** This clause with one more condition on {@code annotation n} and its parameters. */
    FilterClause and(String condition, Object... values) {
        return with(new Condition(condition, false), values);
    }

    /** This clause with one more condition on {@code article a} and its parameters. */
    FilterClause andOnArticle(String condition, Object... values) {
        return with(new Condition(condition, true), values);
    }

    private FilterClause with(Condition condition, Object... values) {
        List<Condition> more = new ArrayList<>(conditions);
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

    /** The expression of the annotation's row number, whichever table leads. */
    String seq() {
        return searches() ? "annotation_search.rowid" : "n.seq";
    }

    /** {@code FROM … WHERE …} with {@code n} and {@code a} both joined, for queries that read both. */
    String fromWhere() {
        return fromWhere(Needs.ARTICLE);
    }

    /** {@code FROM … WHERE …} with the tables the conditions need and those {@code needs} adds. */
    String fromWhere(Needs needs) {
        boolean article = needs.article || conditions.stream().anyMatch(Condition::onArticle);
        boolean annotation = article || needs.annotation || !conditions.isEmpty() || !searches();
        StringBuilder sql = new StringBuilder();
        List<String> where = new ArrayList<>();
        if (searches()) {
            sql.append("FROM annotation_search");
            if (annotation) {
                sql.append("\nJOIN annotation n ON n.seq = annotation_search.rowid");
            }
            where.add("annotation_search MATCH ?");
        } else {
            sql.append("FROM annotation n");
        }
        if (article) {
            sql.append("\nJOIN article a ON a.id = n.article_id");
        }
        if (needs.actor) {
            sql.append("\nLEFT JOIN actor p ON p.id = COALESCE(n.speaker_actor_id, n.actor_id, n.claimant_actor_id)");
        }
        conditions.forEach(condition -> where.add(condition.sql()));
        if (!where.isEmpty()) {
            sql.append("\nWHERE ").append(String.join("\n  AND ", where));
        }
        return sql.toString();
    }

    /** Binds this clause's parameters from {@code first}; returns the next free index. */
    int bind(PreparedStatement statement, int first) throws SQLException {
        int index = first;
        for (Object value : parameters) {
            if (value instanceof Long number) {
                statement.setLong(index++, number);
            } else {
                statement.setString(index++, (String) value);
            }
        }
        return index;
    }
}
