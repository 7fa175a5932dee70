package dev.margin.export;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The two fonts of the PDF report (regular and bold) and what to draw for characters they lack.
 *
 * <p>The PDF standard 14 fonts cover only Latin-1, so the report first looks for a TrueType font
 * on this machine (DejaVu Sans, Noto Sans, Liberation Sans, Arial) and embeds a subset of it;
 * that covers Latin, Greek, Cyrillic, Arabic and Hebrew letters. Without one it falls back to
 * Helvetica. Either way, a character the font has no glyph for (emoji, often CJK) is drawn as
 * {@value #PLACEHOLDER} (or "?" where even that is missing) instead of failing the export.
 */
final class PdfFonts {
    static final String PLACEHOLDER = "\u25A1";
    /** What follows a shown hex string in a content stream: its end and the operator. */
    private static final byte[] SHOW_TEXT = "> Tj\n".getBytes(StandardCharsets.US_ASCII);

    /** Regular/bold pairs, tried in order. */
    static final List<Path[]> SYSTEM_CANDIDATES = List.of(
            pair("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
            pair("/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"),
            pair("/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
            pair("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"),
            pair("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
            pair("/Library/Fonts/Arial Unicode.ttf", "/System/Library/Fonts/Supplemental/Arial Bold.ttf"),
            pair("C:\\Windows\\Fonts\\arial.ttf", "C:\\Windows\\Fonts\\arialbd.ttf"));

    final PDFont regular;
    final PDFont bold;
    private final Map<PDFont, FontFacts> coverage = new HashMap<>();
    private final String placeholder;
    /** The font asked about last and its facts: the report asks millions of times, mostly about the same font. */
    private PDFont lastFont;
    private FontFacts lastFacts;

    private PdfFonts(PDFont regular, PDFont bold) {
        this.regular = regular;
        this.bold = bold;
        this.placeholder = canShow(regular, PLACEHOLDER.codePointAt(0)) && canShow(bold, PLACEHOLDER.codePointAt(0)) ? PLACEHOLDER : "?";
    }

    /** The first candidate pair whose files exist, loaded into {@code document}; Helvetica when none does. */
    static PdfFonts load(PDDocument document, List<Path[]> candidates) throws IOException {
        for (Path[] pair : candidates) {
            if (Files.isRegularFile(pair[0])) {
                PDFont regular = loadWithoutSubstitution(document, pair[0]);
                PDFont bold = Files.isRegularFile(pair[1]) ? loadWithoutSubstitution(document, pair[1]) : regular;
                return new PdfFonts(regular, bold);
            }
        }
        return new PdfFonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
    }

    /**
     * Loads a TrueType font for embedding with glyph substitution (GSUB) off: PDFBox would otherwise
     * run its substitution engine on every string drawn, which took two thirds of the time of a
     * large report, for ligatures a notes report does not need. PDFBox does no Arabic shaping
     * through it either, so nothing visible is lost. The document closes the font file when it closes.
     */
    private static PDFont loadWithoutSubstitution(PDDocument document, Path file) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        document.registerTrueTypeFontForClosing(font);
        font.setEnableGsub(false);
        return PDType0Font.load(document, font, true);
    }

    /** {@code text} with tabs and other controls made spaces and every character {@code font} cannot draw replaced by the placeholder. */
    String printable(PDFont font, String text) {
        FontFacts facts = facts(font);
        int i = 0;
        // Most text needs no change: look for the first character that does before copying anything.
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (cp == ' ' || !needsReplacing(facts, cp)) {
                i += Character.charCount(cp);
            } else {
                break;
            }
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (isInvisible(cp)) {
                continue;
            } else if (facts.canShow(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(placeholder);
            }
        }
        return out.toString();
    }

    private static boolean needsReplacing(FontFacts facts, int cp) {
        return Character.isISOControl(cp) || Character.isWhitespace(cp) || isInvisible(cp) || !facts.canShow(cp);
    }

    /** Zero-width joiners, direction marks and variation selectors have no glyph of their own. */
    private static boolean isInvisible(int cp) {
        return Character.getType(cp) == Character.FORMAT || (cp >= 0xFE00 && cp <= 0xFE0F);
    }

    boolean canShow(PDFont font, int codePoint) {
        return facts(font).canShow(codePoint);
    }

    /** The width of {@code text} in points at {@code fontSize}; {@code text} must be {@link #printable}. */
    float width(PDFont font, String text, float fontSize) throws IOException {
        FontFacts facts = facts(font);
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += facts.width(cp);
            i += Character.charCount(cp);
        }
        return units / 1000f * fontSize;
    }

    /**
     * Shows {@code text} ({@link #printable}, shaped and in visual order) in {@code font}, which must be the content's
     * current font, inside a text object. What PDFBox's {@code showText} draws, always as a hex string, but each
     * character is encoded and added to the embedded subset once per report rather than each time it is drawn: that
     * was a tenth of the time of a large report.
     */
    void show(PDPageContentStream content, PDFont font, String text) throws IOException {
        FontFacts facts = facts(font);
        int length = 1 + SHOW_TEXT.length;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            length += facts.hex(cp).length;
            i += Character.charCount(cp);
        }
        byte[] operation = new byte[length];
        operation[0] = '<';
        int at = 1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            byte[] hex = facts.hex(cp);
            System.arraycopy(hex, 0, operation, at, hex.length);
            at += hex.length;
            i += Character.charCount(cp);
        }
        System.arraycopy(SHOW_TEXT, 0, operation, at, SHOW_TEXT.length);
        content.appendRawCommands(operation);
    }

    private FontFacts facts(PDFont font) {
        if (font == lastFont) {
            return lastFacts;
        }
        lastFacts = coverage.computeIfAbsent(font, FontFacts::new);
        lastFont = font;
        return lastFacts;
    }

    /**
     * What a font can draw and how wide, cached per character: asking PDFBox costs an encoding
     * per call, and a report measures every word. Characters of the Basic Multilingual Plane (all
     * but emoji and rare scripts) are kept in plain arrays, as the report asks for millions of them.
     */
    private static final class FontFacts {
        private static final int PLANE = 0x10000;
        private static final byte UNKNOWN = 0;
        private static final byte SHOWN = 1;
        private static final byte MISSING = 2;
        private final PDFont font;
        private final float[] planeWidths = new float[PLANE];
        private final byte[] planeShown = new byte[PLANE];
        private final Map<Integer, Float> otherWidths = new HashMap<>();
        private final Map<Integer, Boolean> otherShown = new HashMap<>();
        private final byte[][] planeHex = new byte[PLANE][];
        private final Map<Integer, byte[]> otherHex = new HashMap<>();

        FontFacts(PDFont font) {
            this.font = font;
            Arrays.fill(planeWidths, Float.NaN);
        }

        boolean canShow(int codePoint) {
            if (codePoint < PLANE) {
                if (planeShown[codePoint] == UNKNOWN) {
                    planeShown[codePoint] = encodes(codePoint) ? SHOWN : MISSING;
                }
                return planeShown[codePoint] == SHOWN;
            }
            return otherShown.computeIfAbsent(codePoint, this::encodes);
        }

        private boolean encodes(int codePoint) {
            try {
                font.encode(new String(Character.toChars(codePoint)));
                return true;
            } catch (IllegalArgumentException | IOException noGlyph) {
                return false;
            }
        }

        /** The character's code in a shown string, in hex; the first time, also marks it for the embedded subset. */
        byte[] hex(int codePoint) throws IOException {
            byte[] known = codePoint < PLANE ? planeHex[codePoint] : otherHex.get(codePoint);
            if (known == null) {
                known = HexFormat.of().withUpperCase().formatHex(font.encode(new String(Character.toChars(codePoint))))
                        .getBytes(StandardCharsets.US_ASCII);
                if (font.willBeSubset()) {
                    font.addToSubset(codePoint);
                }
                if (codePoint < PLANE) {
                    planeHex[codePoint] = known;
                } else {
                    otherHex.put(codePoint, known);
                }
            }
            return known;
        }

        float width(int codePoint) throws IOException {
            if (codePoint < PLANE) {
                float known = planeWidths[codePoint];
                if (Float.isNaN(known)) {
                    known = font.getStringWidth(new String(Character.toChars(codePoint)));
                    planeWidths[codePoint] = known;
                }
                return known;
            }
            Float known = otherWidths.get(codePoint);
            if (known == null) {
                known = font.getStringWidth(new String(Character.toChars(codePoint)));
                otherWidths.put(codePoint, known);
            }
            return known;
        }
    }

    private static Path[] pair(String regular, String bold) {
        return new Path[] {Path.of(regular), Path.of(bold)};
    }
}
