package dev.margin.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The PDF report opened with PDFBox and read glyph by glyph, with the colour, font and slant each
 * was drawn in, and its link annotations: verdicts in their own colours, notes rendered from
 * Markdown, clickable links, roles, the legend, the generator's version, and the article text
 * when asked for.
 */
class PdfReportContentTest {
    @Test
    void eachVerdictIsPrintedInItsOwnColour() throws IOException {
        Glyphs glyphs = read(new PdfReportExporter(List.of()));

        assertThat(glyphs.colourOf("MISLEADING")).isEqualTo(rgb(Palette.STATUS_MISLEADING));
        assertThat(glyphs.colourOf("DISPUTED")).isEqualTo(rgb(Palette.STATUS_DISPUTED));
        assertThat(glyphs.colourOf("UNVERIFIED")).isEqualTo(rgb(Palette.STATUS_UNVERIFIED));
        assertThat(rgb(Palette.STATUS_SUPPORTED)).isNotEqualTo(rgb(Palette.STATUS_REFUTED));
    }

    @Test
    void aLegendNamesTheMarksAndShowsEachVerdictsColour() throws IOException {
        Glyphs glyphs = read(new PdfReportExporter(List.of()));

        assertThat(glyphs.text()).contains("Marks: quote actor claim highlight")
                .contains("Verdicts: Unverified Supported Refuted Misleading Disputed Unverifiable");
        assertThat(glyphs.colourOf("Supported")).isEqualTo(rgb(Palette.STATUS_SUPPORTED));
        assertThat(glyphs.colourOf("Refuted")).isEqualTo(rgb(Palette.STATUS_REFUTED));
    }

    @Test
    void notesAreRenderedFromMarkdownBoldAndSlantedWithoutTheirMarkers() throws IOException {
        Glyphs glyphs = read(new PdfReportExporter(List.of()));

        assertThat(glyphs.text()).contains("Note: Compare with the 2024 fare table.").doesNotContain("**").doesNotContain("](");
        assertThat(glyphs.fontOf("2024 fare")).containsIgnoringCase("bold");
        assertThat(glyphs.fontOf("fare table")).doesNotContainIgnoringCase("bold");
        assertThat(glyphs.slantOf("first said")).isGreaterThan(0.1f);
        assertThat(glyphs.slantOf("said Wednesday")).isZero();
        assertThat(glyphs.text()).contains("• first said Wednesday").contains("• then Thursday");
    }

    @Test
    void addressesAreClickableLinks() throws IOException {
        byte[] pdf = export(new PdfReportExporter(List.of()), ExportFixtures.bundle());

        List<String> uris = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                        assertThat(annotation.getRectangle().getWidth()).isPositive();
                    }
                }
            }
        }
        assertThat(uris).contains("https://news.example.org/2026/11/20/rail-link-march?src=feed&lang=en",
                "https://data.example.gov/rail/progress.csv", "https://archive.example.net/2026/progress.csv",
                "https://news.example.org/track-report", "https://news.example.org/corrections", "https://www.example.org/parties");
    }

    @Test
    void rolesTheGeneratorsVersionAndTheTimeToTheSecondArePrinted() throws IOException {
        byte[] pdf = export(new PdfReportExporter(List.of()), ExportFixtures.bundle());
        Glyphs glyphs = read(pdf);

        assertThat(glyphs.text()).contains("— Adaeze Okafor (transport minister as of 2026-11-20), promising (partial quote)")
                .contains("role: transport minister as of 2026-11-20")
                .contains("Exported by Margin 0.1.0 on 2026-11-24 18:00:00 UTC")
                .contains("· Margin 0.1.0");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getCreator()).isEqualTo("Margin 0.1.0");
        }
    }

    @Test
    void theArticleTextIsPrintedOnlyWhenAskedFor() throws IOException {
        String paragraph = "The opposition Coastal Alliance said the project was 40% over budget, a figure the ministry disputed.";
        Glyphs without = read(new PdfReportExporter(List.of()));
        Glyphs with = read(new PdfReportExporter(List.of(), true));

        assertThat(without.text().replace("\n", " ")).doesNotContain(paragraph).doesNotContain("Article text");
        assertThat(with.text().replace("\n", " ")).contains("Article text").contains(paragraph)
                .contains("Traders said the levy would double their costs");
    }

    @Test
    void aRightToLeftParagraphIsDrawnWithItsMarks() throws IOException {
        assumeTrue(PdfFonts.SYSTEM_CANDIDATES.stream().anyMatch(pair -> java.nio.file.Files.isRegularFile(pair[0])),
                "a system font with Arabic letters");
        byte[] pdf = export(new PdfReportExporter(PdfFonts.SYSTEM_CANDIDATES, true), ExportFixtures.bundle());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Where the Arabic letters of the article text are drawn: page and baseline (the header names the article too).
            List<float[]> arabic = new ArrayList<>();
            PDFTextStripper letters = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition glyph) {
                    int cp = glyph.getUnicode().isEmpty() ? 0 : glyph.getUnicode().codePointAt(0);
                    if (cp >= 0x0600 && cp <= 0x06FF || cp >= 0xFB50 && cp <= 0xFDFF || cp >= 0xFE70 && cp <= 0xFEFF) {
                        arabic.add(new float[]{getCurrentPageNo() - 1, glyph.getTextMatrix().getTranslateX(), glyph.getTextMatrix().getTranslateY()});
                    }
                }
            };
            letters.getText(document);
            assertThat(arabic).isNotEmpty();
            Color highlight = new Color(rgb(Palette.HIGHLIGHT_FILL));
            boolean marked = false;
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                for (float[] rect : Fills.of(document.getPage(page), highlight)) {
                    int onPage = page;
                    long inside = arabic.stream().filter(g -> g[0] == onPage && g[2] > rect[1] && g[2] < rect[1] + rect[3]
                            && g[1] >= rect[0] - 1 && g[1] <= rect[0] + rect[2] + 1).count();
                    marked |= inside >= 8 && rect[2] > 40;
                }
            }
            assertThat(marked).as("the highlighted Arabic words lie on a highlight ground").isTrue();
        }
    }

    /** The rectangles filled in one colour on a page: x, y, width, height. */
    private static final class Fills extends org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine {
        private final Color wanted;
        private final List<float[]> found = new ArrayList<>();
        private final List<float[]> path = new ArrayList<>();

        private Fills(PDPage page, Color wanted) {
            super(page);
            this.wanted = wanted;
        }

        static List<float[]> of(PDPage page, Color wanted) throws IOException {
            Fills fills = new Fills(page, wanted);
            fills.processPage(page);
            return fills.found;
        }

        @Override
        public void appendRectangle(java.awt.geom.Point2D p0, java.awt.geom.Point2D p1, java.awt.geom.Point2D p2, java.awt.geom.Point2D p3) {
            float x = (float) Math.min(p0.getX(), p2.getX());
            float y = (float) Math.min(p0.getY(), p2.getY());
            path.add(new float[]{x, y, (float) Math.abs(p2.getX() - p0.getX()), (float) Math.abs(p2.getY() - p0.getY())});
        }

        @Override
        public void fillPath(int windingRule) throws IOException {
            if (getGraphicsState().getNonStrokingColor().toRGB() == (wanted.getRGB() & 0xFFFFFF)) {
                found.addAll(path);
            }
            path.clear();
        }

        @Override
        public void strokePath() {
            path.clear();
        }

        @Override
        public void endPath() {
            path.clear();
        }

        @Override
        public void drawImage(org.apache.pdfbox.pdmodel.graphics.image.PDImage image) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
        }

        @Override
        public void lineTo(float x, float y) {
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        }

        @Override
        public java.awt.geom.Point2D getCurrentPoint() {
            return new java.awt.geom.Point2D.Float();
        }

        @Override
        public void fillAndStrokePath(int windingRule) throws IOException {
            fillPath(windingRule);
        }

        @Override
        public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
        }

        @Override
        public void closePath() {
        }
    }

    private static int rgb(Palette colour) {
        int[] rgb = colour.rgb();
        return (rgb[0] << 16) | (rgb[1] << 8) | rgb[2];
    }

    private static Glyphs read(PdfReportExporter exporter) throws IOException {
        return read(export(exporter, ExportFixtures.bundle()));
    }

    private static Glyphs read(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Glyphs glyphs = new Glyphs();
            glyphs.fullText = glyphs.getText(document);
            return glyphs;
        }
    }

    private static byte[] export(PdfReportExporter exporter, ExportBundle bundle) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(bundle, out);
        return out.toByteArray();
    }

    /** Every glyph drawn, in drawing order, with its fill colour, font and slant. */
    private static final class Glyphs extends PDFTextStripper {
        private final StringBuilder text = new StringBuilder();
        private String fullText = "";
        private final List<Integer> colours = new ArrayList<>();
        private final List<String> fonts = new ArrayList<>();
        private final List<Float> slants = new ArrayList<>();

        Glyphs() {
            addOperator(new SetNonStrokingDeviceRGBColor(this));
            addOperator(new SetNonStrokingColorSpace(this));
            addOperator(new SetNonStrokingColor(this));
        }

        @Override
        protected void processTextPosition(TextPosition glyph) {
            super.processTextPosition(glyph);
            if (glyph.getUnicode().isBlank()) {
                return;
            }
            try {
                colours.add(getGraphicsState().getNonStrokingColor().toRGB());
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            text.append(glyph.getUnicode().charAt(0));
            fonts.add(glyph.getFont().getName());
            slants.add(glyph.getTextMatrix().getShearX());
        }

        /** The page text as PDFBox extracts it, spaces and line breaks included. */
        String text() {
            return fullText;
        }

        private int at(String words) {
            int index = text.indexOf(words.replace(" ", ""));
            assertThat(index).as("the glyphs of \"%s\"", words).isNotNegative();
            return index;
        }

        int colourOf(String words) {
            return colours.get(at(words));
        }

        String fontOf(String words) {
            return fonts.get(at(words));
        }

        float slantOf(String words) {
            return slants.get(at(words));
        }
    }
}
