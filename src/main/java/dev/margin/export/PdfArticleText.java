package dev.margin.export;

import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Article;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The article's text in the PDF report, marked as the window and the HTML export mark it: quotes
 * on a soft blue ground, highlights on yellow (green where both meet), a user's own colour as
 * the ground, actors underlined, claims outlined. Each paragraph is cut into segments at every
 * annotation boundary, and each segment carries the marks of all annotations covering it. A
 * paragraph that reads right to left is printed with its marks too, in visual order (see {@link PdfLayout#paragraph}).
 */
final class PdfArticleText {
    private final PdfLayout layout;
    private final PdfFonts fonts;

    PdfArticleText(PdfLayout layout) {
        this.layout = layout;
        this.fonts = layout.fonts();
    }

    void write(Article article, List<Annotation> annotations) throws IOException {
        layout.keepTogether(80);
        layout.space(6);
        layout.paragraph("Article text", fonts.bold, 13, 0, PdfLayout.INK, null);
        layout.space(4);
        List<Annotation> onText = annotations.stream()
                .filter(a -> a.revision() == article.revision() && a.end() > a.start()).toList();
        int start = 0;
        List<String> paragraphs = article.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            int end = start + paragraphs.get(p).length();
            boolean heading = article.headings().contains(p);
            if (end > start) {
                layout.paragraph(segments(article.text(), start, end, onText, heading), heading ? 11.5f : 10.5f, 0, null);
                layout.space(heading ? 3 : 5);
            }
            start = end + 1;
        }
        layout.rule();
    }

    private List<PdfRun> segments(String text, int from, int to, List<Annotation> annotations, boolean heading) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
        List<Annotation> inside = new ArrayList<>();
        for (Annotation annotation : annotations) {
            if (annotation.start() < to && annotation.end() > from) {
                inside.add(annotation);
                cuts.add(Math.max(from, annotation.start()));
                cuts.add(Math.min(to, annotation.end()));
            }
        }
        List<PdfRun> runs = new ArrayList<>();
        Integer segmentStart = cuts.first();
        for (Integer segmentEnd = cuts.higher(segmentStart); segmentEnd != null; segmentStart = segmentEnd, segmentEnd = cuts.higher(segmentEnd)) {
            Set<AnnotationKind> kinds = EnumSet.noneOf(AnnotationKind.class);
            String userColour = null;
            for (Annotation annotation : inside) {
                if (annotation.start() <= segmentStart && annotation.end() >= segmentEnd) {
                    kinds.add(annotation.kind());
                    userColour = annotation.colour() != null ? annotation.colour() : userColour;
                }
            }
            PdfRun plain = PdfRun.of(text.substring(segmentStart, segmentEnd), heading ? fonts.bold : fonts.regular, PdfLayout.INK);
            runs.add(marked(plain, kinds, userColour));
        }
        return runs;
    }

    /** The run with the marks of {@code kinds}: quote and highlight grounds (or the user's colour), actor underline, claim outline. */
    static PdfRun marked(PdfRun run, java.util.Collection<AnnotationKind> kinds, String userColour) {
        Color fill = null;
        boolean quote = kinds.contains(AnnotationKind.QUOTE);
        boolean highlight = kinds.contains(AnnotationKind.HIGHLIGHT);
        if (quote && highlight) {
            fill = PdfRun.colour(Palette.QUOTE_HIGHLIGHT_FILL);
        } else if (quote) {
            fill = PdfRun.colour(Palette.QUOTE_FILL);
        } else if (highlight) {
            fill = PdfRun.colour(Palette.HIGHLIGHT_FILL);
        }
        Color own = hexColour(userColour);
        if (own != null && !kinds.isEmpty()) {
            fill = own;
        }
        return run.withMarks(fill, kinds.contains(AnnotationKind.ACTOR) ? PdfRun.colour(Palette.ACTOR_LINE) : null,
                kinds.contains(AnnotationKind.CLAIM) ? PdfRun.colour(Palette.CLAIM_LINE) : null);
    }

    /** A user's colour given as #rgb or #rrggbb; colour names and anything else give null (the kind's own ground is kept). */
    private static Color hexColour(String colour) {
        if (colour == null || !colour.matches("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")) {
            return null;
        }
        String hex = colour.length() == 4
                ? "" + colour.charAt(1) + colour.charAt(1) + colour.charAt(2) + colour.charAt(2) + colour.charAt(3) + colour.charAt(3)
                : colour.substring(1);
        return new Color(Integer.parseInt(hex, 16));
    }
}
