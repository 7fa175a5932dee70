package dev.margin.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds where a piece of text stands in an article, for annotating by exact text: every occurrence
 * (overlapping ones included), and a short excerpt around each so the user can tell them apart.
 */
final class ExactTextFinder {
    private static final int EXCERPT_SIDE = 25;

    private ExactTextFinder() {
    }

    static List<Integer> occurrences(String text, String exact) {
        List<Integer> starts = new ArrayList<>();
        if (exact.isEmpty()) {
            return starts;
        }
        for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
            starts.add(at);
        }
        return starts;
    }

    /** The exact text at {@code start} with some words either side, on one line: "…minister [said] the…". */
    static String excerpt(String text, int start, int length) {
        int from = Math.max(0, start - EXCERPT_SIDE);
        int to = Math.min(text.length(), start + length + EXCERPT_SIDE);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        String excerpt = (from > 0 ? "…" : "") + text.substring(from, start) + "[" + text.substring(start, start + length) + "]"
                + text.substring(start + length, to) + (to < text.length() ? "…" : "");
        return OneLine.of(excerpt);
    }
}
