package dev.margin.export;

import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ClaimStatus;

import java.util.Locale;

/**
 * Margin's colours, declared once: how each kind of annotation is marked, the text selection, and the
 * colour of each claim verdict, in the light and the dark look. The HTML export writes them as CSS
 * variables, the PDF report draws with them, and the window's stylesheets (article-view.css for the
 * marks and the selection, margin.css for kind icons and verdicts) declare the same values under
 * {@link #cssName()}; a test reads those stylesheets and fails when one of them drifts from here.
 *
 * <p>Each kind keeps its own channel so that nested marks stay visible together: a quote is a soft
 * blue background, a highlight a yellow one (green where both meet), an actor a pink underline and a
 * claim a purple outline. The selection is a neutral grey, so selected words never look quoted.
 */
public enum Palette {
    QUOTE_FILL("#dcefff", "#14334f"),
    HIGHLIGHT_FILL("#fff1a8", "#4d4100"),
    QUOTE_HIGHLIGHT_FILL("#d3efc1", "#26452a"),
    QUOTE_LINE("#0969da", "#4493f8"),
    HIGHLIGHT_LINE("#d4a72c", "#d29922"),
    ACTOR_LINE("#c2185b", "#ff7eb6"),
    CLAIM_LINE("#7b3fe4", "#b58cff"),
    SELECTION("#b4b4b4", "#5a5a5a"),
    STATUS_UNVERIFIED("#59636e", "#9198a1"),
    STATUS_SUPPORTED("#1a7f37", "#3fb950"),
    STATUS_REFUTED("#cf222e", "#ff7b72"),
    STATUS_MISLEADING("#bc4c00", "#ffa657"),
    STATUS_DISPUTED("#9a6700", "#e3b341"),
    STATUS_UNVERIFIABLE("#3d444d", "#b7bdc8");

    private final String light;
    private final String dark;

    Palette(String light, String dark) {
        this.light = light;
        this.dark = dark;
    }

    /** The colour on a light page (the exports, the window's light look), as {@code #rrggbb}. */
    public String light() {
        return light;
    }

    /** The colour in the window's dark look, as {@code #rrggbb}. */
    public String dark() {
        return dark;
    }

    /** The name both stylesheets use, without their prefix: "quote-bg", "actor-line", "status-refuted", "selection". */
    public String cssName() {
        String lower = name().toLowerCase(Locale.ROOT).replace('_', '-');
        return lower.endsWith("-fill") ? lower.substring(0, lower.length() - "-fill".length()) + "-bg" : lower;
    }

    /** The light colour as red, green and blue, 0 to 255. */
    public int[] rgb() {
        int value = Integer.parseInt(light.substring(1), 16);
        return new int[] {(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff};
    }

    /** The strong colour of a kind: its bar in the PDF, its note's border in HTML, its icon in the window. */
    public static Palette line(AnnotationKind kind) {
        return switch (kind) {
            case QUOTE -> QUOTE_LINE;
            case HIGHLIGHT -> HIGHLIGHT_LINE;
            case ACTOR -> ACTOR_LINE;
            case CLAIM -> CLAIM_LINE;
        };
    }

    /** The colour a verdict is written in. */
    public static Palette verdict(ClaimStatus status) {
        return valueOf("STATUS_" + status.name());
    }
}
