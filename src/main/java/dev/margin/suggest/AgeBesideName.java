package dev.margin.suggest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An age written beside a name, which only people have: after it (", 29," or " (22)") or before it ("der 23 Jahre alte",
 * "die 39-jährige", "a 71-year-old"). For telling a single word is a person's name and for what age the text gave whom.
 */
final class AgeBesideName {
    private static final Pattern AFTER = Pattern.compile("^(?:, (\\d{1,3})\\b| \\((\\d{1,3})\\))");
    private static final Pattern BEFORE = Pattern.compile("(\\d{1,3})(?:-jährige[rn]?|-year-old| Jahre alte[rn]?) +$");
    /** How far before a name an age may start ("der 23 Jahre alte "). */
    private static final int BEFORE_REACH = 24;

    private AgeBesideName() {
    }

    /** The age written right after a name ending at {@code nameEnd}, or null. */
    static String after(String text, int nameEnd) {
        Matcher age = AFTER.matcher(text.substring(nameEnd, Math.min(text.length(), nameEnd + 7)));
        return age.find() ? (age.group(1) != null ? age.group(1) : age.group(2)) : null;
    }

    /** The age written right before a name starting at {@code nameStart}, or null. */
    static String before(String text, int nameStart) {
        Matcher age = BEFORE.matcher(text.substring(Math.max(0, nameStart - BEFORE_REACH), nameStart));
        return age.find() ? age.group(1) : null;
    }
}
