package dev.margin.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * How Java values are written to and read from columns. Instants are fixed-width UTC text with
 * nanoseconds (so they sort as text and round-trip exactly); dates are ISO text; enums their names.
 */
final class SqlValues {
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private SqlValues() {
    }

    static String instant(Instant value) {
        return INSTANT.format(value);
    }

    static Instant instant(String text) {
        return Instant.parse(text);
    }

    static String date(LocalDate value) {
        return value == null ? null : value.toString();
    }

    static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    /** The key an actor's name or alias is looked up by: stripped and lower-cased. */
    static String lookupKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    static String intList(List<Integer> values) {
        StringBuilder text = new StringBuilder();
        for (Integer value : values) {
            if (text.length() > 0) {
                text.append(',');
            }
            text.append(value);
        }
        return text.toString();
    }

    static List<Integer> intList(String text) {
        List<Integer> values = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return values;
        }
        for (String part : text.split(",")) {
            values.add(Integer.valueOf(part));
        }
        return values;
    }

    static UUID uuid(String text) {
        return text == null ? null : UUID.fromString(text);
    }

    static String uuid(UUID value) {
        return value == null ? null : value.toString();
    }

    static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value);
        }
    }

    static void setInt(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    static void setEnum(PreparedStatement statement, int index, Enum<?> value) throws SQLException {
        statement.setString(index, value == null ? null : value.name());
    }

    static Long getLong(ResultSet rows, String column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    static Integer getInt(ResultSet rows, String column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }

    static <E extends Enum<E>> E getEnum(ResultSet rows, String column, Class<E> type) throws SQLException {
        String name = rows.getString(column);
        return name == null ? null : Enum.valueOf(type, name);
    }
}
