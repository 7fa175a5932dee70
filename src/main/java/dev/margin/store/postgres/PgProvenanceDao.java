package dev.margin.store.postgres;

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
 * {@link ProvenanceDao} over the columns the server keeps on every row ({@code created_by}, {@code modified_by},
 * {@code version}, written by {@code margin.touch_row}). Recording a copy's makers needs the setting
 * {@code margin.copying} for the transaction and an editor's rights (migration V005); the versions written are
 * remembered as seen ({@link RowVersions}), so this store's later edits of the copy are not taken for stale ones.
 */
final class PgProvenanceDao implements ProvenanceDao {
    private static final String COLUMNS = "created_by, modified_by, version";

    private final PgDatabase db;
    private final RowVersions versions;

    PgProvenanceDao(PgDatabase db, RowVersions versions) {
        this.db = db;
        this.versions = versions;
    }

    @Override
    public String currentUser() {
        return db.call("asking the server who you are", () -> {
            try (ResultSet rows = db.prepare("SELECT current_user").executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        });
    }

    @Override
    public boolean mayRecordOthersWork() {
        return db.call("asking the server for your role", () -> {
            try (ResultSet rows = db.prepare("SELECT margin.is_editor()").executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        });
    }

    @Override
    public List<String> annotators() {
        return db.call("listing who made annotations", () -> {
            List<String> names = new ArrayList<>();
            try (ResultSet rows = db.prepare("SELECT DISTINCT created_by FROM margin.annotation ORDER BY created_by").executeQuery()) {
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
            PreparedStatement select = db.prepare("SELECT id, " + COLUMNS + " FROM margin.annotation WHERE article_id = ? ORDER BY seq");
            select.setLong(1, articleId);
            Map<UUID, Provenance> found = new LinkedHashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getObject("id", UUID.class), provenance(rows));
                }
            }
            return found;
        });
    }

    @Override
    public Optional<Provenance> article(long articleId) {
        return one(PgArticleDao.TABLE, articleId);
    }

    @Override
    public Optional<Provenance> actor(long actorId) {
        return one(PgActorDao.TABLE, actorId);
    }

    private Optional<Provenance> one(String table, long id) {
        return db.call("reading who made " + table + " " + id, () -> {
            PreparedStatement select = db.prepare("SELECT " + COLUMNS + " FROM margin." + table + " WHERE id = ?");
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(provenance(rows)) : Optional.empty();
            }
        });
    }

    private static Provenance provenance(ResultSet rows) throws SQLException {
        return new Provenance(rows.getString("created_by"), rows.getString("modified_by"), rows.getInt("version"));
    }

    @Override
    public void stampAnnotations(Map<UUID, Provenance> provenance) {
        if (provenance.isEmpty()) {
            return;
        }
        stamping("recording who made " + provenance.size() + " annotations", () -> {
            PreparedStatement stamp = db.prepare("UPDATE margin.annotation SET created_by = ?, modified_by = ?, version = ? WHERE id = ?");
            for (Map.Entry<UUID, Provenance> entry : provenance.entrySet()) {
                bind(stamp, entry.getValue());
                stamp.setObject(4, entry.getKey());
                stamp.addBatch();
            }
            for (int count : stamp.executeBatch()) {
                if (count == 0) {
                    throw new StoreException("An annotation to record the maker of is not in the team library " + db.library()
                            + "; nothing was recorded.");
                }
            }
            provenance.forEach((id, made) -> versions.saw(PgAnnotationDao.TABLE, id, made.version()));
        });
    }

    @Override
    public void stampArticle(long articleId, Provenance provenance) {
        stampOne(PgArticleDao.TABLE, articleId, provenance);
    }

    @Override
    public void stampActor(long actorId, Provenance provenance) {
        stampOne(PgActorDao.TABLE, actorId, provenance);
    }

    private void stampOne(String table, long id, Provenance provenance) {
        stamping("recording who made " + table + " " + id, () -> {
            PreparedStatement stamp = db.prepare("UPDATE margin." + table + " SET created_by = ?, modified_by = ?, version = ? WHERE id = ?");
            bind(stamp, provenance);
            stamp.setLong(4, id);
            if (stamp.executeUpdate() == 0) {
                throw new StoreException("There is no " + table + " " + id + " in the team library " + db.library()
                        + " to record the maker of.");
            }
            versions.saw(table, id, provenance.version());
        });
    }

    @FunctionalInterface
    private interface Stamp {
        void run() throws SQLException;
    }

    /** Runs {@code stamp} in a transaction with margin.copying on, after checking the user is an editor. */
    private void stamping(String what, Stamp stamp) {
        db.transaction(() -> db.call(what, () -> {
            try (ResultSet rows = db.prepare("SELECT margin.is_editor()").executeQuery()) {
                if (!rows.next() || !rows.getBoolean(1)) {
                    throw new StoreException("Only an editor or admin of the team library " + db.library() + " may record"
                            + " who made copied work; ask one to copy it, or to make you an editor. Nothing was copied.");
                }
            }
            db.prepare("SELECT set_config('margin.copying', 'on', true)").execute();
            try {
                stamp.run();
            } finally {
                db.prepare("SELECT set_config('margin.copying', 'off', true)").execute();
            }
            return null;
        }));
    }

    private static void bind(PreparedStatement stamp, Provenance provenance) throws SQLException {
        stamp.setString(1, provenance.createdBy());
        stamp.setString(2, provenance.modifiedBy());
        stamp.setInt(3, provenance.version());
    }
}
