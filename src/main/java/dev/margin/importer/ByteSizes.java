package dev.margin.importer;

import java.util.Locale;

/** Sizes in messages, written as a person would: "the page is 23.4 MB; the limit is 20 MB". */
final class ByteSizes {
    private static final double MEGABYTE = 1024.0 * 1024.0;

    private ByteSizes() {
    }

    /** "20 MB", "23.4 MB", and "256 KB" under a megabyte: one decimal at most, none when it is zero. */
    static String megabytes(long bytes) {
        if (bytes < MEGABYTE) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        String rounded = String.format(Locale.ROOT, "%.1f", bytes / MEGABYTE);
        return (rounded.endsWith(".0") ? rounded.substring(0, rounded.length() - 2) : rounded) + " MB";
    }

    /**
     * "23.4 MB; the limit is 20 MB". When the two would read the same after rounding (a file a few bytes over the
     * limit), both are given in bytes, so the message never says a size is more than itself.
     */
    static String sizeAndLimit(long size, long limit) {
        if (megabytes(size).equals(megabytes(limit))) {
            return String.format(Locale.ROOT, "%,d bytes; the limit is %,d bytes (%s)", size, limit, megabytes(limit));
        }
        return megabytes(size) + "; the limit is " + megabytes(limit);
    }
}
