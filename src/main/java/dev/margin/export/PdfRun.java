package dev.margin.export;

import org.apache.pdfbox.pdmodel.font.PDFont;

import java.awt.Color;
import java.util.EnumMap;
import java.util.Map;

/**
 * A stretch of a PDF paragraph in one look: its font (regular or bold), colour, whether it slants
 * (italic is drawn slanted, the report embeds no italic face), the address it links to, and the
 * marks drawn with it: a background fill (quote, highlight), an underline (actor) and an outline
 * (claim), in {@link Palette}'s colours.
 */
record PdfRun(String text, PDFont font, Color colour, boolean italic, String link, Color fill, Color underline, Color outline) {
    /** The palette's colours, made once: a report asks for them for every mark it draws. */
    private static final Map<Palette, Color> PALETTE_COLOURS = paletteColours();

    private static Map<Palette, Color> paletteColours() {
        Map<Palette, Color> colours = new EnumMap<>(Palette.class);
        for (Palette palette : Palette.values()) {
            int[] rgb = palette.rgb();
            colours.put(palette, new Color(rgb[0], rgb[1], rgb[2]));
        }
        return colours;
    }

    static PdfRun of(String text, PDFont font, Color colour) {
        return new PdfRun(text, font, colour, false, null, null, null, null);
    }

    PdfRun withText(String newText) {
        return new PdfRun(newText, font, colour, italic, link, fill, underline, outline);
    }

    PdfRun withLink(String newLink) {
        return new PdfRun(text, font, newLink == null ? colour : PdfLayout.LINK, italic, newLink, fill, underline, outline);
    }

    PdfRun withMarks(Color newFill, Color newUnderline, Color newOutline) {
        return new PdfRun(text, font, colour, italic, link, newFill, newUnderline, newOutline);
    }

    PdfRun slanted(boolean slant) {
        return new PdfRun(text, font, colour, slant, link, fill, underline, outline);
    }

    /** A colour of the palette as AWT wants it. */
    static Color colour(Palette palette) {
        return PALETTE_COLOURS.get(palette);
    }
}
