package dev.margin.store.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
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
 * How Java values are written to and read from the team library's columns. The application's instants are
 * fixed-width UTC text with nanoseconds, exactly as in a SQLite library (so a copy between them is lossless and
 * they sort as text); dates are {@code date}; ids of annotations {@code uuid}; heading lists {@code int[]}.
 */
final class PgValues {
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private PgValues() {
    }

    static String instant(Instant value) {
        return INSTANT.format(value);
    }

    static Instant instant(String text) {
        return Instant.parse(text);
    }

    static void setDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setObject(index, value);
        }
    }

    static LocalDate date(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, LocalDate.class);
    }

    /** The key an actor's name or alias is looked up by: stripped and lower-cased (as in a SQLite library). */
    static String lookupKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    static Array intArray(Connection connection, List<Integer> values) throws SQLException {
        return connection.createArrayOf("int4", values.toArray());
    }

    static List<Integer> intList(ResultSet rows, String column) throws SQLException {
        Array array = rows.getArray(column);
        List<Integer> values = new ArrayList<>();
        if (array != null) {
            for (Object value : (Object[]) array.getArray()) {
                values.add(((Number) value).intValue());
            }
        }
        return values;
    }

    static void setUuid(PreparedStatement statement, int index, UUID value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.OTHER);
        } else {
            statement.setObject(index, value);
        }
    }

    static UUID uuid(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, UUID.class);
    }

    static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
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
