package dev.margin.store.sqlite;

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
 * How a SQLite library's columns hold what {@link JdbcValues} does not cover: dates as ISO text, ids as text,
 * heading lists as comma-separated text.
 */
final class SqlValues extends JdbcValues {
    private SqlValues() {
    }

    static String date(LocalDate value) {
        return value == null ? null : value.toString();
    }

    static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
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

}
