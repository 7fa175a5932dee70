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
 * cut after the last word that fits, ends with an ellipsis, and is shown whole in the cell's tooltip.
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
    /** What the flow was last fitted to; layout runs often, fitting only when one of these changed. */
    private MarkedText laidOutItem;
    private double laidOutWidth;
    private double laidOutRoom;
    private boolean cut;

    MarkedTextCell() {
        getStyleClass().add("marked-text-cell");
        flow.getStyleClass().add("marked-text");
        flow.prefWidthProperty().bind(widthProperty().subtract(12));
        flow.setMinHeight(0);
        flow.setClip(clip);
        whole.setWrapText(true);
        whole.setMaxWidth(480);
    }

    /**
     * The height of one line as the flow lays it out. A lone {@code Text}'s bounds, rounded up, were a little taller
     * than the flow's lines (17 against 16.3 px): three lines of text then counted as two and the third was clipped.
     */
    double lineHeight() {
        Font font = flow.getChildren().isEmpty() ? Font.getDefault() : ((Text) flow.getChildren().get(0)).getFont();
        measure.setFont(font);
        double single = measure.getLayoutBounds().getHeight();
        double text = flow.getWidth() > 0 ? flow.prefHeight(flow.getWidth()) : 0;
        long lines = Math.max(1, Math.round(text / single));
        return text > 0 ? text / lines : single;
    }

    /** How many lines the cell shows now. */
    int shownLines() {
        return (int) Math.round(clip.getHeight() / lineHeight());
    }

    /** Whether the cell's text is cut (its end is an ellipsis, the whole text is the tooltip). */
    boolean isCut() {
        return cut;
    }

    /**
     * As tall as the text at the column's width, up to {@link #MAX_LINES} lines. The table asks before the cell has
     * a width of its own; the flow then wrapped at no width at all, every row asked for the most lines and stayed
     * that tall, so the column's width is used until the cell has one.
     */
    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() == null) {
            return super.computePrefHeight(width);
        }
        double outer = width > 0 ? width : getWidth() > 0 ? getWidth() : getTableColumn() == null ? 0 : getTableColumn().getWidth();
        double inner = Math.max(1, outer - snappedLeftInset() - snappedRightInset());
        double text = flow.prefHeight(inner);
        return Math.min(text, MAX_LINES * lineHeight()) + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        MarkedText item = getItem();
        double width = flow.getWidth();
        if (item == null || getGraphic() == null || width <= 0) {
            return;
        }
        double room = getHeight() - snappedTopInset() - snappedBottomInset();
        if (item != laidOutItem || width != laidOutWidth || room != laidOutRoom) {
            laidOutItem = item;
            laidOutWidth = width;
            laidOutRoom = room;
            fitInto(item, width, room);
        }
        clip.setWidth(width);
        clip.setHeight(Math.max(flow.prefHeight(width), lineHeight()));
        setTooltip(cut ? whole : null);
    }

    /**
     * Fills the flow with as much of the text as fits in the room's whole lines (at most {@link #MAX_LINES}); a text
     * that does not fit ends, after the last word that does, with an ellipsis, so a cut is never silent.
     */
    private void fitInto(MarkedText item, double width, double room) {
        int length = Math.min(item.text().length(), MAX_SHOWN);
        showFirst(item, length, length < item.text().length());
        double line = lineHeight();
        int lines = (int) Math.max(1, Math.min(MAX_LINES, Math.floor((room + 0.5) / line)));
        double fits = lines * line + 0.5;
        cut = length < item.text().length();
        if (flow.prefHeight(width) <= fits) {
            return;
        }
        cut = true;
        int shortest = 0;
        int longest = length;
        while (shortest < longest) {
            int middle = (shortest + longest + 1) / 2;
            showFirst(item, middle, true);
            if (flow.prefHeight(width) <= fits) {
                shortest = middle;
            } else {
                longest = middle - 1;
            }
        }
        showFirst(item, wordEnd(item.text(), shortest), true);
    }

    /** The last word boundary at or before {@code end}, unless the line has none (one very long word). */
    private static int wordEnd(String text, int end) {
        int space = text.lastIndexOf(' ', end);
        return space > end / 2 ? space : end;
    }

    private void showFirst(MarkedText item, int length, boolean ellipsis) {
        flow.getChildren().setAll(runs(item, length, ellipsis));
        flow.applyCss();
    }

    @Override
    protected void updateItem(MarkedText item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null || item.text().isEmpty()) {
            setGraphic(null);
            setTooltip(null);
            laidOutItem = null;
            cut = false;
            return;
        }
        laidOutItem = null;
        cut = false;
        flow.getChildren().setAll(runs(item, Math.min(item.text().length(), MAX_SHOWN), item.text().length() > MAX_SHOWN));
        whole.setText(item.text());
        setGraphic(flow);
    }

    /** The text's first {@code limit} characters as Text nodes: plain runs and {@code .match} runs, then "…" if asked. */
    static List<Text> runs(MarkedText item, int limit, boolean ellipsis) {
        String text = item.text();
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
        if (ellipsis) {
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
