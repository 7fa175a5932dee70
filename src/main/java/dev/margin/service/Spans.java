package dev.margin.service;

import dev.margin.domain.Anchor;

/** Checks a span a user marked before it becomes an anchor. */
final class Spans {
    private Spans() {
    }

    /** The anchor of {@code [start, end)} in {@code text}; refuses an empty span and one that splits a character. */
    static Anchor anchor(String text, int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IllegalArgumentException("The span [" + start + ", " + end + ") is outside the article's text ("
                    + text.length() + " characters).");
        }
        if (start == end) {
            throw new IllegalArgumentException("An annotation needs at least one character of text.");
        }
        if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
            throw new IllegalArgumentException("The span [" + start + ", " + end + ") cuts a character (an emoji or other "
                    + "character outside the Basic Multilingual Plane) in two.");
        }
        return Anchor.of(text, start, end);
    }

    private static boolean splitsSurrogatePair(String text, int offset) {
        return offset > 0 && offset < text.length()
                && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset));
    }
}
