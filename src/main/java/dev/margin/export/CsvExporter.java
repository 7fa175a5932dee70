package dev.margin.export;

import dev.margin.domain.PublishedTimes;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One CSV row per annotation with its article's columns, RFC 4180 (CRLF, double quotes), UTF-8.
 *
 * <p>{@code start}/{@code end} count Unicode code points, like the W3C selectors, so they agree
 * with tools outside Java; they point into the text of the row's {@code revision}. Several evidence items share one cell, one per line; tags are
 * separated by "; ". {@code roles} lists the roles of the row's actor, speaker or claimant, latest first
 * ("transport minister as of 2026-11-20"); {@code created} and {@code modified} are UTC to the second. With {@code byteOrderMark} the file starts with a UTF-8 BOM, which some
 * spreadsheet programs need to read UTF-8 rather than a legacy code page.
 *
 * <p>Text cells are written so that a spreadsheet shows them as text and never runs them as a formula (CSV or
 * formula injection, OWASP): a cell whose text starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return gets a leading apostrophe ({@code '=HYPERLINK(...)}). Quoted words, notes and titles come from web
 * pages and other people, so any of them may carry such a formula. Numeric columns (ids, offsets, revision) are
 * numbers and are written as they are.
 */
public final class CsvExporter implements Exporter {
    public static final List<String> COLUMNS = List.of(
            "article_id", "article_title", "article_outlet", "article_date", "article_url",
            "annotation_id", "kind", "exact", "prefix", "suffix", "start", "end", "revision", "state",
            "speaker", "cue", "quote_type", "actor", "claimant", "roles", "claim_statement", "claim_kind", "status", "evidence",
            "note", "tags", "colour", "created", "modified");

    /** The first characters that make a spreadsheet read a cell as a formula (OWASP's CSV-injection list). */
    private static final String FORMULA_TRIGGERS = "=+-@\t\r";

    private final boolean byteOrderMark;

    public CsvExporter(boolean byteOrderMark) {
        this.byteOrderMark = byteOrderMark;
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public void write(ExportBundle bundle, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(new UnclosableOutputStream(out), StandardCharsets.UTF_8), 1 << 16);
        if (byteOrderMark) {
            writer.write('\uFEFF');
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
        AnnotationText text = new AnnotationText(bundle.actorsById());
        try (CSVPrinter csv = new CSVPrinter(writer, format)) {
            Map<Long, Article> articlesById = bundle.articlesById();
            for (Map.Entry<Long, List<Annotation>> entry : bundle.annotationsByArticle().entrySet()) {
                Article article = articlesById.get(entry.getKey());
                TextIndexes indexes = new TextIndexes(article, bundle.olderRevisionsOf(article.id()));
                for (Annotation annotation : entry.getValue()) {
                    csv.printRecord(neutralised(row(article, annotation, indexes.of(annotation.revision()), text)));
                }
            }
        }
        out.flush();
    }

    /** The row with every text cell that a spreadsheet would evaluate prefixed by an apostrophe. */
    static Object[] neutralised(Object[] row) {
        Object[] cells = row.clone();
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] instanceof CharSequence text && !text.isEmpty() && FORMULA_TRIGGERS.indexOf(text.charAt(0)) >= 0) {
                cells[i] = "'" + text;
            }
        }
        return cells;
    }

    /** The actor the row is about: the one mentioned, the quote's speaker or the claim's claimant. */
    private static Long actorOf(Annotation a) {
        if (a.actorId() != null) {
            return a.actorId();
        }
        if (a.quote() != null) {
            return a.quote().speakerActorId();
        }
        return a.claim() == null ? null : a.claim().claimantActorId();
    }

    private static Object[] row(Article article, Annotation a, CodePointIndex index, AnnotationText text) {
        return new Object[] {
                article.id(), article.displayTitle(), article.outlet(), PublishedTimes.iso(article.publishedDate(), article.publishedTime()),
                article.url() == null ? "" : article.url(),
                a.id(), Labels.of(a.kind()), a.exact(), a.anchor().prefix(), a.anchor().suffix(),
                index.toCodePoints(a.start()), index.toCodePoints(a.end()), a.revision(), Labels.of(a.anchorState()),
                text.speaker(a), a.quote() == null ? "" : a.quote().cue(), a.quote() == null ? "" : Labels.of(a.quote().type()),
                text.actorName(a.actorId()), text.claimant(a, article), text.rolesLine(actorOf(a)),
                a.claim() == null ? "" : a.claim().statement(), a.claim() == null ? "" : Labels.of(a.claim().kind()),
                a.claim() == null ? "" : Labels.of(a.claim().status()), AnnotationText.allEvidence(a.claim()),
                a.note(), String.join("; ", a.tags()), a.colour() == null ? "" : a.colour(),
                Timestamps.iso(a.created()), Timestamps.iso(a.modified())
        };
    }
}
