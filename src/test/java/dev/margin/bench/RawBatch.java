package dev.margin.bench;

import dev.margin.domain.Annotation;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.Evidence;
import dev.margin.domain.QuoteDetails;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The floor {@link StoreBench} compares bulk saves with: the same rows, their values taken out of the records
 * beforehand, bound straight into prepared statements and sent as JDBC batches in one transaction, on a plain
 * sqlite-jdbc connection with the store's pragmas, into a library with the store's own schema.
 */
final class RawBatch implements AutoCloseable {
    private static final String ANNOTATION = """
            INSERT INTO annotation (article_id, revision, kind, start_offset, end_offset, exact, prefix, suffix, anchor_state,
                speaker_actor_id, speaker_start, speaker_end, cue, cue_start, cue_end, quote_type, speaker_resolution, actor_id,
                claim_statement, claimant_actor_id, claimant_is_outlet, claim_kind, claim_status, claim_quote_id,
                note, colour, created, modified, id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String EVIDENCE = "INSERT INTO evidence (annotation_id, position, url, archived_url, stance, note) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String TAG = "INSERT OR IGNORE INTO tag (name) VALUES (?)";
    private static final String TAG_LINK = "INSERT INTO annotation_tag (annotation_id, tag_id, position) SELECT ?, id, ? FROM tag WHERE name = ?";
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** The values of the rows to insert, prepared before the clock starts. */
    record Rows(int annotations, List<Object[]> annotationRows, List<Object[]> evidenceRows, List<Object[]> tagRows) {
    }

    private final Connection connection;
    private final Statement control;
    private final PreparedStatement annotation;
    private final PreparedStatement evidence;
    private final PreparedStatement tag;
    private final PreparedStatement tagLink;

    RawBatch(Path file) throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        control = connection.createStatement();
        control.execute("PRAGMA foreign_keys = ON");
        control.execute("PRAGMA busy_timeout = 5000");
        control.execute("PRAGMA journal_mode = WAL");
        control.execute("PRAGMA synchronous = NORMAL");
        control.execute("PRAGMA cache_size = -65536");
        annotation = connection.prepareStatement(ANNOTATION);
        evidence = connection.prepareStatement(EVIDENCE);
        tag = connection.prepareStatement(TAG);
        tagLink = connection.prepareStatement(TAG_LINK);
    }

    static Rows rows(List<Annotation> annotations) {
        List<Object[]> rows = new ArrayList<>(annotations.size());
        List<Object[]> evidenceRows = new ArrayList<>();
        List<Object[]> tagRows = new ArrayList<>();
        for (Annotation a : annotations) {
            rows.add(row(a));
            if (a.claim() != null) {
                for (int i = 0; i < a.claim().evidence().size(); i++) {
                    Evidence e = a.claim().evidence().get(i);
                    evidenceRows.add(new Object[] {a.id().toString(), i, e.url(), e.archivedUrl(), e.stance().name(), e.note()});
                }
            }
            for (int i = 0; i < a.tags().size(); i++) {
                tagRows.add(new Object[] {a.id().toString(), i, a.tags().get(i)});
            }
        }
        return new Rows(annotations.size(), rows, evidenceRows, tagRows);
    }

    /** Inserts the rows in one transaction; returns the nanoseconds it took. */
    long insert(Rows rows) throws SQLException {
        long start = System.nanoTime();
        control.execute("BEGIN IMMEDIATE");
        batch(annotation, rows.annotationRows());
        batch(evidence, rows.evidenceRows());
        for (Object[] row : rows.tagRows()) {
            tag.setObject(1, row[2]);
            tag.addBatch();
        }
        tag.executeBatch();
        batch(tagLink, rows.tagRows());
        control.execute("COMMIT");
        return System.nanoTime() - start;
    }

    private static void batch(PreparedStatement statement, List<Object[]> rows) throws SQLException {
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                statement.setObject(i + 1, row[i]);
            }
            statement.addBatch();
        }
        statement.executeBatch();
    }

    private static Object[] row(Annotation a) {
        QuoteDetails q = a.quote();
        ClaimDetails c = a.claim();
        return new Object[] {
            a.articleId(), a.revision(), a.kind().name(), a.start(), a.end(), a.exact(), a.anchor().prefix(), a.anchor().suffix(),
            a.anchorState().name(),
            q == null ? null : q.speakerActorId(), q == null || q.speakerSpan() == null ? null : q.speakerSpan().start(),
            q == null || q.speakerSpan() == null ? null : q.speakerSpan().end(), q == null ? null : q.cue(),
            q == null || q.cueSpan() == null ? null : q.cueSpan().start(), q == null || q.cueSpan() == null ? null : q.cueSpan().end(),
            q == null ? null : q.type().name(), q == null ? null : q.resolution().name(),
            a.actorId(),
            c == null ? null : c.statement(), c == null ? null : c.claimantActorId(), c == null ? null : (c.claimantIsOutlet() ? 1 : 0),
            c == null ? null : c.kind().name(), c == null ? null : c.status().name(),
            c == null || c.quoteId() == null ? null : c.quoteId().toString(),
            a.note(), a.colour(), INSTANT.format(a.created()), INSTANT.format(a.modified()), a.id().toString()
        };
    }

    @Override
    public void close() throws SQLException {
        annotation.close();
        evidence.close();
        tag.close();
        tagLink.close();
        control.close();
        connection.close();
    }
}
