package dev.margin.store.sqlite;

import dev.margin.domain.Provenance;
import dev.margin.store.ProvenanceDao;
import dev.margin.store.StoreException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link ProvenanceDao} over the columns {@code created_by}, {@code modified_by} and {@code version} of
 * {@code article}, {@code actor} and {@code annotation} (migration V009). The DAOs call {@link #made} and
 * {@link #changed} after each insert and update, so every row names the computer's user; a copy may record
 * anyone (a local library is its owner's to fill).
 */
final class SqliteProvenanceDao implements ProvenanceDao {
    private static final String COLUMNS = "created_by, modified_by, version";

    private final Database db;

    SqliteProvenanceDao(Database db) {
        this.db = db;
    }

    /** Records the library's user as maker of a new row; inside the caller's {@link Database#call}. */
    static void made(Database db, String table, Object id) throws SQLException {
        PreparedStatement stamp = db.prepare("UPDATE " + table + " SET created_by = ?1, modified_by = ?1, version = 1 WHERE "
                    + "id = ?2");
        stamp.setString(1, db.user());
        stamp.setObject(2, id);
        stamp.executeUpdate();
    }

    /** Records the library's user as last editor of a changed row and raises its version. */
    static void changed(Database db, String table, Object id) throws SQLException {
        PreparedStatement stamp = db.prepare("UPDATE " + table + " SET modified_by = ?, version = version + 1 WHERE id = ?");
        stamp.setString(1, db.user());
        stamp.setObject(2, id);
        stamp.executeUpdate();
    }

    /**
     * Rows made before migration V009 name no maker: in one person's library, its user made them. Cheap when
     * there are none (partial indexes on the empty name).
     */
    static void claimUnattributed(Database db) {
        boolean any = db.call("looking for records without a maker", () -> {
            try (ResultSet rows = db.prepare("""
                    SELECT EXISTS (SELECT 1 FROM article WHERE created_by = '')
                        OR EXISTS (SELECT 1 FROM actor WHERE created_by = '')
                        OR EXISTS (SELECT 1 FROM annotation WHERE created_by = '')""").executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        });
        if (!any) {
            return;
        }
        db.transaction(() -> db.call("recording who made the library's records", () -> {
            for (String table : List.of("article", "actor", "annotation")) {
                PreparedStatement claim = db.prepare("UPDATE " + table + " SET created_by = ?1, modified_by = ?1 WHERE created_by = ''");
                claim.setString(1, db.user());
                claim.executeUpdate();
            }
            return null;
        }));
    }

    @Override
    public String currentUser() {
        return db.user();
    }

    @Override
    public boolean mayRecordOthersWork() {
        return true;
    }

    @Override
    public List<String> annotators() {
        return db.call("listing who made annotations", () -> {
            List<String> names = new ArrayList<>();
            try (ResultSet rows = db.prepare("SELECT DISTINCT created_by FROM annotation ORDER BY created_by").executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        });
    }

    @Override
    public Map<UUID, Provenance> annotations(long articleId) {
        return db.call("reading who made the annotations of article " + articleId, () -> {
            PreparedStatement select = db.prepare("SELECT id, " + COLUMNS + " FROM annotation WHERE article_id = ? ORDER BY seq");
            select.setLong(1, articleId);
            Map<UUID, Provenance> found = new LinkedHashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.put(UUID.fromString(rows.getString("id")), provenance(rows));
                }
            }
            return found;
        });
    }

    @Override
    public Optional<Provenance> article(long articleId) {
        return one("article", articleId);
    }

    @Override
    public Optional<Provenance> actor(long actorId) {
        return one("actor", actorId);
    }

    private Optional<Provenance> one(String table, long id) {
        return db.call("reading who made " + table + " " + id, () -> {
            PreparedStatement select = db.prepare("SELECT " + COLUMNS + " FROM " + table + " WHERE id = ?");
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(provenance(rows)) : Optional.empty();
            }
        });
    }

    private static Provenance provenance(ResultSet rows) throws SQLException {
        String maker = rows.getString("created_by");
        return new Provenance(maker, rows.getString("modified_by"), rows.getInt("version"));
    }

    @Override
    public void stampAnnotations(Map<UUID, Provenance> provenance) {
        if (provenance.isEmpty()) {
            return;
        }
        db.transaction(() -> db.call("recording who made " + provenance.size() + " annotations", () -> {
            PreparedStatement stamp = db.prepare("UPDATE annotation SET created_by = ?, modified_by = ?, version = ? WHERE id = ?");
            for (Map.Entry<UUID, Provenance> entry : provenance.entrySet()) {
                bind(stamp, entry.getValue());
                stamp.setString(4, entry.getKey().toString());
                stamp.addBatch();
            }
            int[] counts = stamp.executeBatch();
            for (int count : counts) {
                if (count == 0) {
                    throw new StoreException("An annotation to record the maker of is not in " + db.file() + "; nothing was recorded.");
                }
            }
            return null;
        }));
    }

    @Override
    public void stampArticle(long articleId, Provenance provenance) {
        stampOne("article", articleId, provenance);
    }

    @Override
    public void stampActor(long actorId, Provenance provenance) {
        stampOne("actor", actorId, provenance);
    }

    private void stampOne(String table, long id, Provenance provenance) {
        db.call("recording who made " + table + " " + id, () -> {
            PreparedStatement stamp = db.prepare("UPDATE " + table + " SET created_by = ?, modified_by = ?, version = ? WHERE id = ?");
            bind(stamp, provenance);
            stamp.setLong(4, id);
            if (stamp.executeUpdate() == 0) {
                throw new StoreException("There is no " + table + " " + id + " in " + db.file() + " to record the maker of.");
            }
            return null;
        });
    }

    private static void bind(PreparedStatement stamp, Provenance provenance) throws SQLException {
        stamp.setString(1, provenance.createdBy());
        stamp.setString(2, provenance.modifiedBy());
        stamp.setInt(3, provenance.version());
    }
}
