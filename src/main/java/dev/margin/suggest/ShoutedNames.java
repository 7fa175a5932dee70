package dev.margin.suggest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names printed in capitals, as Politico's Playbook prints a person at first mention ("Speaker MARK RIDENOUR (R-Ohio)",
 * "said BEN TOLLIVER, a former leadership aide"). The rules read such a name as if written in title case, at the same
 * offsets, so it is found as the name it is; section labels in capitals ("DRIVING THE DAY —") are left as they are.
 */
final class ShoutedNames {
    /** Two to four words in capitals, each of two letters or more ("MARK RIDENOUR", "MAYA DELGADO-FINCH", "O’BRIEN"). */
    private static final Pattern CAPITALS_RUN = Pattern.compile(
            "(?<![\\p{L}\\d])\\p{Lu}{2,}(?:['’-]\\p{Lu}+)*(?: \\p{Lu}{2,}(?:['’-]\\p{Lu}+)*){1,3}(?![\\p{L}\\d])");
    /** A party and state tag after a name ("(R-Ariz.)", "(D-CA)"). */
    private static final Pattern PARTY_TAG = Pattern.compile(" \\([RDI]-");

    private ShoutedNames() {
    }

    /** {@code text} with every name in capitals in title case; the same length, so every offset still holds. */
    static String readable(String text, Lexicon lexicon) {
        Matcher run = CAPITALS_RUN.matcher(text);
        StringBuilder readable = null;
        while (run.find()) {
            String titleCase = titleCase(run.group());
            String firstWord = titleCase.substring(0, titleCase.indexOf(' '));
            if (!lexicon.isGivenName(firstWord) && !titleBefore(text, run.start(), lexicon)
                    && !PARTY_TAG.matcher(text).region(run.end(), text.length()).lookingAt()) {
                continue;
            }
            if (readable == null) {
                readable = new StringBuilder(text);
            }
            readable.replace(run.start(), run.end(), titleCase);
        }
        return readable == null ? text : readable.toString();
    }

    /** "MAYA DELGADO-FINCH" as "Maya Delgado-Finch": a capital opens each word and each part after an apostrophe or hyphen. */
    private static String titleCase(String capitals) {
        StringBuilder out = new StringBuilder(capitals.length());
        boolean opensPart = true;
        for (char c : capitals.toCharArray()) {
            out.append(opensPart ? c : Character.toLowerCase(c));
            opensPart = c == ' ' || c == '-' || c == '\'' || c == '’';
        }
        return out.toString();
    }

    /** Whether the word before {@code start} is a title ("Rep. LORNA QUIST", "Speaker MARK RIDENOUR"). */
    private static boolean titleBefore(String text, int start, Lexicon lexicon) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int begin = end;
        while (begin > 0 && !Character.isWhitespace(text.charAt(begin - 1))) {
            begin--;
        }
        return end > begin && lexicon.isTitle(text.substring(begin, end));
    }
}
