package dev.margin.store.sqlite;

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
import dev.margin.domain.Highlight;
import dev.margin.domain.QuoteDetails;
import dev.margin.domain.QuoteType;
import dev.margin.domain.Span;
import dev.margin.domain.SpeakerResolution;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes and reads rows of {@code annotation}: the anchor, the kind's details and the common fields.
 * Evidence and tags live in their own tables and are attached by {@link SqliteAnnotationDao}.
 */
final class AnnotationRowMapper {
    /** The annotation columns in the order {@link #bind} fills them, {@code id} last (for UPDATE ... WHERE id = ?). */
    static final List<String> COLUMNS = List.of(
            "article_id", "revision", "kind",
            "start_offset", "end_offset", "exact", "prefix", "suffix", "anchor_state",
            "speaker_actor_id", "speaker_start", "speaker_end", "cue", "cue_start", "cue_end", "quote_type", "speaker_resolution",
            "actor_id",
            "claim_statement", "claimant_actor_id", "claimant_is_outlet", "claim_kind", "claim_status", "claim_quote_id",
            "note", "colour", "created", "modified",
            "id");

    /** Also names the maker and last editor: two more parameters after {@link #COLUMNS}' (see ProvenanceDao). */
    static final String INSERT = "INSERT INTO annotation (" + String.join(", ", COLUMNS) + ", created_by, modified_by)\nVALUES ("
            + String.join(", ", COLUMNS.stream().map(c -> "?").toList()) + ", ?, ?)";

    static final String UPDATE = "UPDATE annotation SET "
            + String.join(", ", COLUMNS.subList(0, COLUMNS.size() - 1).stream().map(c -> c + " = ?").toList())
            + "\nWHERE id = ?";

    static final String SELECT = "SELECT " + String.join(", ", COLUMNS) + " FROM annotation";

    private AnnotationRowMapper() {
    }

    /** Binds every column of {@link #COLUMNS} for {@link #INSERT} or {@link #UPDATE}. */
    static void bind(PreparedStatement statement, Annotation annotation) throws SQLException {
        int i = 0;
        statement.setLong(++i, annotation.articleId());
        statement.setInt(++i, annotation.revision());
        SqlValues.setEnum(statement, ++i, annotation.kind());
        Anchor anchor = annotation.anchor();
        statement.setInt(++i, anchor.start());
        statement.setInt(++i, anchor.end());
        statement.setString(++i, anchor.exact());
        statement.setString(++i, anchor.prefix());
        statement.setString(++i, anchor.suffix());
        SqlValues.setEnum(statement, ++i, annotation.anchorState());

        QuoteDetails quote = annotation.quote();
        SqlValues.setLong(statement, ++i, quote == null ? null : quote.speakerActorId());
        Span speakerSpan = quote == null ? null : quote.speakerSpan();
        SqlValues.setInt(statement, ++i, speakerSpan == null ? null : speakerSpan.start());
        SqlValues.setInt(statement, ++i, speakerSpan == null ? null : speakerSpan.end());
        statement.setString(++i, quote == null ? null : quote.cue());
        Span cueSpan = quote == null ? null : quote.cueSpan();
        SqlValues.setInt(statement, ++i, cueSpan == null ? null : cueSpan.start());
        SqlValues.setInt(statement, ++i, cueSpan == null ? null : cueSpan.end());
        SqlValues.setEnum(statement, ++i, quote == null ? null : quote.type());
        SqlValues.setEnum(statement, ++i, quote == null ? null : quote.resolution());

        SqlValues.setLong(statement, ++i, annotation.actorId());

        ClaimDetails claim = annotation.claim();
        statement.setString(++i, claim == null ? null : claim.statement());
        SqlValues.setLong(statement, ++i, claim == null ? null : claim.claimantActorId());
        SqlValues.setInt(statement, ++i, claim == null ? null : claim.claimantIsOutlet() ? 1 : 0);
        SqlValues.setEnum(statement, ++i, claim == null ? null : claim.kind());
        SqlValues.setEnum(statement, ++i, claim == null ? null : claim.status());
        statement.setString(++i, claim == null ? null : SqlValues.uuid(claim.quoteId()));

        statement.setString(++i, annotation.note());
        statement.setString(++i, annotation.colour());
        statement.setString(++i, SqlValues.instant(annotation.created()));
        statement.setString(++i, SqlValues.instant(annotation.modified()));
        statement.setString(++i, annotation.id().toString());
    }

    /** The annotation of the current row, with the evidence and tags given (they come from other tables). */
    static Annotation annotation(ResultSet row, List<Evidence> evidence, List<String> tags) throws SQLException {
        AnnotationKind kind = SqlValues.getEnum(row, "kind", AnnotationKind.class);
        Anchor anchor = new Anchor(row.getInt("start_offset"), row.getInt("end_offset"),
                row.getString("exact"), row.getString("prefix"), row.getString("suffix"));
        AnnotationBody body = switch (kind) {
            case HIGHLIGHT -> Highlight.INSTANCE;
            case QUOTE -> quote(row);
            case ACTOR -> new ActorMention(row.getLong("actor_id"));
            case CLAIM -> claim(row, evidence);
        };
        return new Annotation(
                SqlValues.uuid(row.getString("id")),
                row.getLong("article_id"),
                row.getInt("revision"),
                anchor,
                SqlValues.getEnum(row, "anchor_state", AnchorState.class),
                body,
                row.getString("note"),
                tags,
                row.getString("colour"),
                SqlValues.instant(row.getString("created")),
                SqlValues.instant(row.getString("modified")));
    }

    private static QuoteDetails quote(ResultSet row) throws SQLException {
        return new QuoteDetails(
                SqlValues.getLong(row, "speaker_actor_id"),
                span(SqlValues.getInt(row, "speaker_start"), SqlValues.getInt(row, "speaker_end")),
                row.getString("cue"),
                span(SqlValues.getInt(row, "cue_start"), SqlValues.getInt(row, "cue_end")),
                SqlValues.getEnum(row, "quote_type", QuoteType.class),
                SqlValues.getEnum(row, "speaker_resolution", SpeakerResolution.class));
    }

    private static ClaimDetails claim(ResultSet row, List<Evidence> evidence) throws SQLException {
        return new ClaimDetails(
                row.getString("claim_statement"),
                SqlValues.getLong(row, "claimant_actor_id"),
                row.getInt("claimant_is_outlet") == 1,
                SqlValues.getEnum(row, "claim_kind", ClaimKind.class),
                SqlValues.getEnum(row, "claim_status", ClaimStatus.class),
                evidence,
                SqlValues.uuid(row.getString("claim_quote_id")));
    }

    private static Span span(Integer start, Integer end) {
        return start == null || end == null ? null : new Span(start, end);
    }
}
