package dev.margin.importer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a byline paragraph in text without markup (plain text, pasted text, Markdown): "By Jane Doe",
 * "By Jane Doe and Omar Haddad", "By Jane Doe, Margin Sample Wire", "BY RANIA AL-MASRI".
 *
 * <p>The whole paragraph must be "By" followed by up to four name-like groups separated by commas, "and", "&amp;"
 * or a pipe, each group one to five capitalised words (initials such as "K." and the particles of names such as
 * "van der", "de", "bin" and "al-" allowed), {@value #MAX_CHARS} characters at most. A sentence never fits that
 * shape because it holds a lowercase word ("By Monday, the council had voted…"), and a weekday, month or time word
 * right after "By" ("By Monday Evening") is refused as well. A wire dateline ("PORT ELLERY, March 3 (…) – …")
 * does not start with "By" and so is never a byline.
 */
final class BylineLine {
    static final int MAX_CHARS = 100;
    private static final String WORD = "(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{M}’'\\-]*"
            + "|(?:al|el|ad|ash|bin|ibn|abu)-\\p{Lu}[\\p{L}\\p{M}’'\\-]*)";
    private static final String PARTICLE = "(?:van|von|der|den|de|del|della|da|di|du|la|le|al|el|bin|ibn|ben|dos"
            + "|das|do|ter|ten|y)";
    private static final String NAME = WORD + "(?:\\s+(?:" + PARTICLE + "\\s+){0,2}" + WORD + "){0,4}";
    private static final String SEPARATOR = "(?:\\s*,\\s*|\\s+(?:and|&)\\s+|\\s*,\\s+and\\s+|\\s*[|·]\\s*)";
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:By|BY|by)\\s+(" + NAME + "(?:" + SEPARATOR + NAME + "){0,3})$");
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "today", "tonight", "tomorrow", "yesterday", "noon",
            "midnight", "now", "then", "dawn", "dusk", "evening", "morning", "night", "christmas", "easter");

    private BylineLine() {
    }

    /** The byline this paragraph states ("Jane Doe, Margin Sample Wire"), or null when it is not a byline. */
    static String bylineOf(String paragraph) {
        if (paragraph.length() > MAX_CHARS) {
            return null;
        }
        Matcher matcher = BYLINE.matcher(paragraph);
        if (!matcher.matches()) {
            return null;
        }
        String byline = matcher.group(1);
        String firstWord = byline.split("[\\s,]", 2)[0].toLowerCase(Locale.ROOT);
        return TIME_WORDS.contains(firstWord) ? null : byline;
    }
}
