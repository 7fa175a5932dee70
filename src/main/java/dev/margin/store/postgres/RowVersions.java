package dev.margin.store.postgres;

import dev.margin.store.StaleRowException;
import dev.margin.store.StoreException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The version of each record this store last read or wrote, so that an update can say "only if it is still the
 * one I had" ({@code WHERE id = ? AND version = ?}) although the domain records carry no version. An update of a
 * record that changed since refuses with a {@link StaleRowException} naming who changed it and when; a record
 * this store never read is updated against its current version (there is no older copy to protect).
 */
final class RowVersions {
    private final Map<Object, Integer> seen = new ConcurrentHashMap<>();

    void saw(String table, Object id, int version) {
        seen.put(key(table, id), version);
    }

    void forget(String table, Object id) {
        seen.remove(key(table, id));
    }

    /** The version to update against: the one seen, or the current one when none was seen. */
    Integer expected(String table, Object id) {
        return seen.get(key(table, id));
    }

    private static Object key(String table, Object id) {
        return table + ":" + id;
    }

    /**
     * After an update that changed no row: why. Reads who changed the record last (or that it is gone) and
     * throws the StaleRowException to show; returns normally only if the record is not there at all and
     * {@code missingIsStale} is false (the caller then says "no such record").
     */
    static void refuseStale(PgDatabase db, String table, String idColumn, Object id, String shownAs, Integer expected,
                            boolean missingIsStale) throws SQLException {
        PreparedStatement select = db.prepare("SELECT version, created_by, modified_by, modified_at FROM margin." + table
                + " WHERE " + idColumn + " = ?");
        select.setObject(1, id);
        try (ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                if (missingIsStale) {
                    throw new StaleRowException("The " + shownAs + " was deleted by someone else in the team library "
                            + db.library() + " since you opened it; your change was not saved.", shownAs, "");
                }
                return;
            }
            String by = row.getString("modified_by");
            if (expected == null || expected == row.getInt("version")) {
                // The row is there as this store last saw it, so row-level security hid it from the update.
                throw new StoreException("You may not change the " + shownAs + " in the team library " + db.library()
                        + ": it was made by " + row.getString("created_by") + ", and only its maker or an editor may"
                        + " change it. Nothing was saved.");
            }
            throw new StaleRowException("The " + shownAs + " was changed by " + by + " at " + row.getTimestamp("modified_at")
                    + " (version " + row.getInt("version") + ", yours was " + expected + ") in the team library "
                    + db.library() + "; your change was not saved so as not to overwrite theirs. Reload it and try again.",
                    shownAs, by);
        }
    }
}
