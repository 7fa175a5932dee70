package dev.margin.store.sqlite;

import dev.margin.domain.Annotation;
import dev.margin.domain.Evidence;
import dev.margin.store.jdbc.AnnotationColumns;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * The SQL of a SQLite library's {@code annotation} rows around {@link AnnotationColumns}, the mapping both stores
 * share (ids are text here). Evidence and tags live in their own tables and are attached by {@link SqliteAnnotationDao}.
 */
final class AnnotationRowMapper {
    /** The columns of {@link AnnotationColumns}, in the order it binds them, {@code id} last. */
    static final List<String> COLUMNS = AnnotationColumns.NAMES;

    /** Also names the maker and last editor: two more parameters after {@link #COLUMNS}' (see ProvenanceDao). */
    static final String INSERT = "INSERT INTO annotation (" + String.join(", ", COLUMNS) + ", created_by, modified_by)\nVALUES ("
            + String.join(", ", COLUMNS.stream().map(c -> "?").toList()) + ", ?, ?)";

    static final String UPDATE = "UPDATE annotation SET "
            + String.join(", ", COLUMNS.subList(0, COLUMNS.size() - 1).stream().map(c -> c + " = ?").toList())
            + "\nWHERE id = ?";

    static final String SELECT = "SELECT " + String.join(", ", COLUMNS) + " FROM annotation";

    private static final AnnotationColumns MAPPING = new AnnotationColumns(new AnnotationColumns.Ids() {
        @Override
        public void set(PreparedStatement statement, int index, UUID id) throws SQLException {
            statement.setString(index, SqlValues.uuid(id));
        }

        @Override
        public UUID get(ResultSet row, String column) throws SQLException {
            return SqlValues.uuid(row.getString(column));
        }
    });

    private AnnotationRowMapper() {
    }

    /** Binds every column of {@link #COLUMNS} from parameter 1 on; returns the index of the last one bound. */
    static int bind(PreparedStatement statement, Annotation annotation) throws SQLException {
        return MAPPING.bind(statement, annotation);
    }

    /** The annotation of the current row, with the evidence and tags given (they come from other tables). */
    static Annotation annotation(ResultSet row, List<Evidence> evidence, List<String> tags) throws SQLException {
        return MAPPING.read(row, evidence, tags);
    }
}
