package dev.margin.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes a text with labelled brackets around marked spans: {@code [Q1:“We are ready,”] she said}.
 * Pure and independent of the store.
 *
 * <p>Nested spans nest their brackets ({@code [C2:[Q1:…] …]}). Spans that cross each other cannot nest,
 * so the inner bracket is closed where the outer one ends and reopened with the same label right after:
 * {@code [Q1:a [C2:b]][C2: c]}. Empty spans and spans outside the text are not drawn.
 */
final class InlineMarkup {
    /** One span to draw: a half-open UTF-16 range and the label written in its opening bracket. */
    record Mark(String label, int start, int end) {
    }

    private InlineMarkup() {
    }

    static String render(String text, List<Mark> marks) {
        List<Mark> drawable = new ArrayList<>();
        for (Mark mark : marks) {
            if (mark.start() < mark.end() && mark.start() >= 0 && mark.end() <= text.length()) {
                drawable.add(mark);
            }
        }
        // outer spans first: by start, then the longer one
        drawable.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed()));
        TreeSet<Integer> boundaries = new TreeSet<>();
        boundaries.add(0);
        boundaries.add(text.length());
        for (Mark mark : drawable) {
            boundaries.add(mark.start());
            boundaries.add(mark.end());
        }

        StringBuilder out = new StringBuilder(text.length() + drawable.size() * 8);
        List<Mark> open = new ArrayList<>();
        int next = 0;
        int previous = 0;
        for (int at : boundaries) {
            out.append(text, previous, at);
            close(at, open, out);
            while (next < drawable.size() && drawable.get(next).start() == at) {
                Mark mark = drawable.get(next++);
                out.append('[').append(mark.label()).append(':');
                open.add(mark);
            }
            previous = at;
        }
        return out.toString();
    }

    /** Closes every open mark ending at {@code at}; marks opened inside one of them are closed and reopened. */
    private static void close(int at, List<Mark> open, StringBuilder out) {
        int deepestEnding = -1;
        for (int i = 0; i < open.size(); i++) {
            if (open.get(i).end() == at) {
                deepestEnding = i;
                break;
            }
        }
        if (deepestEnding < 0) {
            return;
        }
        List<Mark> reopen = new ArrayList<>();
        for (int i = open.size() - 1; i >= deepestEnding; i--) {
            Mark mark = open.remove(i);
            out.append(']');
            if (mark.end() != at) {
                reopen.add(0, mark);
            }
        }
        for (Mark mark : reopen) {
            out.append('[').append(mark.label()).append(':');
            open.add(mark);
        }
    }
}
