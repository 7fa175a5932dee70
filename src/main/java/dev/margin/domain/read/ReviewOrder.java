package dev.margin.domain.read;

import java.util.Objects;

/**
 * The sort order of the annotations browser: one column and a direction. Rows that compare equal keep a
 * stable order (the order they were stored in), so paging never repeats or skips a row. Articles without
 * a date come last in either direction.
 */
public record ReviewOrder(ReviewColumn column, boolean descending) {
    public ReviewOrder {
        Objects.requireNonNull(column, "column");
    }

    public static ReviewOrder ascending(ReviewColumn column) {
        return new ReviewOrder(column, false);
    }

    public static ReviewOrder descending(ReviewColumn column) {
        return new ReviewOrder(column, true);
    }

    /** Best match first with search words, newest first without. */
    public static ReviewOrder byDefault() {
        return new ReviewOrder(ReviewColumn.RELEVANCE, false);
    }
}
