package dev.margin.anchoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every position of every four-character gram of one text, sorted by the gram's hash, so that all
 * occurrences of a string can be listed without scanning the whole text.
 *
 * <p>Built once per text (O(n log n)); a lookup picks the rarest gram inside the searched string and
 * checks only the positions holding that gram. Strings shorter than a gram fall back to a scan.
 */
final class OccurrenceIndex {
    static final int GRAM = 4;

    private final String text;
    /** (hash of the gram at p) << 32 | p, sorted. */
    private final long[] entries;

    OccurrenceIndex(String text) {
        this.text = text;
        int count = Math.max(0, text.length() - GRAM + 1);
        entries = new long[count];
        for (int p = 0; p < count; p++) {
            entries[p] = ((long) gramHash(text, p) << 32) | p;
        }
        Arrays.sort(entries);
    }

    /** Every start offset at which {@code exact} occurs in the text, ascending. */
    List<Integer> occurrences(String exact) {
        if (exact.isEmpty()) {
            return List.of();
        }
        if (exact.length() < GRAM) {
            return scan(text, exact);
        }
        int bestShift = 0;
        int bestFrom = 0;
        int bestTo = Integer.MAX_VALUE;
        for (int shift = 0; shift + GRAM <= exact.length(); shift++) {
            int hash = gramHash(exact, shift);
            int from = lowerBound(hash);
            int to = lowerBound(hash + 1L);
            if (to - from < bestTo - bestFrom) {
                bestShift = shift;
                bestFrom = from;
                bestTo = to;
                if (to == from) {
                    return List.of();
                }
            }
        }
        List<Integer> found = new ArrayList<>();
        for (int i = bestFrom; i < bestTo; i++) {
            int start = (int) entries[i] - bestShift;
            if (start >= 0 && text.startsWith(exact, start)) {
                found.add(start);
            }
        }
        found.sort(null);
        return found;
    }

    /** Every start offset of {@code exact} in {@code text}, overlapping ones included. */
    static List<Integer> scan(String text, String exact) {
        List<Integer> found = new ArrayList<>();
        if (exact.isEmpty()) {
            return found;
        }
        for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
            found.add(at);
        }
        return found;
    }

    /** The first entry whose hash is at least {@code hash} (a long so that hash + 1 cannot overflow). */
    private int lowerBound(long hash) {
        int low = 0;
        int high = entries.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if ((entries[mid] >> 32) < hash) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static int gramHash(CharSequence s, int at) {
        int h = 0;
        for (int i = 0; i < GRAM; i++) {
            h = h * 31 + s.charAt(at + i);
        }
        // mix the bits so that grams differing in one character spread over the hash range
        h ^= h >>> 16;
        h *= 0x45d9f3b;
        h ^= h >>> 16;
        return h;
    }
}
