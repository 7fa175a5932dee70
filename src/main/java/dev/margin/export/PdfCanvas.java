package dev.margin.export;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One page's content stream, remembering the fill colour and font it set last so that each is written only where it
 * changes (both outlive a text object in PDF), and writing the text matrix and colours itself. A report of 15,000
 * pages sets them for every line: through PDFBox's general calls, which build a colour object and format every number
 * anew, that was an eighth of the report's time. Shapes are drawn through {@link #shapes()}.
 */
final class PdfCanvas implements AutoCloseable {
    private final PDPageContentStream content;
    private final PdfFonts fonts;
    /** "r g b rg" per colour: a report uses a handful, on every page. */
    private static final Map<Color, byte[]> FILL_OPERATORS = new ConcurrentHashMap<>();
    private final StringBuilder scratch = new StringBuilder(48);
    /** Each font's name in the page's resources and a space, once it is there. */
    private final Map<PDFont, String> fontNames = new HashMap<>();
    private final PDResources resources;
    private Color fill;
    private PDFont font;
    private float fontSize;

    PdfCanvas(PDPage page, PDPageContentStream content, PdfFonts fonts) {
        this.content = content;
        this.fonts = fonts;
        this.resources = page.getResources();
    }

    /** The stream itself, for rectangles, lines and forms; they must not change the fill colour or font. */
    PDPageContentStream shapes() {
        return content;
    }

    void fillColour(Color colour) throws IOException {
        if (!colour.equals(fill)) {
            content.appendRawCommands(FILL_OPERATORS.computeIfAbsent(colour, PdfCanvas::fillOperator));
            fill = colour;
        }
    }

    void font(PDFont newFont, float newSize) throws IOException {
        if (newFont == font && newSize == fontSize) {
            return;
        }
        String name = fontNames.get(newFont);
        if (name == null) {
            // the first use on this page goes through PDFBox, which puts the font in the page's resources and in the subset
            content.setFont(newFont, newSize);
            fontNames.put(newFont, "/" + resources.add(newFont).getName() + " ");
        } else {
            scratch.setLength(0);
            scratch.append(name);
            appendPoints(scratch, newSize);
            scratch.append(" Tf\n");
            content.appendRawCommands(ascii(scratch));
        }
        font = newFont;
        fontSize = newSize;
    }

    void beginText() throws IOException {
        content.beginText();
    }

    void endText() throws IOException {
        content.endText();
    }

    /** Starts the next text at (x, y), upright or slanted as italic (leaning a fifth of its height). */
    void textAt(float x, float y, boolean italic) throws IOException {
        scratch.setLength(0);
        scratch.append(italic ? "1 0 0.2 1 " : "1 0 0 1 ");
        appendPoints(scratch, x);
        scratch.append(' ');
        appendPoints(scratch, y);
        scratch.append(" Tm\n");
        content.appendRawCommands(ascii(scratch));
    }

    /** The operator's characters (all ASCII) as the bytes a content stream takes. */
    private static byte[] ascii(CharSequence operator) {
        byte[] bytes = new byte[operator.length()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) operator.charAt(i);
        }
        return bytes;
    }

    /** Shows text ({@link PdfFonts#printable}, shaped, in visual order) in the current font. */
    void show(String text) throws IOException {
        fonts.show(content, font, text);
    }

    @Override
    public void close() throws IOException {
        content.close();
    }

    /** A coordinate to a hundredth of a point (a third of a hundredth of a millimetre), without trailing zeros. */
    static void appendPoints(StringBuilder out, float value) {
        long hundredths = Math.round(value * 100.0);
        if (hundredths < 0) {
            out.append('-');
            hundredths = -hundredths;
        }
        out.append(hundredths / 100);
        int fraction = (int) (hundredths % 100);
        if (fraction != 0) {
            out.append('.');
            if (fraction < 10) {
                out.append('0').append(fraction);
            } else {
                out.append(fraction % 10 == 0 ? fraction / 10 : fraction);
            }
        }
    }

    private static byte[] fillOperator(Color colour) {
        return ascii(component(colour.getRed()) + " " + component(colour.getGreen()) + " " + component(colour.getBlue()) + " rg\n");
    }

    /** A colour component of 0 to 255 as PDF's 0 to 1, to four places. */
    private static String component(int value) {
        return new BigDecimal(value / 255.0).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
