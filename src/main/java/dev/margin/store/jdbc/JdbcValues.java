package dev.margin.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The values both stores write and read the same way: instants as fixed-width UTC text with nanoseconds (they sort
 * as text and round-trip exactly, and a copy between a local and a team library is lossless), enums by name,
 * nullable numbers, and the key an actor's name is looked up by. Each store's own value class extends this one
 * with what its database does differently (dates, ids, lists), so its code calls one class for all of them.
 */
public class JdbcValues {
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    protected JdbcValues() {
    }

    public static String instant(Instant value) {
        return INSTANT.format(value);
    }

    public static Instant instant(String text) {
        return Instant.parse(text);
    }

    /** The key an actor's name or alias is looked up by: stripped and lower-cased. */
    public static String lookupKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    public static void setInt(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    public static void setEnum(PreparedStatement statement, int index, Enum<?> value) throws SQLException {
        statement.setString(index, value == null ? null : value.name());
    }

    public static Long getLong(ResultSet rows, String column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    public static Integer getInt(ResultSet rows, String column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }

    public static <E extends Enum<E>> E getEnum(ResultSet rows, String column, Class<E> type) throws SQLException {
        String name = rows.getString(column);
        return name == null ? null : Enum.valueOf(type, name);
    }
}
