package dev.margin.store.jdbc;

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
import java.sql.Types;
import java.util.List;
import java.util.UUID;

/**
 * The one mapping of an {@link Annotation} to the columns of its table and back, for both stores: the anchor, the
 * kind's details and the common fields, in the order of {@link #NAMES}. Each store writes its own SQL around these
 * columns (table name, audit columns, versions) and says how its database holds an id ({@link Ids}); evidence and
 * tags live in their own tables and are attached by the store.
 */
public final class AnnotationColumns {
    /** The columns in the order {@link #bind} fills them, {@code id} last (for UPDATE ... WHERE id = ?). */
    public static final List<String> NAMES = List.of(
            "article_id", "revision", "kind",
            "start_offset", "end_offset", "exact", "prefix", "suffix", "anchor_state",
            "speaker_actor_id", "speaker_start", "speaker_end", "cue", "cue_start", "cue_end", "quote_type", "speaker_resolution",
            "actor_id",
            "claim_statement", "claimant_actor_id", "claimant_is_outlet", "claim_kind", "claim_status", "claim_quote_id",
            "note", "colour", "created", "modified",
            "id");

    /** How a database holds an annotation's id: text in SQLite, {@code uuid} in PostgreSQL. */
    public interface Ids {
        void set(PreparedStatement statement, int index, UUID id) throws SQLException;

        UUID get(ResultSet row, String column) throws SQLException;
    }

    private final Ids ids;

    public AnnotationColumns(Ids ids) {
        this.ids = ids;
    }

    /** Binds every column of {@link #NAMES} from parameter 1 on; returns the index of the last one bound. */
    public int bind(PreparedStatement statement, Annotation annotation) throws SQLException {
        int i = 0;
        statement.setLong(++i, annotation.articleId());
        statement.setInt(++i, annotation.revision());
        JdbcValues.setEnum(statement, ++i, annotation.kind());
        Anchor anchor = annotation.anchor();
        statement.setInt(++i, anchor.start());
        statement.setInt(++i, anchor.end());
        statement.setString(++i, anchor.exact());
        statement.setString(++i, anchor.prefix());
        statement.setString(++i, anchor.suffix());
        JdbcValues.setEnum(statement, ++i, annotation.anchorState());

        QuoteDetails quote = annotation.quote();
        JdbcValues.setLong(statement, ++i, quote == null ? null : quote.speakerActorId());
        Span speakerSpan = quote == null ? null : quote.speakerSpan();
        JdbcValues.setInt(statement, ++i, speakerSpan == null ? null : speakerSpan.start());
        JdbcValues.setInt(statement, ++i, speakerSpan == null ? null : speakerSpan.end());
        statement.setString(++i, quote == null ? null : quote.cue());
        Span cueSpan = quote == null ? null : quote.cueSpan();
        JdbcValues.setInt(statement, ++i, cueSpan == null ? null : cueSpan.start());
        JdbcValues.setInt(statement, ++i, cueSpan == null ? null : cueSpan.end());
        JdbcValues.setEnum(statement, ++i, quote == null ? null : quote.type());
        JdbcValues.setEnum(statement, ++i, quote == null ? null : quote.resolution());

        JdbcValues.setLong(statement, ++i, annotation.actorId());

        ClaimDetails claim = annotation.claim();
        statement.setString(++i, claim == null ? null : claim.statement());
        JdbcValues.setLong(statement, ++i, claim == null ? null : claim.claimantActorId());
        if (claim == null) {
            statement.setNull(++i, Types.BOOLEAN);
        } else {
            statement.setBoolean(++i, claim.claimantIsOutlet());
        }
        JdbcValues.setEnum(statement, ++i, claim == null ? null : claim.kind());
        JdbcValues.setEnum(statement, ++i, claim == null ? null : claim.status());
        ids.set(statement, ++i, claim == null ? null : claim.quoteId());

        statement.setString(++i, annotation.note());
        statement.setString(++i, annotation.colour());
        statement.setString(++i, JdbcValues.instant(annotation.created()));
        statement.setString(++i, JdbcValues.instant(annotation.modified()));
        ids.set(statement, ++i, annotation.id());
        return i;
    }

    /** The annotation of the current row, with the evidence and tags given (they come from other tables). */
    public Annotation read(ResultSet row, List<Evidence> evidence, List<String> tags) throws SQLException {
        AnnotationKind kind = JdbcValues.getEnum(row, "kind", AnnotationKind.class);
        Anchor anchor = new Anchor(row.getInt("start_offset"), row.getInt("end_offset"),
                row.getString("exact"), row.getString("prefix"), row.getString("suffix"));
        AnnotationBody body = switch (kind) {
            case HIGHLIGHT -> Highlight.INSTANCE;
            case QUOTE -> quote(row);
            case ACTOR -> new ActorMention(row.getLong("actor_id"));
            case CLAIM -> claim(row, evidence);
        };
        return new Annotation(
                ids.get(row, "id"),
                row.getLong("article_id"),
                row.getInt("revision"),
                anchor,
                JdbcValues.getEnum(row, "anchor_state", AnchorState.class),
                body,
                row.getString("note"),
                tags,
                row.getString("colour"),
                JdbcValues.instant(row.getString("created")),
                JdbcValues.instant(row.getString("modified")));
    }

    private static QuoteDetails quote(ResultSet row) throws SQLException {
        return new QuoteDetails(
                JdbcValues.getLong(row, "speaker_actor_id"),
                span(JdbcValues.getInt(row, "speaker_start"), JdbcValues.getInt(row, "speaker_end")),
                row.getString("cue"),
                span(JdbcValues.getInt(row, "cue_start"), JdbcValues.getInt(row, "cue_end")),
                JdbcValues.getEnum(row, "quote_type", QuoteType.class),
                JdbcValues.getEnum(row, "speaker_resolution", SpeakerResolution.class));
    }

    private ClaimDetails claim(ResultSet row, List<Evidence> evidence) throws SQLException {
        return new ClaimDetails(
                row.getString("claim_statement"),
                JdbcValues.getLong(row, "claimant_actor_id"),
                row.getBoolean("claimant_is_outlet"),
                JdbcValues.getEnum(row, "claim_kind", ClaimKind.class),
                JdbcValues.getEnum(row, "claim_status", ClaimStatus.class),
                evidence,
                ids.get(row, "claim_quote_id"));
    }

    private static Span span(Integer start, Integer end) {
        return start == null || end == null ? null : new Span(start, end);
    }
}
