package dev.margin.importer;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small typesetter for tests: flows paragraphs through columns on pages the way a layout program does (greedy
 * line breaks, hyphenation at the points marked "|" in a word and after real hyphens, first-line indents, paragraph
 * spacing, justified or ragged lines), so that the PDF importer meets the layouts of real press releases,
 * newsletters and newspapers. Words are drawn one by one at their positions, as most producers do.
 */
final class PdfTypesetter implements AutoCloseable {
    static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    /** A frame text flows into: page (from 0), left edge, top and bottom (from the top of the page), width. */
    record Column(int page, float x, float top, float bottom, float width) {
    }

    /** How a stretch of text is set. */
    record Style(PDFont font, float size, float leading, float indent, float paragraphSpacing, boolean justify) {
    }

    private final PDDocument document = new PDDocument();
    private final List<PDPageContentStream> streams = new ArrayList<>();
    private final float pageHeight;
    private int column;
    private float baseline = Float.NaN;

    PdfTypesetter(int pages, PDRectangle size) throws IOException {
        pageHeight = size.getHeight();
        for (int i = 0; i < pages; i++) {
            PDPage page = new PDPage(size);
            document.addPage(page);
            streams.add(new PDPageContentStream(document, page));
        }
    }

    PDDocument document() {
        return document;
    }

    /** One line of text at a place (y is the baseline, from the top of the page). */
    PdfTypesetter line(int page, float x, float y, PDFont font, float size, String text) throws IOException {
        PDPageContentStream stream = streams.get(page);
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, pageHeight - y);
        stream.showText(text);
        stream.endText();
        return this;
    }

    /** Width of a text in points. */
    static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    /** Flows the paragraphs through the columns from where the last flow stopped; returns the next free baseline. */
    float flow(List<Column> columns, Style style, String... paragraphs) throws IOException {
        for (String paragraph : paragraphs) {
            List<String> words = new ArrayList<>(Arrays.asList(paragraph.split(" ")));
            List<String> line = new ArrayList<>();
            boolean firstLine = true;
            while (!words.isEmpty()) {
                String word = words.get(0);
                float available = columns.get(Math.min(column, columns.size() - 1)).width() - (firstLine ? style.indent() : 0);
                if (fits(style, line, shown(word), available)) {
                    line.add(shown(word));
                    words.remove(0);
                    continue;
                }
                String[] split = line.isEmpty() ? null : hyphenate(style, line, word, available);
                if (split != null) {
                    line.add(split[0]);
                    words.set(0, split[1]);
                } else if (line.isEmpty()) {
                    line.add(shown(word));
                    words.remove(0);
                }
                emit(columns, style, line, firstLine, false);
                line = new ArrayList<>();
                firstLine = false;
            }
            if (!line.isEmpty()) {
                emit(columns, style, line, firstLine, true);
            }
            baseline += style.paragraphSpacing();
        }
        return baseline;
    }

    /** Starts the next flow at the top of the given column. */
    PdfTypesetter startAt(int columnIndex) {
        column = columnIndex;
        baseline = Float.NaN;
        return this;
    }

    private void emit(List<Column> columns, Style style, List<String> words, boolean firstLine, boolean lastLine) throws IOException {
        Column frame = columns.get(column);
        if (Float.isNaN(baseline)) {
            baseline = frame.top() + style.size();
        } else {
            baseline += style.leading();
        }
        if (baseline > frame.bottom()) {
            column++;
            frame = columns.get(column);
            baseline = frame.top() + style.size();
        }
        float x = frame.x() + (firstLine ? style.indent() : 0);
        float space = width(style.font(), style.size(), " ");
        float used = 0;
        for (String word : words) {
            used += width(style.font(), style.size(), word);
        }
        float available = frame.width() - (firstLine ? style.indent() : 0);
        float gap = style.justify() && !lastLine && words.size() > 1 ? (available - used) / (words.size() - 1) : space;
        for (String word : words) {
            line(frame.page(), x, baseline, style.font(), style.size(), word);
            x += width(style.font(), style.size(), word) + gap;
        }
    }

    private static boolean fits(Style style, List<String> line, String word, float available) throws IOException {
        String candidate = line.isEmpty() ? word : String.join(" ", line) + " " + word;
        return width(style.font(), style.size(), candidate) <= available;
    }

    /** The longest first part of the word that still fits (with its hyphen), and the rest; null when none fits. */
    private static String[] hyphenate(Style style, List<String> line, String word, float available) throws IOException {
        for (int i = word.length() - 1; i > 0; i--) {
            char c = word.charAt(i);
            String head;
            String tail;
            if (c == '|') {
                head = shown(word.substring(0, i)) + "-";
                tail = word.substring(i + 1);
            } else if (c == '-' && i < word.length() - 1) {
                head = shown(word.substring(0, i + 1));
                tail = word.substring(i + 1);
            } else {
                continue;
            }
            if (fits(style, line, head, available)) {
                return new String[] {head, tail};
            }
        }
        return null;
    }

    private static String shown(String word) {
        return word.replace("|", "");
    }

    /** The text a reader should get: the paragraphs without hyphenation marks. */
    static String plain(String... paragraphs) {
        return String.join("\n", Arrays.stream(paragraphs).map(PdfTypesetter::shown).toList());
    }

    void save(Path file) throws IOException {
        for (PDPageContentStream stream : streams) {
            stream.close();
        }
        streams.clear();
        document.save(file.toFile());
    }

    @Override
    public void close() throws IOException {
        for (PDPageContentStream stream : streams) {
            stream.close();
        }
        document.close();
    }
}
