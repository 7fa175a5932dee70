package dev.margin.export;

import java.util.regex.Pattern;

/** Escaping for text placed into Markdown and YAML front matter. */
final class MarkdownText {
    private static final Pattern INLINE_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|~])");

    private MarkdownText() {
    }

    /** Literal text: Markdown's inline markup characters are escaped, and a leading block marker too. */
    static String literal(String text) {
        String escaped = INLINE_SPECIAL.matcher(text).replaceAll("\\\\$1");
        if (!escaped.isEmpty() && "#-+=>".indexOf(escaped.charAt(0)) >= 0) {
            escaped = "\\" + escaped;
        }
        return escaped;
    }

    /** Literal text inside a block quote: every line gets the "> " marker. */
    static String blockQuote(String text) {
        StringBuilder quoted = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            quoted.append("> ").append(literal(line)).append('\n');
        }
        return quoted.toString();
    }

    /** A YAML double-quoted scalar. */
    static String yamlString(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A tag as Obsidian accepts it: no spaces or punctuation other than - _ /. */
    static String tag(String tag) {
        String cleaned = tag.strip().replaceAll("[^\\p{L}\\p{M}\\p{Nd}_/-]+", "-");
        return cleaned.isEmpty() ? "tag" : cleaned;
    }
}
