package dev.margin.store.postgres;

import dev.margin.domain.Annotation;
import dev.margin.domain.Evidence;
import dev.margin.domain.EvidenceStance;
import dev.margin.store.jdbc.AnnotationColumns;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * The SQL of the team library's {@code margin.annotation} rows around {@link AnnotationColumns}, the mapping both
 * stores share (ids are {@code uuid} here), and its evidence in {@code margin.evidence}. The audit columns (version,
 * created_by, modified_by and their times) are the server's and never bound here.
 */
final class AnnotationRows {
    /** The columns of {@link AnnotationColumns}, in the order it binds them, {@code id} last. */
    static final List<String> COLUMNS = AnnotationColumns.NAMES;

    static final String INSERT = "INSERT INTO margin.annotation (" + String.join(", ", COLUMNS) + ")\nVALUES ("
            + String.join(", ", COLUMNS.stream().map(c -> "?").toList()) + ")";

    /** Binds as {@link #bind}, then the expected version: a stale copy changes no row. */
    static final String UPDATE = "UPDATE margin.annotation SET "
            + String.join(", ", COLUMNS.subList(0, COLUMNS.size() - 1).stream().map(c -> c + " = ?").toList())
            + "\nWHERE id = ? AND version = coalesce(?, version) RETURNING version";

    /**
     * {@link #UPDATE} that also drops the annotation's evidence and tags, only where the row was changed, in one
     * statement: a stale copy changes nothing at all, and an edit without evidence or tags to write again is one round
     * trip. Binds as {@link #UPDATE}; returns the new version, or no row.
     */
    static final String UPDATE_DROPPING_EVIDENCE_AND_TAGS = "WITH updated AS (" + UPDATE.replace("RETURNING version", "RETURNING id, version")
            + "),\ndropped_evidence AS (DELETE FROM margin.evidence WHERE annotation_id IN (SELECT id FROM updated)),"
            + "\ndropped_tags AS (DELETE FROM margin.annotation_tag WHERE annotation_id IN (SELECT id FROM updated))"
            + "\nSELECT version FROM updated";

    static final String SELECT = "SELECT " + String.join(", ", COLUMNS.stream().map(c -> "n." + c).toList())
            + ", n.version FROM margin.annotation n";

    static final String INSERT_EVIDENCE = """
            INSERT INTO margin.evidence (annotation_id, position, url, archived_url, stance, note)
            VALUES (?, ?, ?, ?, ?, ?)""";

    private static final AnnotationColumns MAPPING = new AnnotationColumns(new AnnotationColumns.Ids() {
        @Override
        public void set(PreparedStatement statement, int index, UUID id) throws SQLException {
            PgValues.setUuid(statement, index, id);
        }

        @Override
        public UUID get(ResultSet row, String column) throws SQLException {
            return PgValues.uuid(row, column);
        }
    });

    private AnnotationRows() {
    }

    /** Binds every column of {@link #COLUMNS} from parameter 1 on; returns the index of the last one bound. */
    static int bind(PreparedStatement statement, Annotation annotation) throws SQLException {
        return MAPPING.bind(statement, annotation);
    }

    /** The annotation of the current row, with the evidence and tags given (they come from other tables). */
    static Annotation annotation(ResultSet row, List<Evidence> evidence, List<String> tags) throws SQLException {
        return MAPPING.read(row, evidence, tags);
    }

    static void bindEvidence(PreparedStatement statement, Annotation annotation, int position, Evidence evidence) throws SQLException {
        statement.setObject(1, annotation.id());
        statement.setInt(2, position);
        statement.setString(3, evidence.url());
        statement.setString(4, evidence.archivedUrl());
        PgValues.setEnum(statement, 5, evidence.stance());
        statement.setString(6, evidence.note());
    }

    static Evidence evidence(ResultSet row) throws SQLException {
        return new Evidence(row.getString("url"), row.getString("archived_url"),
                PgValues.getEnum(row, "stance", EvidenceStance.class), row.getString("note"));
    }
}
