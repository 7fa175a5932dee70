package dev.margin.ui.editor.spans;

import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The style class names a mark contributes to the text it covers, shared by the span computation
 * and article-view.css. A run covered by several marks carries the union of their classes.
 */
public final class HighlightClasses {
    public static final String EMPHASISED = "emphasised";
    public static final String MOVED = "moved";
    public static final String SUGGESTION = "suggestion";
    /** Every match of the find bar's phrase, and the one the find bar is on. */
    public static final String FIND_MATCH = "find-match";
    public static final String FIND_CURRENT = "find-current";
    static final Set<String> FOUND = Set.of(FIND_MATCH);
    static final Set<String> FOUND_CURRENT = Set.of(FIND_MATCH, FIND_CURRENT);
    /** Prefix of the class naming a user-chosen colour, e.g. "colour-green". */
    public static final String COLOUR_PREFIX = "colour-";

    /** The colours a user can give a mark, with their #rrggbb reference for matching other colour values. */
    private static final Map<String, int[]> PALETTE = Map.of(
            "yellow", new int[] {0xff, 0xd7, 0x00},
            "green", new int[] {0x2d, 0xa4, 0x4e},
            "blue", new int[] {0x21, 0x8b, 0xff},
            "pink", new int[] {0xff, 0x69, 0xb4},
            "orange", new int[] {0xff, 0x8c, 0x00},
            "purple", new int[] {0x82, 0x50, 0xdf},
            "red", new int[] {0xcf, 0x22, 0x2e},
            "grey", new int[] {0x8c, 0x95, 0x9f});

    private HighlightClasses() {
    }

    /** The names of the colours a mark may be given; the CSS declares a background for each. */
    public static List<String> paletteNames() {
        return PALETTE.keySet().stream().sorted().toList();
    }

    /** The class of a kind: "highlight", "quote", "actor", "claim". */
    public static String kindClass(AnnotationKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** The classes of an annotation's own look (its kind, its anchor state, its colour), without emphasis. */
    public static Set<String> of(Annotation annotation) {
        Set<String> classes = new LinkedHashSet<>();
        classes.add(kindClass(annotation.kind()));
        if (annotation.anchorState() == AnchorState.MOVED) {
            classes.add(MOVED);
        }
        String colour = colourClass(annotation.colour());
        if (colour != null) {
            classes.add(colour);
        }
        return Set.copyOf(classes);
    }

    /** The classes of a suggestion: "suggestion" plus "suggestion-quote" etc. */
    public static Set<String> ofSuggestion(SuggestedSpan suggestion) {
        return Set.of(SUGGESTION, SUGGESTION + "-" + kindClass(suggestion.kind()));
    }

    /**
     * The palette class for a user's colour: a palette name as it is ("Green" -> "colour-green"), a
     * #rgb / #rrggbb value as the nearest palette colour, anything else (or null / blank) as none.
     */
    public static String colourClass(String colour) {
        if (colour == null || colour.isBlank()) {
            return null;
        }
        String value = colour.strip().toLowerCase(Locale.ROOT);
        if (value.equals("gray")) {
            value = "grey";
        }
        if (PALETTE.containsKey(value)) {
            return COLOUR_PREFIX + value;
        }
        int[] rgb = parseHex(value);
        if (rgb == null) {
            return null;
        }
        String nearest = null;
        long best = Long.MAX_VALUE;
        for (Map.Entry<String, int[]> entry : PALETTE.entrySet()) {
            int[] p = entry.getValue();
            long distance = sq(p[0] - rgb[0]) + sq(p[1] - rgb[1]) + sq(p[2] - rgb[2]);
            if (distance < best || (distance == best && entry.getKey().compareTo(nearest) < 0)) {
                best = distance;
                nearest = entry.getKey();
            }
        }
        return COLOUR_PREFIX + nearest;
    }

    private static long sq(int value) {
        return (long) value * value;
    }

    private static int[] parseHex(String value) {
        if (!value.startsWith("#")) {
            return null;
        }
        String hex = value.substring(1);
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        if (hex.length() != 6 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return null;
        }
        int rgb = Integer.parseInt(hex, 16);
        return new int[] {(rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff};
    }
}
