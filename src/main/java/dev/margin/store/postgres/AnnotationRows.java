package dev.margin.store.postgres;

import dev.margin.domain.ActorMention;
import dev.margin.domain.Anchor;
import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationBody;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.ClaimKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.Evidence;
import dev.margin.domain.EvidenceStance;
import dev.margin.domain.Highlight;
import dev.margin.domain.QuoteDetails;
import dev.margin.domain.QuoteType;
import dev.margin.domain.Span;
import dev.margin.domain.SpeakerResolution;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * The one place that maps an {@link Annotation} to the columns of {@code margin.annotation} and back (and its
 * evidence to {@code margin.evidence}): the anchor, the kind's details and the common fields. The audit columns
 * (version, created_by, modified_by and their times) are the server's and never bound here.
 */
final class AnnotationRows {
    /** The annotation columns in the order {@link #bind} fills them, {@code id} last (for UPDATE ... WHERE id = ?). */
    static final List<String> COLUMNS = List.of(
            "article_id", "revision", "kind",
            "start_offset", "end_offset", "exact", "prefix", "suffix", "anchor_state",
            "speaker_actor_id", "speaker_start", "speaker_end", "cue", "cue_start", "cue_end", "quote_type", "speaker_resolution",
            "actor_id",
            "claim_statement", "claimant_actor_id", "claimant_is_outlet", "claim_kind", "claim_status", "claim_quote_id",
            "note", "colour", "created", "modified",
            "id");

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

    private AnnotationRows() {
    }

    /** Binds every column of {@link #COLUMNS}; returns the index of the last one bound. */
    static int bind(PreparedStatement statement, Annotation annotation) throws SQLException {
        int i = 0;
        statement.setLong(++i, annotation.articleId());
        statement.setInt(++i, annotation.revision());
        PgValues.setEnum(statement, ++i, annotation.kind());
        Anchor anchor = annotation.anchor();
        statement.setInt(++i, anchor.start());
        statement.setInt(++i, anchor.end());
        statement.setString(++i, anchor.exact());
        statement.setString(++i, anchor.prefix());
        statement.setString(++i, anchor.suffix());
        PgValues.setEnum(statement, ++i, annotation.anchorState());

        QuoteDetails quote = annotation.quote();
        PgValues.setLong(statement, ++i, quote == null ? null : quote.speakerActorId());
        Span speakerSpan = quote == null ? null : quote.speakerSpan();
        PgValues.setInt(statement, ++i, speakerSpan == null ? null : speakerSpan.start());
        PgValues.setInt(statement, ++i, speakerSpan == null ? null : speakerSpan.end());
        statement.setString(++i, quote == null ? null : quote.cue());
        Span cueSpan = quote == null ? null : quote.cueSpan();
        PgValues.setInt(statement, ++i, cueSpan == null ? null : cueSpan.start());
        PgValues.setInt(statement, ++i, cueSpan == null ? null : cueSpan.end());
        PgValues.setEnum(statement, ++i, quote == null ? null : quote.type());
        PgValues.setEnum(statement, ++i, quote == null ? null : quote.resolution());

        PgValues.setLong(statement, ++i, annotation.actorId());

        ClaimDetails claim = annotation.claim();
        statement.setString(++i, claim == null ? null : claim.statement());
        PgValues.setLong(statement, ++i, claim == null ? null : claim.claimantActorId());
        if (claim == null) {
            statement.setNull(++i, Types.BOOLEAN);
        } else {
            statement.setBoolean(++i, claim.claimantIsOutlet());
        }
        PgValues.setEnum(statement, ++i, claim == null ? null : claim.kind());
        PgValues.setEnum(statement, ++i, claim == null ? null : claim.status());
        PgValues.setUuid(statement, ++i, claim == null ? null : claim.quoteId());

        statement.setString(++i, annotation.note());
        statement.setString(++i, annotation.colour());
        statement.setString(++i, PgValues.instant(annotation.created()));
        statement.setString(++i, PgValues.instant(annotation.modified()));
        statement.setObject(++i, annotation.id());
        return i;
    }

    /** The annotation of the current row, with the evidence and tags given (they come from other tables). */
    static Annotation annotation(ResultSet row, List<Evidence> evidence, List<String> tags) throws SQLException {
        AnnotationKind kind = PgValues.getEnum(row, "kind", AnnotationKind.class);
        Anchor anchor = new Anchor(row.getInt("start_offset"), row.getInt("end_offset"),
                row.getString("exact"), row.getString("prefix"), row.getString("suffix"));
        AnnotationBody body = switch (kind) {
            case HIGHLIGHT -> Highlight.INSTANCE;
            case QUOTE -> quote(row);
            case ACTOR -> new ActorMention(row.getLong("actor_id"));
            case CLAIM -> claim(row, evidence);
        };
        return new Annotation(
                PgValues.uuid(row, "id"),
                row.getLong("article_id"),
                row.getInt("revision"),
                anchor,
                PgValues.getEnum(row, "anchor_state", AnchorState.class),
                body,
                row.getString("note"),
                tags,
                row.getString("colour"),
                PgValues.instant(row.getString("created")),
                PgValues.instant(row.getString("modified")));
    }

    private static QuoteDetails quote(ResultSet row) throws SQLException {
        return new QuoteDetails(
                PgValues.getLong(row, "speaker_actor_id"),
                span(PgValues.getInt(row, "speaker_start"), PgValues.getInt(row, "speaker_end")),
                row.getString("cue"),
                span(PgValues.getInt(row, "cue_start"), PgValues.getInt(row, "cue_end")),
                PgValues.getEnum(row, "quote_type", QuoteType.class),
                PgValues.getEnum(row, "speaker_resolution", SpeakerResolution.class));
    }

    private static ClaimDetails claim(ResultSet row, List<Evidence> evidence) throws SQLException {
        return new ClaimDetails(
                row.getString("claim_statement"),
                PgValues.getLong(row, "claimant_actor_id"),
                row.getBoolean("claimant_is_outlet"),
                PgValues.getEnum(row, "claim_kind", ClaimKind.class),
                PgValues.getEnum(row, "claim_status", ClaimStatus.class),
                evidence,
                PgValues.uuid(row, "claim_quote_id"));
    }

    private static Span span(Integer start, Integer end) {
        return start == null || end == null ? null : new Span(start, end);
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
