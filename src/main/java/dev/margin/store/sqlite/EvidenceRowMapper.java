package dev.margin.store.sqlite;

import dev.margin.domain.Evidence;
import dev.margin.domain.EvidenceStance;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Writes and reads rows of {@code evidence}: the sources bearing on a claim, in the order the user gave them. */
final class EvidenceRowMapper {
    static final String INSERT = """
            INSERT INTO evidence (annotation_id, position, url, archived_url, stance, note)
            VALUES (?, ?, ?, ?, ?, ?)""";

    private EvidenceRowMapper() {
    }

    static void bind(PreparedStatement statement, String annotationId, int position, Evidence evidence) throws SQLException {
        statement.setString(1, annotationId);
        statement.setInt(2, position);
        statement.setString(3, evidence.url());
        statement.setString(4, evidence.archivedUrl());
        SqlValues.setEnum(statement, 5, evidence.stance());
        statement.setString(6, evidence.note());
    }

    static Evidence evidence(ResultSet row) throws SQLException {
        return new Evidence(row.getString("url"), row.getString("archived_url"),
                SqlValues.getEnum(row, "stance", EvidenceStance.class), row.getString("note"));
    }
}
