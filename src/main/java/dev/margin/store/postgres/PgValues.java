package dev.margin.store.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import dev.margin.store.jdbc.JdbcValues;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * How the team library's columns hold what {@link JdbcValues} does not cover (instants are the same text as in a
 * SQLite library): dates are {@code date}, ids of annotations {@code uuid}, heading lists {@code int[]}.
 */
final class PgValues extends JdbcValues {
    private PgValues() {
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

}
