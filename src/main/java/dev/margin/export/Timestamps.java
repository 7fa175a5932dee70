package dev.margin.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Times as the human-readable exports write them: to the second, with their zone, never with the
 * clock's nanoseconds ("2026-11-24 18:00:00 UTC" for people, "2026-11-24T18:00:00Z" in CSV cells).
 * The W3C JSON-LD keeps annotation times exact, since it is read back.
 */
final class Timestamps {
    private static final DateTimeFormatter FOR_PEOPLE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    /** "2026-11-24 18:00:00 UTC". */
    static String forPeople(Instant instant) {
        return FOR_PEOPLE.format(instant);
    }

    /** ISO 8601 in UTC to the second: "2026-11-24T18:00:00Z". */
    static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
