package dev.margin.domain;

/** A half-open UTF-16 span in an article's text, used for secondary spans (a speaker's mention, a cue). */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }
}
