package dev.margin.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The reader's verdict on a whole article (its reliability as a piece), beside the statuses of its single claims.
 * An article without a verdict has none ({@code null}), which is not the same as {@link #UNVERIFIABLE}.
 */
public enum ArticleVerdict {
    RELIABLE, MOSTLY_RELIABLE, MIXED, MISLEADING, UNRELIABLE, UNVERIFIABLE;

    /** The verdict as a word for files and the command line: "mostly-reliable". */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The verdict a user or a file named: its {@link #word()}, its constant name, spaces and case ignored; empty if none. */
    public static Optional<ArticleVerdict> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (ArticleVerdict verdict : values()) {
            if (verdict.name().equals(key)) {
                return Optional.of(verdict);
            }
        }
        return Optional.empty();
    }
}
