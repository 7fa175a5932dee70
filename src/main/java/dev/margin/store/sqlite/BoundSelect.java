package dev.margin.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The select the DAOs run several times per query with the same condition: bind the condition's
 * parameters, then read the rows into a list, or group them by the row that owns them (aliases by
 * actor, tags by annotation) so the owners can be built afterwards without one query each.
 */
final class BoundSelect {
    private BoundSelect() {
    }

    /** Binds the parameters of a condition. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Reads one value from the current row. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Every row read into a list, in the statement's order. */
    static <T> List<T> list(PreparedStatement statement, Binder binder, RowReader<T> reader) throws SQLException {
        binder.bind(statement);
        List<T> values = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                values.add(reader.read(rows));
            }
        }
        return values;
    }

    /** Every row's value grouped under its owner's key, each group in the statement's order. */
    static <K, V> Map<K, List<V>> grouped(PreparedStatement statement, Binder binder, RowReader<K> owner, RowReader<V> value)
            throws SQLException {
        binder.bind(statement);
        Map<K, List<V>> groups = new HashMap<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                groups.computeIfAbsent(owner.read(rows), k -> new ArrayList<>()).add(value.read(rows));
            }
        }
        return groups;
    }
}
