package dev.margin.store.sqlite;

import dev.margin.domain.read.AnnotationFilter;
import dev.margin.domain.read.SavedFilter;
import dev.margin.store.SavedFilterJson;
import dev.margin.store.StoreException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code saved_filter} table (migration V004): filters of the annotations browser kept by name. */
final class SavedFilterTable {
    private static final String UPSERT = """
            INSERT INTO saved_filter (name, name_key, filter_json, saved) VALUES (?, ?, ?, ?)
            ON CONFLICT (name_key) DO UPDATE SET name = excluded.name, filter_json = excluded.filter_json, saved = excluded.saved
            RETURNING id""";
    private static final String LIST = "SELECT id, name, filter_json, saved FROM saved_filter ORDER BY name_key";
    private static final String FIND = "SELECT id, name, filter_json, saved FROM saved_filter WHERE name_key = ?";
    private static final String DELETE = "DELETE FROM saved_filter WHERE id = ?";

    private final Database db;

    SavedFilterTable(Database db) {
        this.db = db;
    }

    SavedFilter save(String name, AnnotationFilter filter, Instant now) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A saved filter needs a name.");
        }
        String stripped = name.strip();
        String json = SavedFilterJson.write(filter);
        return db.transaction(() -> db.call("saving the filter \"" + stripped + "\"", () -> {
            PreparedStatement upsert = db.prepare(UPSERT);
            upsert.setString(1, stripped);
            upsert.setString(2, SqlValues.lookupKey(stripped));
            upsert.setString(3, json);
            upsert.setString(4, SqlValues.instant(now));
            try (ResultSet keys = upsert.executeQuery()) {
                keys.next();
                return new SavedFilter(keys.getLong(1), stripped, filter, now);
            }
        }));
    }

    List<SavedFilter> list() {
        return db.call("listing saved filters", () -> {
            List<SavedFilter> filters = new ArrayList<>();
            try (ResultSet result = db.prepare(LIST).executeQuery()) {
                while (result.next()) {
                    filters.add(map(result));
                }
            }
            return filters;
        });
    }

    Optional<SavedFilter> find(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return db.call("reading the saved filter \"" + name.strip() + "\"", () -> {
            PreparedStatement find = db.prepare(FIND);
            find.setString(1, SqlValues.lookupKey(name));
            try (ResultSet result = find.executeQuery()) {
                return result.next() ? Optional.of(map(result)) : Optional.empty();
            }
        });
    }

    void delete(long id) {
        db.transaction(() -> db.call("deleting a saved filter", () -> {
            PreparedStatement delete = db.prepare(DELETE);
            delete.setLong(1, id);
            return delete.executeUpdate();
        }));
    }

    private SavedFilter map(ResultSet result) throws SQLException {
        String name = result.getString("name");
        AnnotationFilter filter;
        try {
            filter = SavedFilterJson.read(result.getString("filter_json"));
        } catch (IllegalArgumentException e) {
            throw new StoreException("The saved filter \"" + name + "\" in " + db.file() + " cannot be read: " + e.getMessage(), e);
        }
        return new SavedFilter(result.getLong("id"), name, filter, SqlValues.instant(result.getString("saved")));
    }
}
