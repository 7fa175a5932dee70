package dev.margin.store.postgres;

import dev.margin.domain.Annotation;
import dev.margin.domain.Evidence;
import dev.margin.store.AnnotationDao;
import dev.margin.store.StoreException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link AnnotationDao} over {@code margin.annotation}, {@code margin.evidence} and {@code margin.annotation_tag}.
 * An update or delete applies only to the version this store last read or wrote (see {@link RowVersions}).
 */
final class PgAnnotationDao implements AnnotationDao {
    static final String TABLE = "annotation";
    private static final String SELECT_EVIDENCE = """
            SELECT e.annotation_id, e.url, e.archived_url, e.stance, e.note
            FROM margin.evidence e JOIN margin.annotation n ON n.id = e.annotation_id
            WHERE %s
            ORDER BY e.annotation_id, e.position""";
    private static final String SELECT_TAGS = """
            SELECT t.annotation_id, g.name
            FROM margin.annotation_tag t JOIN margin.tag g ON g.id = t.tag_id JOIN margin.annotation n ON n.id = t.annotation_id
            WHERE %s
            ORDER BY t.annotation_id, t.position""";
    private static final String INSERT_TAG = "INSERT INTO margin.tag (name) VALUES (?) ON CONFLICT (name) DO NOTHING";
    private static final String INSERT_ANNOTATION_TAG = """
            INSERT INTO margin.annotation_tag (annotation_id, tag_id, position)
            SELECT ?, id, ? FROM margin.tag WHERE name = ?""";
    private static final String TEXT_ORDER = " ORDER BY n.article_id, n.start_offset, n.end_offset DESC, n.seq";

    private final PgDatabase db;
    private final RowVersions versions;

    PgAnnotationDao(PgDatabase db, RowVersions versions) {
        this.db = db;
        this.versions = versions;
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @Override
    public void insert(Annotation annotation) {
        insertAll(List.of(annotation));
    }

    @Override
    public void insertAll(Collection<Annotation> annotations) {
        if (annotations.isEmpty()) {
            return;
        }
        String what = annotations.size() == 1
                ? "saving annotation " + annotations.iterator().next().id()
                : "saving " + annotations.size() + " annotations";
        Annotation only = annotations.size() == 1 ? annotations.iterator().next() : null;
        if (only != null && only.claim() == null && only.tags().isEmpty() && !db.inTransaction()) {
            // one row and nothing beside it: one statement is its own transaction, one round trip instead of two
            db.call(what, () -> {
                PreparedStatement insert = db.prepare(AnnotationRows.INSERT);
                AnnotationRows.bind(insert, only);
                insert.executeUpdate();
                versions.saw(TABLE, only.id(), 1);
                return null;
            });
            return;
        }
        db.transaction(() -> db.call(what, () -> {
            PreparedStatement insert = db.prepare(AnnotationRows.INSERT);
            for (Annotation annotation : annotations) {
                AnnotationRows.bind(insert, annotation);
                insert.addBatch();
            }
            insert.executeBatch();
            insertEvidenceAndTags(annotations);
            annotations.forEach(annotation -> versions.saw(TABLE, annotation.id(), 1));
            return null;
        }));
    }

    @Override
    public void update(Annotation annotation) {
        UUID id = annotation.id();
        boolean nothingBeside = (annotation.claim() == null || annotation.claim().evidence().isEmpty()) && annotation.tags().isEmpty();
        if (nothingBeside && !db.inTransaction()) {
            // the row alone: the one statement is its own transaction, one round trip instead of three
            db.call("saving annotation " + id, () -> {
                updateDroppingEvidenceAndTags(annotation);
                return null;
            });
            return;
        }
        db.transaction(() -> db.call("saving annotation " + id, () -> {
            updateDroppingEvidenceAndTags(annotation);
            insertEvidenceAndTags(List.of(annotation));
            return null;
        }));
    }

    /** Changes the row on the version this store last saw, dropping its evidence and tags; refuses a stale copy. */
    private void updateDroppingEvidenceAndTags(Annotation annotation) throws SQLException {
        UUID id = annotation.id();
        PreparedStatement update = db.prepare(AnnotationRows.UPDATE_DROPPING_EVIDENCE_AND_TAGS);
        int last = AnnotationRows.bind(update, annotation);
        Integer expected = versions.expected(TABLE, id);
        PgValues.setInt(update, last + 1, expected);
        try (ResultSet updated = update.executeQuery()) {
            if (!updated.next()) {
                RowVersions.refuseStale(db, TABLE, "id", id, "annotation " + id, expected, expected != null);
                throw new StoreException("There is no annotation " + id + " in the team library " + db.library() + " to change.");
            }
            versions.saw(TABLE, id, updated.getInt(1));
        }
    }

    @Override
    public void delete(UUID id) {
        db.transaction(() -> db.call("deleting annotation " + id, () -> {
            // Claims citing this quote lose the link (ON DELETE SET NULL), which raises their version: that is
            // this store's own change, so their new versions are taken as seen.
            PreparedStatement citing = db.prepare("SELECT id FROM margin.annotation WHERE claim_quote_id = ?");
            citing.setObject(1, id);
            List<UUID> claims = new ArrayList<>();
            try (ResultSet rows = citing.executeQuery()) {
                while (rows.next()) {
                    claims.add(PgValues.uuid(rows, "id"));
                }
            }
            PreparedStatement delete = db.prepare("DELETE FROM margin.annotation WHERE id = ? AND version = coalesce(?, version)");
            delete.setObject(1, id);
            Integer expected = versions.expected(TABLE, id);
            PgValues.setInt(delete, 2, expected);
            if (delete.executeUpdate() == 0) {
                RowVersions.refuseStale(db, TABLE, "id", id, "annotation " + id, expected, false);
                throw new StoreException("There is no annotation " + id + " in the team library " + db.library() + " to delete.");
            }
            versions.forget(TABLE, id);
            for (UUID claim : claims) {
                PreparedStatement version = db.prepare("SELECT version FROM margin.annotation WHERE id = ?");
                version.setObject(1, claim);
                try (ResultSet row = version.executeQuery()) {
                    if (row.next()) {
                        versions.saw(TABLE, claim, row.getInt(1));
                    }
                }
            }
            return null;
        }));
    }

    @Override
    public Optional<Annotation> find(UUID id) {
        return query("reading annotation " + id, "n.id = ?", "", s -> s.setObject(1, id)).stream().findFirst();
    }

    @Override
    public List<Annotation> forArticle(long articleId) {
        return query("reading the annotations of article " + articleId, "n.article_id = ?", TEXT_ORDER, s -> s.setLong(1, articleId));
    }

    @Override
    public List<Annotation> forActor(long actorId) {
        return query("reading the annotations of actor " + actorId,
                "(n.actor_id = ? OR n.speaker_actor_id = ? OR n.claimant_actor_id = ?)", TEXT_ORDER, s -> {
                    s.setLong(1, actorId);
                    s.setLong(2, actorId);
                    s.setLong(3, actorId);
                });
    }

    @Override
    public int count() {
        return db.call("counting the annotations", () -> {
            try (ResultSet rows = db.prepare("SELECT count(*) FROM margin.annotation").executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    private void insertEvidenceAndTags(Collection<Annotation> annotations) throws SQLException {
        PreparedStatement evidenceInsert = null;
        PreparedStatement tagInsert = null;
        PreparedStatement linkInsert = null;
        for (Annotation annotation : annotations) {
            if (annotation.claim() != null) {
                int position = 0;
                for (Evidence evidence : annotation.claim().evidence()) {
                    evidenceInsert = evidenceInsert == null ? db.prepare(AnnotationRows.INSERT_EVIDENCE) : evidenceInsert;
                    AnnotationRows.bindEvidence(evidenceInsert, annotation, position++, evidence);
                    evidenceInsert.addBatch();
                }
            }
            int position = 0;
            for (String tag : new LinkedHashSet<>(annotation.tags())) {
                tagInsert = tagInsert == null ? db.prepare(INSERT_TAG) : tagInsert;
                linkInsert = linkInsert == null ? db.prepare(INSERT_ANNOTATION_TAG) : linkInsert;
                tagInsert.setString(1, tag);
                tagInsert.addBatch();
                linkInsert.setObject(1, annotation.id());
                linkInsert.setInt(2, position++);
                linkInsert.setString(3, tag);
                linkInsert.addBatch();
            }
        }
        if (evidenceInsert != null) {
            evidenceInsert.executeBatch();
        }
        if (tagInsert != null) {
            tagInsert.executeBatch();
            linkInsert.executeBatch();
        }
    }

    private List<Annotation> query(String what, String condition, String order, Binder binder) {
        return db.call(what, () -> {
            Map<UUID, List<Evidence>> evidence = new HashMap<>();
            PreparedStatement evidenceSelect = db.prepare(String.format(SELECT_EVIDENCE, condition));
            binder.bind(evidenceSelect);
            try (ResultSet rows = evidenceSelect.executeQuery()) {
                while (rows.next()) {
                    evidence.computeIfAbsent(PgValues.uuid(rows, "annotation_id"), k -> new ArrayList<>()).add(AnnotationRows.evidence(rows));
                }
            }
            Map<UUID, List<String>> tags = new HashMap<>();
            PreparedStatement tagSelect = db.prepare(String.format(SELECT_TAGS, condition));
            binder.bind(tagSelect);
            try (ResultSet rows = tagSelect.executeQuery()) {
                while (rows.next()) {
                    tags.computeIfAbsent(PgValues.uuid(rows, "annotation_id"), k -> new ArrayList<>()).add(rows.getString("name"));
                }
            }
            PreparedStatement select = db.prepare(AnnotationRows.SELECT + " WHERE " + condition + order);
            binder.bind(select);
            List<Annotation> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    UUID id = PgValues.uuid(rows, "id");
                    found.add(AnnotationRows.annotation(rows, evidence.getOrDefault(id, List.of()), tags.getOrDefault(id, List.of())));
                    versions.saw(TABLE, id, rows.getInt("version"));
                }
            }
            return found;
        });
    }
}
