package dev.margin.domain.read;

import dev.margin.domain.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A piece of text with the runs a search matched, for showing results with the matching words marked.
 *
 * @param matches where the matches stand in {@code text}, in order, not overlapping
 */
public record MarkedText(String text, List<Span> matches) {
    public MarkedText {
        Objects.requireNonNull(text, "text");
        matches = matches == null ? List.of() : List.copyOf(matches);
        int previousEnd = 0;
        for (Span match : matches) {
            if (match.start() < previousEnd || match.end() > text.length()) {
                throw new IllegalArgumentException("match " + match + " is out of order or outside a text of length " + text.length());
            }
            previousEnd = match.end();
        }
    }

    /** Text without any match. */
    public static MarkedText plain(String text) {
        return new MarkedText(text == null ? "" : text, List.of());
    }

    /**
     * Text whose matches are wrapped in {@link SearchHit#MATCH_START} and {@link SearchHit#MATCH_END}, as FTS5's
     * {@code highlight()} and {@code snippet()} write them; the markers are removed.
     */
    public static MarkedText fromMarkers(String marked) {
        if (marked == null) {
            return plain("");
        }
        char open = SearchHit.MATCH_START.charAt(0);
        char close = SearchHit.MATCH_END.charAt(0);
        StringBuilder text = new StringBuilder(marked.length());
        List<Span> spans = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == open) {
                start = text.length();
            } else if (c == close) {
                if (start >= 0 && text.length() > start) {
                    spans.add(new Span(start, text.length()));
                }
                start = -1;
            } else {
                text.append(c);
            }
        }
        return new MarkedText(text.toString(), spans);
    }

    public boolean hasMatches() {
        return !matches.isEmpty();
    }
}
