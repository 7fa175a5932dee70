package dev.margin.export;

import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * An annotated-notes report for print: per article a title block (title, outlet, byline, date, the
 * URL as a link, counts, generator and time) and a legend, optionally the article's text with its
 * marks, then its quotes, claims (each verdict in its colour), actors (with roles) and highlights,
 * each with its note (Markdown rendered, links clickable) and tags ({@link PdfArticleSection});
 * every article starts on a new page; every page has the running title and "Page n of m".
 *
 * <p>Fonts: see {@link PdfFonts}. With DejaVu Sans (Debian's fonts-dejavu-core) Latin, Greek,
 * Cyrillic, Arabic and Hebrew print; emoji and characters the font lacks print as a small
 * square. Right-to-left lines are put in visual order and right-aligned; Arabic letters are not
 * joined (no shaping in PDFBox). Pages are buffered in memory up to {@value #MEMORY_FOR_PAGES}
 * bytes and in temporary files beyond, so a report of the whole library does not exhaust the heap.
 */
public final class PdfReportExporter implements Exporter {
    private static final long MEMORY_FOR_PAGES = 128L * 1024 * 1024;
    private final List<Path[]> fontCandidates;
    private final boolean includeArticleText;

    /** A report in the first system font of {@link PdfFonts#SYSTEM_CANDIDATES} found, else Helvetica. */
    public PdfReportExporter() {
        this(PdfFonts.SYSTEM_CANDIDATES, false);
    }

    /** @param includeArticleText print each article's text, marked, before its notes */
    public PdfReportExporter(boolean includeArticleText) {
        this(PdfFonts.SYSTEM_CANDIDATES, includeArticleText);
    }

    /** @param fontCandidates regular/bold TrueType file pairs to try in order; empty for Helvetica only */
    public PdfReportExporter(List<Path[]> fontCandidates) {
        this(fontCandidates, false);
    }

    public PdfReportExporter(List<Path[]> fontCandidates, boolean includeArticleText) {
        this.fontCandidates = List.copyOf(fontCandidates);
        this.includeArticleText = includeArticleText;
    }

    @Override
    public String fileExtension() {
        return "pdf";
    }

    @Override
    public void write(ExportBundle bundle, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument(MemoryUsageSetting.setupMixed(MEMORY_FOR_PAGES).streamCache)) {
            PdfFonts fonts = PdfFonts.load(document, fontCandidates);
            String runningTitle = bundle.articles().size() == 1 ? bundle.articles().get(0).displayTitle()
                    : "Annotated notes: " + bundle.articles().size() + " articles";
            describe(document, bundle, runningTitle);
            try (PdfLayout layout = new PdfLayout(document, fonts, runningTitle + " · " + HtmlExporter.generator(bundle.info()))) {
                PdfArticleSection section = new PdfArticleSection(layout, bundle.actorsById(), bundle.info(), includeArticleText);
                Map<Long, Article> articlesById = bundle.articlesById();
                for (Map.Entry<Long, List<Annotation>> entry : bundle.annotationsByArticle().entrySet()) {
                    layout.newPage();
                    section.write(articlesById.get(entry.getKey()), entry.getValue());
                }
                if (bundle.articles().isEmpty()) {
                    layout.paragraph("Nothing to report: the export holds no articles.", fonts.regular, 11, 0, PdfLayout.INK, null);
                }
                layout.finish();
            }
            document.save(new UnclosableOutputStream(out));
        }
        out.flush();
    }

    private static void describe(PDDocument document, ExportBundle bundle, String title) {
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(title);
        information.setCreator(HtmlExporter.generator(bundle.info()));
        if (!bundle.info().creator().isBlank()) {
            information.setAuthor(bundle.info().creator());
        }
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(bundle.info().exportedAt().toEpochMilli());
        information.setCreationDate(created);
    }
}
