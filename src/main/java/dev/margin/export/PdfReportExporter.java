package dev.margin.export;

import dev.margin.domain.Actor;
import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Article;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.Evidence;
import dev.margin.domain.QuoteDetails;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.EnumMap;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * An annotated-notes report for print: per article a title block (title, outlet, byline, date,
 * URL, counts), then its quotes, claims, actors and highlights, each with its note and tags;
 * every article starts on a new page; every page has the running title and "Page n of m".
 *
 * <p>Fonts: see {@link PdfFonts}. With DejaVu Sans (Debian's fonts-dejavu-core) Latin, Greek,
 * Cyrillic, Arabic and Hebrew print; emoji and characters the font lacks print as a small
 * square. Right-to-left lines are put in visual order and right-aligned; Arabic letters are not
 * joined (no shaping in PDFBox). Pages are buffered in memory up to {@value #MEMORY_FOR_PAGES}
 * bytes and in temporary files beyond, so a report of the whole library does not exhaust the heap.
 */
public final class PdfReportExporter implements Exporter {
    private static final Color QUOTE_BAR = new Color(0x64, 0xa8, 0xf0);
    private static final Color CLAIM_BAR = new Color(0xc6, 0x28, 0x28);
    private static final Color HIGHLIGHT_BAR = new Color(0xe0, 0xc2, 0x00);
    private static final long MEMORY_FOR_PAGES = 128L * 1024 * 1024;
    private final List<Path[]> fontCandidates;

    /** A report in the first system font of {@link PdfFonts#SYSTEM_CANDIDATES} found, else Helvetica. */
    public PdfReportExporter() {
        this(PdfFonts.SYSTEM_CANDIDATES);
    }

    /** @param fontCandidates regular/bold TrueType file pairs to try in order; empty for Helvetica only */
    public PdfReportExporter(List<Path[]> fontCandidates) {
        this.fontCandidates = List.copyOf(fontCandidates);
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
            try (PdfLayout layout = new PdfLayout(document, fonts, runningTitle + " · " + bundle.info().generator())) {
                Section section = new Section(layout, bundle.actorsById());
                for (Map.Entry<Long, List<Annotation>> entry : bundle.annotationsByArticle().entrySet()) {
                    layout.newPage();
                    section.article(bundle.article(entry.getKey()).orElseThrow(), entry.getValue());
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
        information.setCreator(bundle.info().generator());
        if (!bundle.info().creator().isBlank()) {
            information.setAuthor(bundle.info().creator());
        }
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(bundle.info().exportedAt().toEpochMilli());
        information.setCreationDate(created);
    }

    /** Writes the sections of one article; holds the fonts and look-ups they share. */
    private static final class Section {
        private final PdfLayout layout;
        private final PdfFonts fonts;
        private final Map<Long, Actor> actors;
        private final AnnotationText text;

        Section(PdfLayout layout, Map<Long, Actor> actors) {
            this.layout = layout;
            this.fonts = layout.fonts();
            this.actors = actors;
            this.text = new AnnotationText(actors);
        }

        void article(Article article, List<Annotation> annotations) throws IOException {
            layout.paragraph("ANNOTATED NOTES", fonts.bold, 8, 0, PdfLayout.MUTED, null);
            layout.space(4);
            layout.paragraph(article.displayTitle(), fonts.bold, 17, 0, PdfLayout.INK, null);
            layout.space(4);
            List<String> meta = new ArrayList<>();
            for (String part : List.of(article.outlet(), article.byline(),
                    article.publishedDate() == null ? "" : article.publishedDate().toString())) {
                if (!part.isBlank()) {
                    meta.add(part);
                }
            }
            if (!meta.isEmpty()) {
                layout.paragraph(String.join(" · ", meta), fonts.regular, 10, 0, PdfLayout.MUTED, null);
            }
            if (article.url() != null && !article.url().isBlank()) {
                layout.paragraph(article.url(), fonts.regular, 9, 0, PdfLayout.MUTED, null);
            }
            layout.paragraph(counts(annotations) + " · revision " + article.revision(), fonts.regular, 9, 0, PdfLayout.MUTED, null);
            layout.rule();
            quotes(of(annotations, AnnotationKind.QUOTE));
            claims(of(annotations, AnnotationKind.CLAIM), article);
            actorsOf(annotations);
            highlights(of(annotations, AnnotationKind.HIGHLIGHT));
        }

        private static List<Annotation> of(List<Annotation> annotations, AnnotationKind kind) {
            return annotations.stream().filter(a -> a.kind() == kind).toList();
        }

        private static String counts(List<Annotation> annotations) {
            Map<AnnotationKind, Integer> counts = new LinkedHashMap<>();
            for (AnnotationKind kind : List.of(AnnotationKind.QUOTE, AnnotationKind.CLAIM, AnnotationKind.ACTOR, AnnotationKind.HIGHLIGHT)) {
                counts.put(kind, 0);
            }
            annotations.forEach(a -> counts.merge(a.kind(), 1, Integer::sum));
            return plural(counts.get(AnnotationKind.QUOTE), "quote") + " · " + plural(counts.get(AnnotationKind.CLAIM), "claim") + " · "
                    + plural(counts.get(AnnotationKind.ACTOR), "actor mention") + " · " + plural(counts.get(AnnotationKind.HIGHLIGHT), "highlight");
        }

        private static String plural(int count, String noun) {
            return count + " " + noun + (count == 1 ? "" : "s");
        }

        private void heading(String title) throws IOException {
            layout.keepTogether(80);
            layout.space(6);
            layout.paragraph(title, fonts.bold, 13, 0, PdfLayout.INK, null);
            layout.space(4);
        }

        private void quotes(List<Annotation> quotes) throws IOException {
            if (quotes.isEmpty()) {
                return;
            }
            heading("Quotes");
            for (Annotation annotation : quotes) {
                QuoteDetails quote = annotation.quote();
                layout.keepTogether(40);
                layout.paragraph(exactOrLost(annotation), fonts.regular, 10.5f, 12, PdfLayout.INK, QUOTE_BAR);
                String speaker = text.speaker(annotation);
                String attribution = "— " + (speaker.isEmpty() ? Labels.of(quote.resolution()) + " source" : speaker)
                        + (quote.cue().isBlank() ? "" : ", " + quote.cue()) + " (" + Labels.of(quote.type()) + " quote)";
                layout.paragraph(attribution, fonts.bold, 9.5f, 12, PdfLayout.MUTED, null);
                noteAndTags(annotation);
            }
        }

        private void claims(List<Annotation> claims, Article article) throws IOException {
            if (claims.isEmpty()) {
                return;
            }
            heading("Claims");
            for (Annotation annotation : claims) {
                ClaimDetails claim = annotation.claim();
                layout.keepTogether(50);
                layout.paragraph(Labels.title(claim.status()).toUpperCase(Locale.ROOT) + " · " + Labels.of(claim.kind()),
                        fonts.bold, 9.5f, 12, CLAIM_BAR, null);
                layout.paragraph(exactOrLost(annotation), fonts.regular, 10.5f, 12, PdfLayout.INK, CLAIM_BAR);
                String claimant = text.claimant(annotation, article);
                if (!claimant.isEmpty()) {
                    layout.paragraph("Claimant: " + claimant, fonts.regular, 9.5f, 12, PdfLayout.MUTED, null);
                }
                if (!claim.statement().isBlank()) {
                    layout.paragraph("Statement: " + claim.statement(), fonts.regular, 9.5f, 12, PdfLayout.INK, null);
                }
                for (Evidence evidence : claim.evidence()) {
                    layout.paragraph("Evidence, " + AnnotationText.evidence(evidence), fonts.regular, 9, 24, PdfLayout.INK, null);
                }
                noteAndTags(annotation);
            }
        }

        private void actorsOf(List<Annotation> annotations) throws IOException {
            // Every actor the article's annotations name, with what names them: quotes they said, claims they made, mentions.
            Map<Long, EnumMap<AnnotationKind, Integer>> namedBy = new LinkedHashMap<>();
            Map<Long, List<Annotation>> mentionsOf = new HashMap<>();
            for (Annotation annotation : annotations) {
                AnnotationActors.named(annotation).forEach(id -> namedBy.computeIfAbsent(id, key -> new EnumMap<>(AnnotationKind.class))
                        .merge(annotation.kind(), 1, Integer::sum));
                if (annotation.kind() == AnnotationKind.ACTOR) {
                    mentionsOf.computeIfAbsent(annotation.actorId(), id -> new ArrayList<>()).add(annotation);
                }
            }
            if (namedBy.isEmpty()) {
                return;
            }
            heading("Actors");
            for (Map.Entry<Long, EnumMap<AnnotationKind, Integer>> entry : namedBy.entrySet()) {
                Actor actor = actors.get(entry.getKey());
                layout.keepTogether(30);
                layout.paragraph(actor.name() + " (" + Labels.of(actor.type()) + ")", fonts.bold, 10.5f, 12, PdfLayout.INK, null);
                List<String> details = new ArrayList<>();
                if (!actor.description().isBlank()) {
                    details.add(actor.description());
                }
                if (!actor.aliases().isEmpty()) {
                    details.add("also: " + String.join(", ", actor.aliases()));
                }
                EnumMap<AnnotationKind, Integer> counts = entry.getValue();
                for (AnnotationKind kind : List.of(AnnotationKind.QUOTE, AnnotationKind.CLAIM, AnnotationKind.ACTOR)) {
                    if (counts.containsKey(kind)) {
                        details.add(plural(counts.get(kind), kind == AnnotationKind.ACTOR ? "mention" : kind.name().toLowerCase(Locale.ROOT)));
                    }
                }
                layout.paragraph(String.join(" · ", details), fonts.regular, 9.5f, 12, PdfLayout.MUTED, null);
                for (Annotation mention : mentionsOf.getOrDefault(entry.getKey(), List.of())) {
                    noteAndTags(mention);
                }
            }
        }

        private void highlights(List<Annotation> highlights) throws IOException {
            if (highlights.isEmpty()) {
                return;
            }
            heading("Highlights");
            for (Annotation annotation : highlights) {
                layout.keepTogether(30);
                layout.paragraph(exactOrLost(annotation), fonts.regular, 10.5f, 12, PdfLayout.INK, HIGHLIGHT_BAR);
                noteAndTags(annotation);
            }
        }

        private void noteAndTags(Annotation annotation) throws IOException {
            if (annotation.anchorState() == AnchorState.ORPHANED && !annotation.exact().isEmpty()) {
                layout.paragraph("Orphaned: these words are no longer in the article's current text (marked on revision "
                        + annotation.revision() + ")", fonts.regular, 9, 12, PdfLayout.MUTED, null);
            }
            if (!annotation.note().isBlank()) {
                layout.paragraph("Note: " + annotation.note().strip(), fonts.regular, 9.5f, 12, PdfLayout.INK, null);
            }
            if (!annotation.tags().isEmpty()) {
                layout.paragraph("Tags: " + String.join(", ", annotation.tags()), fonts.regular, 9, 12, PdfLayout.MUTED, null);
            }
            layout.space(7);
        }

        private static String exactOrLost(Annotation annotation) {
            return annotation.exact().isEmpty()
                    ? "(the marked words were not found again after an edit: " + Labels.of(annotation.anchorState()) + ")"
                    : annotation.exact();
        }
    }
}
