package dev.margin.ui.review;

import dev.margin.domain.read.MarkedText;
import dev.margin.domain.read.ReviewColumn;
import dev.margin.domain.read.ReviewOrder;
import dev.margin.domain.read.ReviewRow;
import dev.margin.ui.common.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The table of annotation rows shared by the browser and the claims view: sortable columns (the sort runs in the
 * store, not on the rows loaded), text, note and title with the search's matches marked, Enter or a double click
 * to open a row in its article, and a call for more rows when the last loaded ones scroll into view.
 */
public final class ReviewTable {
    /** How close to the last loaded row the table asks for the next page. */
    private static final int PAGE_AHEAD = 20;

    private ReviewTable() {
    }

    public static TableView<ReviewRow> create(String id, Messages m, ObservableList<ReviewRow> rows, ObjectProperty<ReviewOrder> order,
                                       Runnable needMore, Consumer<ReviewRow> open) {
        TableView<ReviewRow> table = new TableView<>(rows);
        table.setId(id);
        table.getStyleClass().add("review-table");
        // Rows as tall as their texts need, up to MarkedTextCell.MAX_LINES lines (cut at a whole line, never mid-line);
        // the columns share the table's width, so the notes are on screen without scrolling sideways at 1280 x 720.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Map<TableColumn<ReviewRow, ?>, ReviewColumn> sortable = new HashMap<>();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.getDefault());
        DateTimeFormatter created = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(Locale.getDefault())
                .withZone(ZoneId.systemDefault());

        table.getColumns().add(textColumn(sortable, ReviewColumn.KIND, m.get("review.column.kind"), 70,
                row -> m.get("kind." + row.kind().name())));
        table.getColumns().add(markedColumn(sortable, ReviewColumn.TEXT, m.get("review.column.text"), 330, ReviewRow::text));
        table.getColumns().add(textColumn(sortable, ReviewColumn.ACTOR, m.get("review.column.actor"), 130, ReviewRow::actorName));
        table.getColumns().add(markedColumn(sortable, ReviewColumn.ARTICLE, m.get("review.column.article"), 190, ReviewRow::articleTitle));
        table.getColumns().add(textColumn(sortable, ReviewColumn.OUTLET, m.get("review.column.outlet"), 100, ReviewRow::outlet));
        table.getColumns().add(textColumn(sortable, ReviewColumn.ARTICLE_DATE, m.get("review.column.date"), 95,
                row -> row.articleDate() == null ? "" : date.format(row.articleDate())));
        table.getColumns().add(textColumn(sortable, null, m.get("review.column.tags"), 90, row -> String.join(", ", row.tags())));
        table.getColumns().add(textColumn(sortable, ReviewColumn.STATUS, m.get("review.column.status"), 90,
                row -> row.claimStatus() == null ? "" : m.get("claimStatus." + row.claimStatus().name())));
        table.getColumns().add(markedColumn(sortable, ReviewColumn.NOTE, m.get("review.column.note"), 230,
                row -> NoteAsPlainText.of(row.note())));
        table.getColumns().add(textColumn(sortable, ReviewColumn.CREATED, m.get("review.column.created"), 115,
                row -> created.format(row.created())));
        table.getColumns().add(textColumn(sortable, ReviewColumn.ANCHOR_STATE, m.get("review.column.anchor"), 80,
                row -> m.get("review.anchor." + row.anchorState().name())));

        table.setSortPolicy(view -> {
            if (view.getSortOrder().isEmpty()) {
                order.set(ReviewOrder.byDefault());
            } else {
                TableColumn<ReviewRow, ?> first = view.getSortOrder().get(0);
                ReviewColumn column = sortable.get(first);
                if (column != null) {
                    order.set(new ReviewOrder(column, first.getSortType() == TableColumn.SortType.DESCENDING));
                }
            }
            return true;
        });
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            public void updateIndex(int index) {
                super.updateIndex(index);
                if (index >= 0 && index >= view.getItems().size() - PAGE_AHEAD) {
                    needMore.run();
                }
            }

            {
                setOnMouseClicked(event -> {
                    if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !isEmpty()) {
                        open.accept(getItem());
                    }
                });
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(table.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        return table;
    }

    /** A placeholder label for the table's empty state. */
    public static Label placeholder(String id, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("empty-state");
        label.setWrapText(true);
        label.textProperty().bind(text);
        return label;
    }

    private static TableColumn<ReviewRow, String> textColumn(Map<TableColumn<ReviewRow, ?>, ReviewColumn> sortable, ReviewColumn column,
                                                            String title, double width, Function<ReviewRow, String> value) {
        TableColumn<ReviewRow, String> tableColumn = new TableColumn<>(title);
        tableColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        size(tableColumn, width);
        register(sortable, tableColumn, column);
        return tableColumn;
    }

    private static TableColumn<ReviewRow, MarkedText> markedColumn(Map<TableColumn<ReviewRow, ?>, ReviewColumn> sortable, ReviewColumn column,
                                                                  String title, double width, Function<ReviewRow, MarkedText> value) {
        TableColumn<ReviewRow, MarkedText> tableColumn = new TableColumn<>(title);
        tableColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        tableColumn.setCellFactory(c -> new MarkedTextCell<>());
        size(tableColumn, width);
        register(sortable, tableColumn, column);
        return tableColumn;
    }

    /** The width a column starts at when the table is wide enough; it is shared out from there, never below 60%. */
    private static void size(TableColumn<ReviewRow, ?> column, double width) {
        column.setPrefWidth(width);
        column.setMinWidth(Math.round(width * 0.6));
    }

    private static void register(Map<TableColumn<ReviewRow, ?>, ReviewColumn> sortable, TableColumn<ReviewRow, ?> tableColumn, ReviewColumn column) {
        tableColumn.setId("column" + (column == null ? "Tags" : column.name()));
        tableColumn.setSortable(column != null);
        if (column != null) {
            sortable.put(tableColumn, column);
        }
    }
}
