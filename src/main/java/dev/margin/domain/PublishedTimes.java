package dev.margin.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The publication date with its time of day and offset, as a source gives them: "2026-03-04T23:30:00-05:00" is
 * published on 4 March in New York, and stays so. Nothing here converts to another zone, which would move a late
 * evening story to the next day.
 */
public final class PublishedTimes {
    private static final DateTimeFormatter HUMAN_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private PublishedTimes() {
    }

    /** The instant with the source's offset, or null when the date or the time is unknown. */
    public static OffsetDateTime at(LocalDate date, OffsetTime time) {
        return date == null || time == null ? null : date.atTime(time);
    }

    /** "2026-03-04 23:30 -05:00" ("Z" for UTC), "2026-03-04" without a time, "" without a date. */
    public static String text(LocalDate date, OffsetTime time) {
        if (date == null) {
            return "";
        }
        if (time == null) {
            return date.toString();
        }
        String offset = time.getOffset().getId();
        return date + " " + HUMAN_TIME.format(time) + " " + offset;
    }

    /** ISO-8601: "2026-03-04T23:30:00-05:00", or the bare date without a time; "" without a date. */
    public static String iso(LocalDate date, OffsetTime time) {
        if (date == null) {
            return "";
        }
        return time == null ? date.toString() : date.atTime(time).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** Reads a stored time ("23:30-05:00"); null for null or blank. */
    public static OffsetTime parseTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a time of day with an offset such as 23:30-05:00.", e);
        }
    }

    /** The stored form of a time: ISO "23:30-05:00" (seconds when not zero); null for null. */
    public static String formatTime(OffsetTime time) {
        return time == null ? null : time.format(DateTimeFormatter.ISO_OFFSET_TIME);
    }
}
