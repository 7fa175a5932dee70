package dev.margin.ui.editor.spans;

import java.util.ArrayList;
import java.util.List;

/** Case-insensitive search of a text for every occurrence of a phrase, for find-in-article. */
public final class TextFinder {
    private TextFinder() {
    }

    /** Every non-overlapping occurrence of {@code phrase} in {@code text}, in text order; none for an empty phrase. */
    public static List<TextRange> findAll(String text, String phrase) {
        List<TextRange> found = new ArrayList<>();
        if (phrase == null || phrase.isEmpty()) {
            return found;
        }
        int length = phrase.length();
        int last = text.length() - length;
        char first = phrase.charAt(0);
        char firstLower = Character.toLowerCase(first);
        char firstUpper = Character.toUpperCase(first);
        int i = 0;
        while (i <= last) {
            char c = text.charAt(i);
            if ((c == first || c == firstLower || c == firstUpper || Character.toLowerCase(c) == firstLower)
                    && text.regionMatches(true, i, phrase, 0, length)) {
                found.add(new TextRange(i, i + length));
                i += length;
            } else {
                i++;
            }
        }
        return found;
    }

    /** The index of the first match starting at or after {@code offset}, wrapping to 0; -1 when there are none. */
    public static int indexAtOrAfter(List<TextRange> matches, int offset) {
        if (matches.isEmpty()) {
            return -1;
        }
        int low = 0;
        int high = matches.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (matches.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low == matches.size() ? 0 : low;
    }

    /** The index of the last match starting before {@code offset}, wrapping to the last; -1 when there are none. */
    public static int indexBefore(List<TextRange> matches, int offset) {
        if (matches.isEmpty()) {
            return -1;
        }
        int next = indexAtOrAfter(matches, offset);
        if (next == 0 && matches.get(0).start() >= offset) {
            return matches.size() - 1;
        }
        return next == 0 ? matches.size() - 1 : next - 1;
    }
}
