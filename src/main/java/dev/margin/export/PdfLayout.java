package dev.margin.export;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Flows wrapped text down A4 pages with margins sized for printing: paragraphs wrap at word
 * boundaries (a word longer than the line is cut), a new page starts when the next line would
 * cross the bottom margin, and right-to-left paragraphs are right-aligned in visual order.
 * Every page carries the running title and "Page n of m".
 */
final class PdfLayout implements AutoCloseable {
    static final Color INK = new Color(0x1d, 0x1f, 0x21);
    static final Color MUTED = new Color(0x5f, 0x63, 0x68);
    static final Color LINK = new Color(0x09, 0x69, 0xda);

    private static final float MARGIN = 56;
    private static final float FOOTER_Y = 30;
    private static final float FOOTER_SIZE = 8;
    private final String runningTitle;
    private final PDFormXObject pageCount;
    private final PDDocument document;
    private final PdfFonts fonts;
    private final PDRectangle size = PDRectangle.A4;
    private final PdfRichLines richLines;
    private PdfCanvas content;
    private PDPage page;
    private float y;

    PdfLayout(PDDocument document, PdfFonts fonts, String runningTitle) {
        this.document = document;
        this.fonts = fonts;
        String title = PdfLine.visual(shaped(fonts.printable(fonts.regular, runningTitle), fonts.regular), false);
        this.runningTitle = title.codePointCount(0, title.length()) > 80 ? title.substring(0, title.offsetByCodePoints(0, 79)) + "…" : title;
        this.pageCount = new PDFormXObject(document);
        pageCount.setBBox(new PDRectangle(0, -2, 60, 12));
        pageCount.setResources(new PDResources());
        this.richLines = new PdfRichLines(fonts, line -> ArabicShaping.shape(line, codePoint -> fonts.canShow(fonts.regular, codePoint)));
    }

    PdfFonts fonts() {
        return fonts;
    }

    void newPage() throws IOException {
        closeContent();
        page = new PDPage(size);
        document.addPage(page);
        content = new PdfCanvas(page, new PDPageContentStream(document, page), fonts);
        y = size.getHeight() - MARGIN;
    }

    /** Vertical space, starting a page when the space itself would not fit. */
    void space(float points) throws IOException {
        ensurePage();
        y -= points;
        if (y < MARGIN) {
            newPage();
        }
    }

    /** Starts a new page unless at least {@code points} of height are left, to keep a heading with what follows. */
    void keepTogether(float points) throws IOException {
        if (content == null || y - points < MARGIN) {
            newPage();
        }
    }

    /** A paragraph of wrapped text; '\n' starts a new line. {@code barColour} draws a bar at its left edge (block quotes). */
    void paragraph(String text, PDFont font, float fontSize, float indent, Color colour, Color barColour) throws IOException {
        ensurePage();
        float leading = fontSize * 1.35f;
        float width = size.getWidth() - 2 * MARGIN - indent;
        for (String paragraph : text.split("\n", -1)) {
            boolean rtl = PdfLine.isRightToLeft(paragraph);
            for (String line : wrap(fonts.printable(font, paragraph), font, fontSize, width)) {
                if (y - leading < MARGIN) {
                    newPage();
                }
                y -= leading;
                String visual = PdfLine.visual(shaped(line, font), rtl);
                float x = MARGIN + indent;
                if (rtl) {
                    x = size.getWidth() - MARGIN - widthOf(visual, font, fontSize);
                }
                if (barColour != null) {
                    content.fillColour(barColour);
                    content.shapes().addRect(MARGIN + indent - 9, y - fontSize * 0.3f, 2.5f, leading);
                    content.shapes().fill();
                }
                content.font(font, fontSize);
                content.fillColour(colour);
                content.beginText();
                content.textAt(x, y, false);
                content.show(visual);
                content.endText();
            }
        }
    }

    /**
     * A paragraph of styled runs (bold, slanted, coloured, linked, marked), wrapped at spaces; '\n'
     * starts a new line. A paragraph with right-to-left words (Arabic, Hebrew) is drawn in visual order,
     * right-aligned when it reads right to left, with its marks and links like any other.
     */
    void paragraph(List<PdfRun> runs, float fontSize, float indent, Color barColour) throws IOException {
        if (runs.isEmpty()) {
            return;
        }
        StringBuilder all = new StringBuilder();
        runs.forEach(run -> all.append(run.text()));
        boolean bidi = PdfLine.requiresBidi(all.toString());
        boolean rtl = bidi && PdfLine.isRightToLeft(all.toString());
        ensurePage();
        float leading = fontSize * 1.35f;
        for (List<PdfRichLines.Piece> line : richLines.wrap(runs, fontSize, size.getWidth() - 2 * MARGIN - indent)) {
            if (y - leading < MARGIN) {
                newPage();
            }
            y -= leading;
            if (barColour != null) {
                content.fillColour(barColour);
                content.shapes().addRect(MARGIN + indent - 9, y - fontSize * 0.3f, 2.5f, leading);
                content.shapes().fill();
            }
            if (bidi) {
                richLines.drawBidi(line, rtl, MARGIN + indent, size.getWidth() - MARGIN, y, fontSize, content, page);
            } else {
                richLines.draw(line, MARGIN + indent, y, fontSize, content, page);
            }
        }
    }

    /** The line with its Arabic letters joined, in the forms {@code font} has. */
    private String shaped(String line, PDFont font) {
        return ArabicShaping.shape(line, codePoint -> fonts.canShow(font, codePoint));
    }

    /** A thin rule across the text width. */
    void rule() throws IOException {
        space(6);
        PDPageContentStream shapes = content.shapes();
        shapes.setStrokingColor(MUTED);
        shapes.setLineWidth(0.5f);
        shapes.moveTo(MARGIN, y);
        shapes.lineTo(size.getWidth() - MARGIN, y);
        shapes.stroke();
        space(8);
    }

    /** Ends the last page and fills in the page count every footer shows. */
    void finish() throws IOException {
        closeContent();
        try (PDFormContentStream count = new PDFormContentStream(pageCount)) {
            count.beginText();
            count.setFont(fonts.regular, FOOTER_SIZE);
            count.setNonStrokingColor(MUTED);
            count.newLineAtOffset(0, 0);
            count.showText(String.valueOf(document.getNumberOfPages()));
            count.endText();
        }
    }

    /**
     * The running title and "Page n of m" at the foot of the page being closed. The total m is not
     * known yet, so every footer draws one shared form that {@link #finish} fills in: one pass,
     * no page reopened.
     */
    private void writeFooter() throws IOException {
        String number = "Page " + document.getNumberOfPages() + " of ";
        float numberX = size.getWidth() - MARGIN - widthOf("Page 00000 of 00000", fonts.regular, FOOTER_SIZE);
        content.font(fonts.regular, FOOTER_SIZE);
        content.fillColour(MUTED);
        content.beginText();
        content.textAt(MARGIN, FOOTER_Y, false);
        content.show(runningTitle);
        content.textAt(numberX, FOOTER_Y, false);
        content.show(number);
        content.endText();
        PDPageContentStream shapes = content.shapes();
        shapes.saveGraphicsState();
        shapes.transform(Matrix.getTranslateInstance(numberX + widthOf(number, fonts.regular, FOOTER_SIZE), FOOTER_Y));
        shapes.drawForm(pageCount);
        shapes.restoreGraphicsState();
    }

    @Override
    public void close() throws IOException {
        closeContent();
    }

    private void ensurePage() throws IOException {
        if (content == null) {
            newPage();
        }
    }

    private void closeContent() throws IOException {
        if (content != null) {
            writeFooter();
            content.close();
            content = null;
        }
    }

    private List<String> wrap(String text, PDFont font, float fontSize, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        float spaceWidth = widthOf(" ", font, fontSize);
        for (int start = 0, end; start <= text.length(); start = end + 1) {
            end = text.indexOf(' ', start);
            if (end < 0) {
                end = text.length();
            }
            String word = text.substring(start, end);
            float wordWidth = widthOf(word, font, fontSize);
            if (line.length() > 0 && lineWidth + spaceWidth + wordWidth > width) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            if (wordWidth > width) {
                for (String piece : cut(word, font, fontSize, width)) {
                    if (line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    line.append(piece);
                    lineWidth = widthOf(piece, font, fontSize);
                }
                continue;
            }
            if (line.length() > 0) {
                line.append(' ');
                lineWidth += spaceWidth;
            }
            line.append(word);
            lineWidth += wordWidth;
        }
        lines.add(line.toString());
        return lines;
    }

    /** A word too long for one line, cut into pieces that fit, never inside a surrogate pair. */
    private List<String> cut(String word, PDFont font, float fontSize, float width) throws IOException {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            int end = start + Character.charCount(word.codePointAt(start));
            while (end < word.length()) {
                int next = end + Character.charCount(word.codePointAt(end));
                if (widthOf(word.substring(start, next), font, fontSize) > width) {
                    break;
                }
                end = next;
            }
            pieces.add(word.substring(start, end));
            start = end;
        }
        return pieces;
    }

    private float widthOf(String text, PDFont font, float fontSize) throws IOException {
        return fonts.width(font, text, fontSize);
    }
}
