package dev.margin.importer;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the upright glyphs of every page of a PDF with PDFBox, as positioned text (baseline measured from the top
 * of the page, font size in points), leaving their order to {@link PdfLayout}: PDFBox's own text output follows the
 * content stream, which in a newspaper or newsletter jumps between columns, headers and captions. PDFBox still drops
 * the duplicate glyphs some producers draw for a bold effect. Rotated text (a vertical margin note) is skipped.
 */
final class PdfGlyphReader extends PDFTextStripper {
    /** One glyph: left edge, baseline (from the top of the page), advance width, size in points, its characters, weight. */
    record Glyph(float x, float y, float width, float size, String text, boolean bold) {
    }

    private final CancelCheck cancel;
    private final List<List<Glyph>> pages = new ArrayList<>();
    private final List<Float> pageHeights = new ArrayList<>();

    private PdfGlyphReader(CancelCheck cancel) throws IOException {
        this.cancel = cancel;
    }

    /** Every page's glyphs, in page order; a page without text has an empty list. */
    static PdfGlyphReader read(PDDocument document, CancelCheck cancel) throws IOException {
        PdfGlyphReader reader = new PdfGlyphReader(cancel);
        reader.writeText(document, new StringWriter());
        return reader;
    }

    List<List<Glyph>> pages() {
        return pages;
    }

    float pageHeight(int page) {
        return pageHeights.get(page);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        cancel.check();
        pages.add(new ArrayList<>());
        pageHeights.add(page.getCropBox().getHeight());
        super.startPage(page);
    }

    @Override
    protected void writePage() {
        List<Glyph> glyphs = pages.get(pages.size() - 1);
        for (List<TextPosition> article : charactersByArticle) {
            for (TextPosition position : article) {
                if (position.getDir() != 0f) {
                    continue;
                }
                String text = ligaturesUndone(position.getUnicode());
                if (text == null || text.isEmpty()) {
                    continue;
                }
                float size = position.getFontSizeInPt() > 0 ? position.getFontSizeInPt() : position.getHeightDir();
                glyphs.add(new Glyph(position.getXDirAdj(), position.getYDirAdj(), position.getWidthDirAdj(), Math.max(size, 1f), text,
                        isBold(position.getFont())));
            }
        }
    }

    /** Bold, black or heavy by the font's name ("Arial-BoldMT") or its descriptor's weight. */
    private static boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        String name = font.getName() == null ? "" : font.getName().toLowerCase(java.util.Locale.ROOT);
        if (name.contains("bold") || name.contains("black") || name.contains("heavy")) {
            return true;
        }
        PDFontDescriptor descriptor = font.getFontDescriptor();
        return descriptor != null && (descriptor.getFontWeight() >= 600 || descriptor.isForceBold());
    }

    /** "ﬁ", "ﬂ" and the other Latin ligatures (U+FB00 to U+FB06) as their letters, so that words can be searched. */
    private static String ligaturesUndone(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFB00' && c <= '\uFB06') {
                return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
            }
        }
        return text;
    }
}
