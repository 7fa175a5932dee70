package dev.margin.ui.editor;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Insets;
import org.fxmisc.richtext.StyleClassedTextArea;

import java.util.Locale;

/**
 * The reading column's size: the body font scaled by the zoom, and side padding that keeps lines
 * about 70 characters long however wide the window is (the scroll bar stays at the edge). The area has no
 * padding above or below: that room belongs to the text's first and last paragraphs.
 */
final class ReadingColumn {
    static final double MIN_ZOOM = 0.7;
    static final double MAX_ZOOM = 2.0;
    private static final double ZOOM_STEP = 0.1;
    private static final double BODY_FONT_PX = 17;
    /** The column's width in units of the body font size: about 70 characters of a serif face. */
    private static final double COLUMN_EMS = 36;
    private static final double MIN_SIDE_PADDING = 24;

    private final StyleClassedTextArea area;
    private final DoubleProperty zoom;

    ReadingColumn(StyleClassedTextArea area, Object bean) {
        this.area = area;
        this.zoom = new SimpleDoubleProperty(bean, "zoom", 1.0);
        zoom.addListener((obs, was, is) -> applyZoom());
        area.widthProperty().addListener((obs, was, is) -> applyWidth());
        applyZoom();
    }

    DoubleProperty zoomProperty() {
        return zoom;
    }

    void zoomIn() {
        zoom.set(Math.min(MAX_ZOOM, Math.round((zoom.get() + ZOOM_STEP) * 10) / 10.0));
    }

    void zoomOut() {
        zoom.set(Math.max(MIN_ZOOM, Math.round((zoom.get() - ZOOM_STEP) * 10) / 10.0));
    }

    private void applyZoom() {
        double clamped = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom.get()));
        if (clamped != zoom.get()) {
            zoom.set(clamped);
            return;
        }
        // The stylesheet sizes headline, headings and meta in em, so they all follow this one size.
        area.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BODY_FONT_PX * clamped));
        applyWidth();
    }

    private void applyWidth() {
        double column = COLUMN_EMS * BODY_FONT_PX * zoom.get();
        double side = Math.max(MIN_SIDE_PADDING, (area.getWidth() - column) / 2);
        // Side padding only: padding above and below would be dead bands that cut lines in half as the text
        // scrolls under them. The room above the first line and below the last is in the first and last
        // paragraphs (article-view.css, .document-start and .document-end), so it scrolls away with the text.
        area.setPadding(new Insets(0, side, 0, side));
    }
}
