package dev.margin.store.sqlite;

import dev.margin.domain.AnchorState;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.read.ReviewOrder;

import java.util.ArrayList;
import java.util.List;

/**
 * The ORDER BY of the annotations browser for a {@link ReviewOrder}. Every expression is fixed SQL chosen by
 * the column, never built from a value. Enums sort in their declared order (a claim's statuses from
 * unverified to unverifiable), empty values (no actor, no date, no note, not a claim) last in either
 * direction, and ties by {@code n.seq} so that pages neither repeat nor skip rows.
 */
final class OrderSql {
    /**
     * bm25 weights of the columns exact, note, title, actors, article_notes (V008): the annotated words count most,
     * then the names of the actors the annotation names, then its note (as in SqliteSearchDao).
     */
    static final String RANK = "bm25(annotation_search, 4.0, 2.0, 1.0, 3.0, 1.0)";

    private OrderSql() {
    }

    /** The tables the ORDER BY reads besides what the filter joins. */
    static FilterClause.Needs needs(ReviewOrder order, boolean searching) {
        return switch (order.column()) {
            case RELEVANCE -> searching ? FilterClause.Needs.NOTHING_MORE : FilterClause.Needs.ANNOTATION;
            case ARTICLE, OUTLET, ARTICLE_DATE -> FilterClause.Needs.ARTICLE;
            case ACTOR -> FilterClause.Needs.ACTOR;
            default -> FilterClause.Needs.ANNOTATION;
        };
    }

    /** {@code ORDER BY …} for {@code order}; {@code seq} is the row number's expression (the last tie-breaker). */
    static String orderBy(ReviewOrder order, boolean searching, String seq) {
        String direction = order.descending() ? " DESC" : "";
        List<String> terms = new ArrayList<>();
        switch (order.column()) {
            case RELEVANCE -> terms.add(searching ? RANK + direction : "n.created" + (order.descending() ? "" : " DESC"));
            case KIND -> terms.add(ordinal("n.kind", AnnotationKind.values()) + direction);
            case TEXT -> terms.add("n.exact COLLATE NOCASE" + direction);
            case ACTOR -> emptyLast(terms, "p.name_key IS NULL", "p.name_key" + direction);
            case ARTICLE -> terms.add("a.title COLLATE NOCASE" + direction);
            case OUTLET -> emptyLast(terms, "a.outlet = ''", "a.outlet COLLATE NOCASE" + direction);
            case ARTICLE_DATE -> emptyLast(terms, "a.published_date IS NULL", "a.published_date" + direction);
            case STATUS -> emptyLast(terms, "n.claim_status IS NULL", ordinal("n.claim_status", ClaimStatus.values()) + direction);
            case NOTE -> emptyLast(terms, "n.note = ''", "n.note COLLATE NOCASE" + direction);
            case CREATED -> terms.add("n.created" + direction);
            case ANCHOR_STATE -> terms.add(ordinal("n.anchor_state", AnchorState.values()) + direction);
        }
        terms.add(seq);
        return "ORDER BY " + String.join(", ", terms);
    }

    private static void emptyLast(List<String> terms, String isEmpty, String term) {
        terms.add(isEmpty);
        terms.add(term);
    }

    /** {@code CASE column WHEN 'FIRST' THEN 0 WHEN 'SECOND' THEN 1 … END}: an enum column in declaration order. */
    private static String ordinal(String column, Enum<?>[] values) {
        StringBuilder sql = new StringBuilder("CASE ").append(column);
        for (Enum<?> value : values) {
            sql.append(" WHEN '").append(value.name()).append("' THEN ").append(value.ordinal());
        }
        return sql.append(" END").toString();
    }
}
