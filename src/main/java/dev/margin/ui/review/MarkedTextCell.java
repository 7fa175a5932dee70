package dev.margin.ui.review;

import dev.margin.domain.Span;
import dev.margin.domain.read.MarkedText;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.ArrayList;
import java.util.List;

/**
 * A table cell showing a {@link MarkedText}: the search's matches as runs of their own ({@code .match}: bold on
 * a marker colour), the rest plain. Long texts are cut, since a row shows two lines at most.
 */
final class MarkedTextCell<S> extends TableCell<S, MarkedText> {
    private static final int MAX_SHOWN = 280;

    /** One flow per cell, re-filled for every item; it wraps at the column's width and is cut at the row's height. */
    private final TextFlow flow = new TextFlow();

    MarkedTextCell() {
        getStyleClass().add("marked-text-cell");
        flow.getStyleClass().add("marked-text");
        flow.prefWidthProperty().bind(widthProperty().subtract(12));
        flow.setMinHeight(0);
    }

    @Override
    protected void updateItem(MarkedText item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null || item.text().isEmpty()) {
            setGraphic(null);
            return;
        }
        flow.getChildren().setAll(runs(item));
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
