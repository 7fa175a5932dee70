package dev.margin.export;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

import java.awt.Color;
import java.io.IOException;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Wraps a paragraph of {@link PdfRun}s into lines at spaces (a word may change style inside, a word
 * wider than the line is cut between characters) and draws one line: the marks' fills first, then
 * the text, then underlines and outlines, and a link annotation over every linked stretch, so the
 * reader's PDF viewer opens it on a click. A fill, underline, outline or link that runs on across
 * pieces is drawn as one shape. A line with right-to-left words is drawn in visual order with the same marks.
 */
final class PdfRichLines {

    private final PdfFonts fonts;
    private final Function<String, String> shaping;

    /** A piece of a line in one run's look, measured. */
    record Piece(String text, PdfRun run, float width, boolean space) {
    }

    PdfRichLines(PdfFonts fonts, Function<String, String> shaping) {
        this.fonts = fonts;
        this.shaping = shaping;
    }

    /** The runs cut into lines no wider than {@code width}; '\n' inside a run ends a line. */
    List<List<Piece>> wrap(List<PdfRun> runs, float fontSize, float width) throws IOException {
        List<List<Piece>> lines = new ArrayList<>();
        List<Piece> tokens = new ArrayList<>();
        for (PdfRun run : runs) {
            String[] hardLines = run.text().split("\n", -1);
            for (int i = 0; i < hardLines.length; i++) {
                if (i > 0) {
                    tokens.add(null);
                }
                String text = fonts.printable(run.font(), hardLines[i]);
                // tokens: each run of spaces and each stretch between them
                for (int start = 0; start < text.length(); ) {
                    boolean space = text.charAt(start) == ' ';
                    int end = start + 1;
                    while (end < text.length() && (text.charAt(end) == ' ') == space) {
                        end++;
                    }
                    String token = text.substring(start, end);
                    tokens.add(new Piece(token, run, fonts.width(run.font(), token, fontSize), space));
                    start = end;
                }
            }
        }
        List<Piece> line = new ArrayList<>();
        List<Piece> word = new ArrayList<>();
        List<Piece> spaces = new ArrayList<>();
        float lineWidth = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            Piece token = i < tokens.size() ? tokens.get(i) : null;
            if (token != null && !token.space()) {
                word.add(token);
                continue;
            }
            // a word ends here: place it after the spaces before it, unless it starts a line
            if (!word.isEmpty()) {
                float wordWidth = widthOf(word);
                float spaceWidth = line.isEmpty() ? 0 : widthOf(spaces);
                if (!line.isEmpty() && lineWidth + spaceWidth + wordWidth > width) {
                    lines.add(line);
                    line = new ArrayList<>();
                    lineWidth = 0;
                    spaceWidth = 0;
                }
                if (wordWidth > width) {
                    lineWidth = cut(word, fontSize, width, line, lines);
                    line = lines.remove(lines.size() - 1);
                } else {
                    if (!line.isEmpty()) {
                        line.addAll(spaces);
                    }
                    line.addAll(word);
                    lineWidth += spaceWidth + wordWidth;
                }
                word.clear();
                spaces.clear();
            }
            if (token != null) {
                spaces.add(token);
            } else if (i < tokens.size() || !line.isEmpty() || lines.isEmpty()) {
                lines.add(line);
                line = new ArrayList<>();
                lineWidth = 0;
                spaces.clear();
            }
        }
        return lines;
    }

    private static float widthOf(List<Piece> pieces) {
        float width = 0;
        for (Piece piece : pieces) {
            width += piece.width();
        }
        return width;
    }

    /** Places a word too wide for any line, cut between characters; the last line stays open (last in {@code lines}). */
    private float cut(List<Piece> word, float fontSize, float width, List<Piece> line, List<List<Piece>> lines) throws IOException {
        if (!line.isEmpty()) {
            lines.add(line);
        }
        List<Piece> current = new ArrayList<>();
        float used = 0;
        for (Piece piece : word) {
            String text = piece.text();
            int start = 0;
            while (start < text.length()) {
                int end = start;
                float pieceWidth = 0;
                while (end < text.length()) {
                    int next = end + Character.charCount(text.codePointAt(end));
                    float candidate = fonts.width(piece.run().font(), text.substring(start, next), fontSize);
                    if (used + candidate > width && (end > start || used > 0)) {
                        break;
                    }
                    end = next;
                    pieceWidth = candidate;
                }
                if (end > start) {
                    current.add(new Piece(text.substring(start, end), piece.run(), pieceWidth, false));
                    used += pieceWidth;
                    start = end;
                }
                if (start < text.length()) {
                    lines.add(current);
                    current = new ArrayList<>();
                    used = 0;
                }
            }
        }
        lines.add(current);
        return used;
    }

    /** Draws one line with its left edge at x and its baseline at y. */
    void draw(List<Piece> line, float x, float y, float fontSize, PdfCanvas content, PDPage page) throws IOException {
        draw(line, x, y, fontSize, content, page, shaping);
    }

    /**
     * Draws one line of a paragraph that needs the bidi algorithm (Arabic, Hebrew), with its marks: the pieces in
     * visual order, each already shaped and turned round where it reads right to left, so fills, underlines, outlines
     * and links sit under the words they belong to. Returns the line's width (to place a right-to-left line).
     */
    float drawBidi(List<Piece> line, boolean rightToLeft, float x, float right, float y, float fontSize, PdfCanvas content,
                   PDPage page) throws IOException {
        List<Piece> visual = visualOrder(line, rightToLeft, fontSize);
        float width = widthOf(visual);
        draw(visual, rightToLeft ? right - width : x, y, fontSize, content, page, Function.identity());
        return width;
    }

    /** The line's pieces cut at its bidi runs and put in the order they are drawn from left to right. */
    private List<Piece> visualOrder(List<Piece> line, boolean rightToLeft, float fontSize) throws IOException {
        StringBuilder logical = new StringBuilder();
        line.forEach(piece -> logical.append(piece.text()));
        String text = logical.toString();
        if (text.isEmpty()) {
            return line;
        }
        Bidi bidi = new Bidi(text, rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Object[] ordered = new Object[runs];
        for (int i = 0; i < runs; i++) {
            int runStart = bidi.getRunStart(i);
            int runEnd = bidi.getRunLimit(i);
            boolean reversed = (bidi.getRunLevel(i) & 1) == 1;
            levels[i] = (byte) bidi.getRunLevel(i);
            List<Piece> pieces = new ArrayList<>();
            int at = 0;
            for (Piece piece : line) {
                int from = Math.max(runStart, at);
                int to = Math.min(runEnd, at + piece.text().length());
                if (from < to) {
                    String part = piece.text().substring(from - at, to - at);
                    String shaped = shaping.apply(part);
                    pieces.add(new Piece(reversed ? PdfLine.visual(shaped, true) : shaped, piece.run(),
                            fonts.width(piece.run().font(), part, fontSize), piece.space()));
                }
                at += piece.text().length();
            }
            if (reversed) {
                java.util.Collections.reverse(pieces);
            }
            ordered[i] = pieces;
        }
        Bidi.reorderVisually(levels, 0, ordered, 0, runs);
        List<Piece> visual = new ArrayList<>();
        for (Object pieces : ordered) {
            @SuppressWarnings("unchecked")
            List<Piece> run = (List<Piece>) pieces;
            visual.addAll(run);
        }
        return visual;
    }

    private void draw(List<Piece> line, float x, float y, float fontSize, PdfCanvas content, PDPage page,
                      Function<String, String> shape) throws IOException {
        float bottom = y - fontSize * 0.3f;
        float height = fontSize * 1.22f;
        for (Span<Color> fill : spans(line, x, PdfRun::fill)) {
            content.fillColour(fill.value());
            content.shapes().addRect(fill.from(), bottom, fill.to() - fill.from(), height);
            content.shapes().fill();
        }
        drawText(line, x, y, fontSize, content, shape);
        for (Span<Color> underline : spans(line, x, PdfRun::underline)) {
            PDPageContentStream shapes = content.shapes();
            shapes.setStrokingColor(underline.value());
            shapes.setLineWidth(1.3f);
            shapes.moveTo(underline.from(), y - fontSize * 0.22f);
            shapes.lineTo(underline.to(), y - fontSize * 0.22f);
            shapes.stroke();
        }
        for (Span<Color> outline : spans(line, x, PdfRun::outline)) {
            PDPageContentStream shapes = content.shapes();
            shapes.setStrokingColor(outline.value());
            shapes.setLineWidth(0.9f);
            shapes.addRect(outline.from(), bottom, outline.to() - outline.from(), height);
            shapes.stroke();
        }
        List<Span<String>> links = spans(line, x, PdfRun::link);
        if (!links.isEmpty()) {
            List<PDAnnotation> annotations = page.getAnnotations();
            for (Span<String> link : links) {
                annotations.add(linkAnnotation(link.value(), new PDRectangle(link.from(), bottom, link.to() - link.from(), height)));
            }
            page.setAnnotations(annotations);
        }
    }

    /**
     * The line's words in one text object, a font or colour set only where it changes. Words that follow in the same
     * look are shown in one go with the spaces between them (the font's own spaces, the widths the line was measured
     * with, so every word lands where it was measured): a text object per word made the report's PDF half as big again
     * and its writing twice as slow.
     */
    private void drawText(List<Piece> line, float x, float y, float fontSize, PdfCanvas content,
                          Function<String, String> shape) throws IOException {
        float at = x;
        int next = 0;
        boolean inText = false;
        while (next < line.size()) {
            Piece piece = line.get(next);
            if (piece.space()) {
                at += piece.width();
                next++;
                continue;
            }
            int last = next;
            for (int j = next + 1; j < line.size() && line.get(j).run().equals(piece.run()); j++) {
                if (!line.get(j).space()) {
                    last = j;
                }
            }
            StringBuilder text = new StringBuilder();
            float width = 0;
            for (int j = next; j <= last; j++) {
                text.append(line.get(j).text());
                width += line.get(j).width();
            }
            content.font(piece.run().font(), fontSize);
            content.fillColour(piece.run().colour());
            if (!inText) {
                content.beginText();
                inText = true;
            }
            content.textAt(at, y, piece.run().italic());
            content.show(shape.apply(text.toString()));
            at += width;
            next = last + 1;
        }
        if (inText) {
            content.endText();
        }
    }

    /**
     * A link over {@code area} without a border. Its border style and action are written inside it rather than as
     * objects of their own: a report has a link on most pages, and each object costs its writing and an entry in the file's index.
     */
    private static PDAnnotationLink linkAnnotation(String address, PDRectangle area) {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(area);
        PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
        noBorder.setWidth(0);
        noBorder.getCOSObject().setDirect(true);
        link.setBorderStyle(noBorder);
        PDActionURI action = new PDActionURI();
        action.setURI(address);
        action.getCOSObject().setDirect(true);
        link.setAction(action);
        return link;
    }

    /** A stretch of a line from x {@code from} to {@code to} that carries one value (a colour, an address). */
    private record Span<T>(T value, float from, float to) {
    }

    /** The stretches of the line with the same non-null value; a space between two pieces of the same value belongs to it. */
    private static <T> List<Span<T>> spans(List<Piece> line, float x, Function<PdfRun, T> value) {
        List<Span<T>> spans = new ArrayList<>();
        T current = null;
        float from = 0;
        float at = x;
        for (Piece piece : line) {
            T here = value.apply(piece.run());
            if (!Objects.equals(here, current)) {
                if (current != null) {
                    spans.add(new Span<>(current, from, at));
                }
                current = here;
                from = at;
            }
            at += piece.width();
        }
        if (current != null) {
            spans.add(new Span<>(current, from, at));
        }
        return spans;
    }
}
