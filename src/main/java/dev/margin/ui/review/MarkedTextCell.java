package dev.margin.ui.review;

import dev.margin.domain.Span;
import dev.margin.domain.read.MarkedText;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.ArrayList;
import java.util.List;

/**
 * A table cell showing a {@link MarkedText}: the search's matches as runs of their own ({@code .match}: bold on
 * a marker colour), the rest plain. The row grows with the text up to {@link #MAX_LINES} lines; a longer text is
 * cut after a whole line (never through one) and shown whole in the cell's tooltip.
 */
final class MarkedTextCell<S> extends TableCell<S, MarkedText> {
    private static final int MAX_SHOWN = 280;
    /** The most lines a row grows to: enough for a quote's usual length, and a long one cannot fill the table. */
    static final int MAX_LINES = 4;

    /** One flow per cell, re-filled for every item; it wraps at the column's width and is cut at a whole line. */
    private final TextFlow flow = new TextFlow();
    private final Rectangle clip = new Rectangle();
    private final Text measure = new Text("Ag");
    private final Tooltip whole = new Tooltip();

    MarkedTextCell() {
        getStyleClass().add("marked-text-cell");
        flow.getStyleClass().add("marked-text");
        flow.prefWidthProperty().bind(widthProperty().subtract(12));
        flow.setMinHeight(0);
        flow.setClip(clip);
        whole.setWrapText(true);
        whole.setMaxWidth(480);
    }

    /** The height of one line of the cell's text. */
    double lineHeight() {
        Font font = flow.getChildren().isEmpty() ? Font.getDefault() : ((Text) flow.getChildren().get(0)).getFont();
        measure.setFont(font);
        return Math.ceil(measure.getLayoutBounds().getHeight());
    }

    /** How many lines the cell shows now. */
    int shownLines() {
        return (int) Math.round(clip.getHeight() / lineHeight());
    }

    @Override
    protected double computePrefHeight(double width) {
        double natural = super.computePrefHeight(width);
        if (getGraphic() == null) {
            return natural;
        }
        return Math.min(natural, MAX_LINES * lineHeight() + snappedTopInset() + snappedBottomInset());
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double line = lineHeight();
        double room = getHeight() - snappedTopInset() - snappedBottomInset();
        double text = flow.prefHeight(flow.getWidth());
        int lines = (int) Math.max(1, Math.min(MAX_LINES, Math.floor((Math.min(room, text) + 0.5) / line)));
        clip.setWidth(flow.getWidth());
        clip.setHeight(lines * line);
        boolean cut = text > clip.getHeight() + 0.5 || getItem() != null && getItem().text().length() > MAX_SHOWN;
        setTooltip(cut ? whole : null);
    }

    @Override
    protected void updateItem(MarkedText item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null || item.text().isEmpty()) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        flow.getChildren().setAll(runs(item));
        whole.setText(item.text());
        setGraphic(flow);
    }

    /** The text as Text nodes: plain runs and {@code .match} runs, cut after {@link #MAX_SHOWN} characters. */
    static List<Text> runs(MarkedText item) {
        String text = item.text();
        int limit = Math.min(text.length(), MAX_SHOWN);
        List<Text> runs = new ArrayList<>();
        int at = 0;
        for (Span match : item.matches()) {
            if (match.start() >= limit) {
                break;
            }
            if (match.start() > at) {
                runs.add(plain(text.substring(at, match.start())));
            }
            Text marked = new Text(text.substring(match.start(), Math.min(match.end(), limit)));
            marked.getStyleClass().add("match");
            runs.add(marked);
            at = Math.min(match.end(), limit);
        }
        if (at < limit) {
            runs.add(plain(text.substring(at, limit)));
        }
        if (limit < text.length()) {
            runs.add(plain("…"));
        }
        return runs;
    }

    private static Text plain(String text) {
        Text run = new Text(text);
        run.getStyleClass().add("plain");
        return run;
    }
}
