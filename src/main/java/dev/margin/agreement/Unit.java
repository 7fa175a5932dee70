package dev.margin.agreement;

import java.util.Objects;

/**
 * One coder's unit on a continuum (an article's text): the half-open span [start, end) and what the coder said it
 * is (its category, such as "quote" or the speaker's name). {@code source} names what the unit was read from (an
 * annotation's id), so that a difference can be shown where it is; null when nothing; it plays no part in the measure.
 */
public record Unit(String coder, int start, int end, String category, String source) {
    /** A unit read from nothing in particular. */
    public Unit(String coder, int start, int end, String category) {
        this(coder, start, end, category, null);
    }

    public Unit {
        Objects.requireNonNull(coder, "coder");
        Objects.requireNonNull(category, "category");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a unit spans at least one position: [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    boolean overlaps(Unit other) {
        return start < other.end && other.start < end;
    }
}
