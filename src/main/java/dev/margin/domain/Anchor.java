package dev.margin.domain;

import java.util.Objects;

/**
 * Where an annotation sits in an article: a half-open UTF-16 span plus the exact text and some
 * context on either side, so the span can be found again after the text changes.
 */
public record Anchor(int start, int end, String exact, String prefix, String suffix) {
    /** How many characters of context {@link #of} keeps on each side. */
    public static final int CONTEXT_LENGTH = 32;

    public Anchor {
        Objects.requireNonNull(exact, "exact");
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (exact.length() != end - start) {
            throw new IllegalArgumentException("exact text length " + exact.length() + " does not match span [" + start + ", " + end + ")");
        }
    }

    /** The anchor of {@code [start, end)} in {@code text}, with context clipped so no surrogate pair is split. */
    public static Anchor of(String text, int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") is outside the text of length " + text.length());
        }
        int prefixStart = clipToCodePoint(text, Math.max(0, start - CONTEXT_LENGTH));
        int suffixEnd = clipToCodePoint(text, Math.min(text.length(), end + CONTEXT_LENGTH));
        return new Anchor(start, end, text.substring(start, end), text.substring(prefixStart, start), text.substring(end, suffixEnd));
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }

    /** The same anchor moved to a new start; exact, prefix and suffix are unchanged. */
    public Anchor movedTo(int newStart) {
        return new Anchor(newStart, newStart + length(), exact, prefix, suffix);
    }

    private static int clipToCodePoint(String text, int offset) {
        if (offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset))
                && Character.isHighSurrogate(text.charAt(offset - 1))) {
            return offset + 1 <= text.length() ? offset + 1 : offset - 1;
        }
        return offset;
    }
}
