package dev.margin.ui.common;

import dev.margin.domain.AnnotationKind;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Scale;

import java.util.Locale;

/** Builds the Material Design icons the window uses, and the icon of each annotation kind. */
public final class Icons {
    /** The icons' side in pixels: the size margin.css gave the Ikonli font icons they replace. */
    static final double SIZE = 16;

    private Icons() {
    }

    /**
     * The icon as a 16 x 16 node. The shape carries the style class {@code font-icon}, which AtlantaFX's themes colour
     * like Ikonli's font icons (buttons, hover, pressed), and {@code margin-icon}, which margin.css colours.
     */
    public static Node of(MaterialIcon icon) {
        return build(icon, "font-icon", "margin-icon");
    }

    public static MaterialIcon forKind(AnnotationKind kind) {
        return switch (kind) {
            case QUOTE -> MaterialIcon.QUOTE;
            case ACTOR -> MaterialIcon.ACTOR;
            case CLAIM -> MaterialIcon.CLAIM;
            case HIGHLIGHT -> MaterialIcon.HIGHLIGHT;
        };
    }

    /** The kind's icon, tinted with the kind's colour (style class {@code kind-icon-quote} and so on). */
    public static Node ofKind(AnnotationKind kind) {
        return build(forKind(kind), "font-icon", "margin-icon", "kind-icon-" + kind.name().toLowerCase(Locale.ROOT));
    }

    private static Node build(MaterialIcon icon, String... styleClasses) {
        SVGPath shape = new SVGPath();
        shape.setContent(icon.path());
        shape.getStyleClass().addAll(styleClasses);
        shape.getTransforms().add(new Scale(SIZE / MaterialIcon.GRID, SIZE / MaterialIcon.GRID, 0, 0));
        // the invisible square keeps the whole grid in the layout, so every icon takes the same room and its outline
        // sits where the font's glyph sat, whatever the outline's own bounds
        Rectangle grid = new Rectangle(SIZE, SIZE);
        grid.setFill(Color.TRANSPARENT); // a shape with no paint at all has no bounds and would not count
        Group group = new Group(grid, shape);
        group.getStyleClass().add("margin-icon-box");
        return group;
    }
}
