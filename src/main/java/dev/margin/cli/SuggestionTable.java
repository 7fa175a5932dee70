package dev.margin.cli;

import dev.margin.suggest.Suggestion;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The readable form of {@code margin suggest}: a heading per source, then one suggestion a line in text order. */
final class SuggestionTable {
    private static final int TEXT_WIDTH = 70;

    private SuggestionTable() {
    }

    static void print(String source, List<Suggestion> suggestions, PrintWriter out) {
        out.println("== " + source + ": " + Counts.of(suggestions.size(), "suggestion"));
        if (suggestions.isEmpty()) {
            out.println();
            return;
        }
        out.printf(Locale.ROOT, "%-6s %-13s %-16s %-28s %s%n", "kind", "span", "type", "who", "text");
        for (Suggestion s : suggestions) {
            out.printf(Locale.ROOT, "%-6s %-13s %-16s %-28s %s%n", lower(s.kind()), s.start() + "-" + s.end(), type(s),
                    shorten(who(s), 28), "«" + shorten(OneLine.of(s.exact()), TEXT_WIDTH) + "»");
        }
        out.println();
    }

    private static String type(Suggestion s) {
        return switch (s.kind()) {
            case QUOTE -> lower(s.quoteType()) + (s.partOf() != null ? " (cont.)" : "");
            case ACTOR -> lower(s.actorType());
            case CLAIM -> lower(s.claimKind());
        };
    }

    private static String who(Suggestion s) {
        return switch (s.kind()) {
            case QUOTE -> s.speaker() == null ? "-" : s.speaker() + (s.cue() == null ? "" : " (" + s.cue() + ")");
            case ACTOR -> s.actor() + (s.role() == null ? "" : ", " + s.role());
            case CLAIM -> s.claimant() == null ? "-" : s.claimant();
        };
    }

    private static String shorten(String text, int width) {
        String line = text == null ? "-" : OneLine.of(text);
        return line.length() <= width ? line : line.substring(0, width - 1) + "…";
    }

    private static String lower(Enum<?> value) {
        return value == null ? "-" : value.name().toLowerCase(Locale.ROOT);
    }
}
