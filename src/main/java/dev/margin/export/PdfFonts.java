package dev.margin.export;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
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
    final boolean embedded;
    private final Map<PDFont, Map<Integer, Boolean>> coverage = new HashMap<>();
    private final String placeholder;

    private PdfFonts(PDFont regular, PDFont bold, boolean embedded) {
        this.regular = regular;
        this.bold = bold;
        this.embedded = embedded;
        this.placeholder = canShow(regular, PLACEHOLDER.codePointAt(0)) && canShow(bold, PLACEHOLDER.codePointAt(0)) ? PLACEHOLDER : "?";
    }

    /** The first candidate pair whose files exist, loaded into {@code document}; Helvetica when none does. */
    static PdfFonts load(PDDocument document, List<Path[]> candidates) throws IOException {
        for (Path[] pair : candidates) {
            if (Files.isRegularFile(pair[0])) {
                PDFont regular = PDType0Font.load(document, pair[0].toFile());
                PDFont bold = Files.isRegularFile(pair[1]) ? PDType0Font.load(document, pair[1].toFile()) : regular;
                return new PdfFonts(regular, bold, true);
            }
        }
        return new PdfFonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), false);
    }

    /** {@code text} with tabs and other controls made spaces and every character {@code font} cannot draw replaced by the placeholder. */
    String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (Character.getType(cp) == Character.FORMAT || (cp >= 0xFE00 && cp <= 0xFE0F)) {
                // Zero-width joiners, direction marks and variation selectors have no glyph of their own.
                return;
            } else if (canShow(font, cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(placeholder);
            }
        });
        return out.toString();
    }

    private boolean canShow(PDFont font, int codePoint) {
        return coverage.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(codePoint, cp -> {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException noGlyph) {
                return false;
            }
        });
    }

    private static Path[] pair(String regular, String bold) {
        return new Path[] {Path.of(regular), Path.of(bold)};
    }
}
