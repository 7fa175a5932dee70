package dev.margin.suggest;

import java.util.List;
import java.util.Set;

/**
 * Words of dates and times that look like the start or the end of a name: "Guterres on Monday", a live blog's "12.58 GMT
 * Claire Whitcombe", German "im Mai Fragen stellen". For the {@link ActorFinder} and {@link NameRuns}.
 */
final class CalendarWords {
    private CalendarWords() {
    }

    /** English days and months: "on Monday" or "of March" never continues a name. */
    static final Set<String> ENGLISH = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December");

    /** German months, Austrian "Jänner" with them. */
    private static final Set<String> GERMAN_MONTHS = Set.of("Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni",
            "Juli", "August", "September", "Oktober", "November", "Dezember");
    /** Words before a German month that make it a date: "im Mai", "bis Juni", "Anfang März", "am 3. Mai". */
    private static final Set<String> GERMAN_BEFORE_MONTH = Set.of("im", "Im", "seit", "Seit", "bis", "Bis", "ab", "Ab",
            "Anfang", "Mitte", "Ende", "vom", "zum");

    /** Time zones written after a clock time ("12.41 GMT", "9.30 ET"), never the start of a name. */
    private static final Set<String> TIME_ZONES = Set.of("GMT", "BST", "UTC", "CET", "CEST", "ET", "EST", "EDT", "PT", "PST",
            "PDT", "CT", "CST", "CDT", "AEST", "AEDT", "IST", "SAST", "WAT", "EAT", "MEZ", "MESZ");

    /** Whether {@code tokens[index]} is a time zone after a clock time: "12.58 GMT". */
    static boolean isTimeZoneAfterClock(List<Token> tokens, int index) {
        return index > 0 && TIME_ZONES.contains(tokens.get(index).text()) && tokens.get(index - 1).isNumber();
    }

    /** Whether {@code tokens[index]} is a German month read as a date ("im Mai", "am 3. Mai"), not a given name ("Mai"). */
    static boolean isGermanMonthInDate(List<Token> tokens, int index) {
        if (index == 0 || !GERMAN_MONTHS.contains(tokens.get(index).text())) {
            return false;
        }
        Token before = tokens.get(index - 1);
        return GERMAN_BEFORE_MONTH.contains(before.text()) || before.isNumber();
    }
}
