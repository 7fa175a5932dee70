package dev.margin.cli;

/** Squeezes text onto one line, for the line-per-record output of the commands. */
final class OneLine {
    private OneLine() {
    }

    /** Tabs and line breaks become single spaces: they would break the one-line, tab-separated formats. */
    static String of(String value) {
        return value.replaceAll("[\\t\\n\\r]+", " ").strip();
    }
}
