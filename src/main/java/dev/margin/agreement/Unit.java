package dev.margin.agreement;

import java.util.Objects;

/**
 * One coder's unit on a continuum (an article's text): the half-open span [start, end) and what the coder said it
 * is (its category, such as "quote" or the speaker's name).
 */
public record Unit(String coder, int start, int end, String category) {
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
