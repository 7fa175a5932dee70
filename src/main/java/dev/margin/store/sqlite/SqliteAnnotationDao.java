package dev.margin.store.sqlite;

import dev.margin.domain.Annotation;
import dev.margin.domain.Evidence;
import dev.margin.store.AnnotationDao;
import dev.margin.store.StoreException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link AnnotationDao} over {@code annotation}, {@code evidence} and {@code annotation_tag}.
 *
 * <p>Reads run three queries with one shared condition on {@code annotation n} (the rows, their
 * evidence, their tags) rather than one query per annotation. Writes of several rows run in one
 * transaction and use JDBC batches.
 */
final class SqliteAnnotationDao implements AnnotationDao {
    private static final String SELECT_ROWS = AnnotationRowMapper.SELECT + " n WHERE ";
    private static final String SELECT_EVIDENCE = """
            SELECT e.annotation_id, e.url, e.archived_url, e.stance, e.note
            FROM evidence e JOIN annotation n ON n.id = e.annotation_id
            WHERE %s
            ORDER BY e.annotation_id, e.position""";
    private static final String SELECT_TAGS = """
            SELECT t.annotation_id, g.name
            FROM annotation_tag t JOIN tag g ON g.id = t.tag_id JOIN annotation n ON n.id = t.annotation_id
            WHERE %s
            ORDER BY t.annotation_id, t.position""";
    private static final String INSERT_TAG = "INSERT OR IGNORE INTO tag (name) VALUES (?)";
    private static final String INSERT_ANNOTATION_TAG = """
            INSERT INTO annotation_tag (annotation_id, tag_id, position)
            SELECT ?, id, ? FROM tag WHERE name = ?""";
    private static final String TEXT_ORDER = " ORDER BY n.article_id, n.start_offset, n.end_offset DESC, n.seq";

    private static final String BY_ID = "n.id = ?";
    private static final String BY_ARTICLE = "n.article_id = ?";
    private static final String BY_ACTOR = "(n.actor_id = ?1 OR n.speaker_actor_id = ?1 OR n.claimant_actor_id = ?1)";

    private final Database db;

    SqliteAnnotationDao(Database db) {
        this.db = db;
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
        db.transaction(() -> db.call(what, () -> {
            PreparedStatement insert = db.prepare(AnnotationRowMapper.INSERT);
            for (Annotation annotation : annotations) {
                AnnotationRowMapper.bind(insert, annotation);
                insert.setString(AnnotationRowMapper.COLUMNS.size() + 1, db.user());
                insert.setString(AnnotationRowMapper.COLUMNS.size() + 2, db.user());
                insert.addBatch();
            }
            insert.executeBatch();
            insertEvidenceAndTags(annotations);
            return null;
        }));
    }

    @Override
    public void update(Annotation annotation) {
        String id = annotation.id().toString();
        db.transaction(() -> db.call("saving annotation " + id, () -> {
            PreparedStatement update = db.prepare(AnnotationRowMapper.UPDATE);
            AnnotationRowMapper.bind(update, annotation);
            if (update.executeUpdate() == 0) {
                throw new StoreException("There is no annotation " + id + " in " + db.file() + " to change.");
            }
            SqliteProvenanceDao.changed(db, "annotation", id);
            deleteWhereAnnotation("DELETE FROM evidence WHERE annotation_id = ?", id);
            deleteWhereAnnotation("DELETE FROM annotation_tag WHERE annotation_id = ?", id);
            insertEvidenceAndTags(List.of(annotation));
            return null;
        }));
    }

    @Override
    public void delete(UUID id) {
        // Evidence and tag links go by ON DELETE CASCADE; claims citing this quote keep their claim, unlinked.
        int deleted = db.call("deleting annotation " + id, () -> {
            PreparedStatement delete = db.prepare("DELETE FROM annotation WHERE id = ?");
            delete.setString(1, id.toString());
            return delete.executeUpdate();
        });
        if (deleted == 0) {
            throw new StoreException("There is no annotation " + id + " in " + db.file() + " to delete.");
        }
    }

    @Override
    public Optional<Annotation> find(UUID id) {
        List<Annotation> found = query("reading annotation " + id, BY_ID, "", s -> s.setString(1, id.toString()));
        return found.stream().findFirst();
    }

    @Override
    public List<Annotation> forArticle(long articleId) {
        return query("reading the annotations of article " + articleId, BY_ARTICLE, TEXT_ORDER, s -> s.setLong(1, articleId));
    }

    @Override
    public List<Annotation> forActor(long actorId) {
        return query("reading the annotations of actor " + actorId, BY_ACTOR, TEXT_ORDER, s -> s.setLong(1, actorId));
    }

    @Override
    public int count() {
        return db.call("counting the annotations", () -> {
            try (ResultSet rows = db.prepare("SELECT count(*) FROM annotation").executeQuery()) {
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
            String id = annotation.id().toString();
            if (annotation.claim() != null) {
                int position = 0;
                for (Evidence evidence : annotation.claim().evidence()) {
                    evidenceInsert = evidenceInsert == null ? db.prepare(EvidenceRowMapper.INSERT) : evidenceInsert;
                    EvidenceRowMapper.bind(evidenceInsert, id, position++, evidence);
                    evidenceInsert.addBatch();
                }
            }
            int position = 0;
            for (String tag : new LinkedHashSet<>(annotation.tags())) {
                tagInsert = tagInsert == null ? db.prepare(INSERT_TAG) : tagInsert;
                linkInsert = linkInsert == null ? db.prepare(INSERT_ANNOTATION_TAG) : linkInsert;
                tagInsert.setString(1, tag);
                tagInsert.addBatch();
                linkInsert.setString(1, id);
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

    private void deleteWhereAnnotation(String sql, String id) throws SQLException {
        PreparedStatement delete = db.prepare(sql);
        delete.setString(1, id);
        delete.executeUpdate();
    }

    private List<Annotation> query(String what, String condition, String order, BoundSelect.Binder binder) {
        return db.call(what, () -> {
            Map<String, List<Evidence>> evidence = BoundSelect.grouped(db.prepare(String.format(SELECT_EVIDENCE, condition)), binder,
                    rows -> rows.getString("annotation_id"), EvidenceRowMapper::evidence);
            Map<String, List<String>> tags = BoundSelect.grouped(db.prepare(String.format(SELECT_TAGS, condition)), binder,
                    rows -> rows.getString("annotation_id"), rows -> rows.getString("name"));
            return BoundSelect.list(db.prepare(SELECT_ROWS + condition + order), binder, rows -> {
                String id = rows.getString("id");
                return AnnotationRowMapper.annotation(rows, evidence.getOrDefault(id, List.of()), tags.getOrDefault(id, List.of()));
            });
        });
    }
}
