package dev.margin.ui.review.agreement;

import dev.margin.agreement.Alpha;
import dev.margin.agreement.Unit;
import dev.margin.service.AgreementKind;
import dev.margin.service.AgreementService.Comparison;
import dev.margin.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The agreement tab: on the left the articles two or more annotators coded; on the right the annotators compared,
 * α per kind with its units and how to read it, and the table of where they differ, one column per annotator. Enter
 * or a double-click opens the row in the reader (a double-click on an annotator's column: that annotator's annotation).
 */
public final class AgreementView extends BorderPane {
    private final AgreementViewModel model;
    private final Messages m;
    private final GridPane alphas = new GridPane();
    private final TableView<DifferenceRow> table = new TableView<>();

    public AgreementView(AgreementViewModel model, Messages messages) {
        this.model = model;
        this.m = messages;
        setId("agreementView");
        getStyleClass().add("agreement-view");
        setTop(toolbar());
        SplitPane split = new SplitPane(articleList(), results());
        split.setDividerPositions(0.26);
        SplitPane.setResizableWithParent(split.getItems().getFirst(), false);
        setCenter(split);
        model.comparisonProperty().addListener((observable, old, comparison) -> showAlphas(comparison));
        showAlphas(null);
    }

    private HBox toolbar() {
        CheckComboBox<String> annotators = new CheckComboBox<>(model.annotatorChoices());
        annotators.setId("agreementAnnotators");
        annotators.setTitle(m.get("agreement.annotators"));
        annotators.setShowCheckedCount(true);
        annotators.setPrefWidth(220);
        boolean[] syncing = {false};
        Runnable fromModel = () -> {
            syncing[0] = true;
            annotators.getCheckModel().clearChecks();
            model.annotators().forEach(name -> annotators.getCheckModel().check(name));
            syncing[0] = false;
        };
        annotators.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) change -> {
            if (!syncing[0] && !List.copyOf(annotators.getCheckModel().getCheckedItems()).equals(List.copyOf(model.annotators()))) {
                model.annotators().setAll(List.copyOf(annotators.getCheckModel().getCheckedItems()));
            }
        });
        model.annotators().addListener((ListChangeListener<String>) change -> fromModel.run());
        model.annotatorChoices().addListener((ListChangeListener<String>) change -> fromModel.run());

        ComboBox<AgreementKind> kind = new ComboBox<>();
        kind.setId("agreementKind");
        kind.getItems().add(null);
        kind.getItems().addAll(AgreementKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(AgreementKind value) {
                return value == null ? m.get("agreement.allKinds") : m.get("agreement.kind." + value.name());
            }

            @Override
            public AgreementKind fromString(String text) {
                return null;
            }
        });
        kind.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(AgreementKind value, boolean empty) {
                super.updateItem(value, empty);
                setText(kind.getConverter().toString(value));
            }
        });
        kind.valueProperty().bindBidirectional(model.kindProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("agreementProgress");
        progress.setPrefWidth(140);
        progress.progressProperty().bind(model.task().progressProperty());
        Label message = new Label();
        message.setId("agreementProgressMessage");
        message.textProperty().bind(model.task().messageProperty());
        message.setMinWidth(Region.USE_PREF_SIZE);
        Button cancel = new Button(m.get("agreement.cancel"));
        cancel.setId("agreementCancel");
        cancel.setOnAction(event -> model.cancel());
        HBox busy = new HBox(8, progress, message, cancel);
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.visibleProperty().bind(model.task().runningProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        Button reload = new Button(m.get("agreement.reload"));
        reload.setId("agreementReload");
        reload.setOnAction(event -> model.reload());
        reload.disableProperty().bind(model.task().runningProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label(m.get("agreement.annotators")), annotators, new Label(m.get("agreement.show")), kind,
                spring, busy, reload);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 10, 8, 10));
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    private VBox articleList() {
        ListView<AgreementViewModel.Scope> list = new ListView<>(model.scopes());
        list.setId("agreementArticles");
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(AgreementViewModel.Scope scope, boolean empty) {
                super.updateItem(scope, empty);
                if (empty || scope == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label title = new Label(scope.all() ? m.get("agreement.allArticles", scope.articles()) : scope.article().title());
                title.getStyleClass().add("agreement-article-title");
                Label coders = new Label(scope.all() ? m.get("agreement.allArticlesHint")
                        : m.get("agreement.codedBy", String.join(", ", scope.article().coders())));
                coders.getStyleClass().add("agreement-article-coders");
                VBox lines = new VBox(2, title, coders);
                lines.setMinWidth(0);
                // as wide as the list and no wider: long titles end in "…" instead of scrolling the list sideways
                lines.prefWidthProperty().bind(view.widthProperty().subtract(32));
                lines.maxWidthProperty().bind(lines.prefWidthProperty());
                setText(null);
                setGraphic(lines);
                setTooltip(scope.all() ? null : new Tooltip(scope.article().title()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, chosen) -> {
            if (chosen != null && chosen != model.scopeProperty().get()) {
                model.scopeProperty().set(chosen);
            }
        });
        model.scopeProperty().addListener((observable, old, chosen) -> {
            if (list.getSelectionModel().getSelectedItem() != chosen) {
                list.getSelectionModel().select(chosen);
            }
        });
        Label heading = new Label(m.get("agreement.articles"));
        heading.getStyleClass().add("agreement-heading");
        heading.setWrapText(true);
        VBox box = new VBox(6, heading, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        box.setMinWidth(200);
        return box;
    }

    private StackPane results() {
        Label summary = new Label();
        summary.setId("agreementSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        alphas.setId("agreementAlphas");
        alphas.getStyleClass().add("agreement-alphas");
        alphas.setHgap(18);
        alphas.setVgap(3);
        Label differences = new Label();
        differences.getStyleClass().add("agreement-heading");
        differences.textProperty().bind(Bindings.createStringBinding(() -> m.get("agreement.differences", model.rows().size()),
                model.rows()));
        Label hint = new Label(m.get("agreement.openHint"));
        hint.getStyleClass().add("hint");
        HBox differencesHeading = new HBox(12, differences, hint);
        differencesHeading.setAlignment(Pos.BASELINE_LEFT);
        buildTable();
        VBox content = new VBox(8, summary, alphas, differencesHeading, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        content.setPadding(new Insets(8, 10, 10, 10));
        content.visibleProperty().bind(model.comparisonProperty().isNotNull()
                .and(Bindings.createBooleanBinding(() -> model.comparisonProperty().get() != null
                        && !model.comparisonProperty().get().articles().isEmpty(), model.comparisonProperty())));

        Label empty = new Label();
        empty.setId("agreementEmpty");
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.setMaxWidth(640);
        empty.textProperty().bind(model.emptyProperty());
        empty.visibleProperty().bind(model.emptyProperty().isNotEmpty().and(content.visibleProperty().not()));
        StackPane stack = new StackPane(content, empty);
        StackPane.setAlignment(empty, Pos.TOP_LEFT);
        return stack;
    }

    private void showAlphas(Comparison comparison) {
        alphas.getChildren().clear();
        alphas.addRow(0, header("agreement.column.kind"), header("agreement.column.alpha"), header("agreement.column.units"),
                header("agreement.column.reading"));
        if (comparison == null) {
            return;
        }
        int row = 1;
        for (AgreementKind kind : AgreementKind.values()) {
            Alpha alpha = comparison.alphas().get(kind);
            if (alpha == null) {
                continue;
            }
            Label value = new Label(alpha.defined() ? String.format(Locale.ROOT, "%.3f", alpha.value()) : m.get("agreement.notEnough"));
            value.setId("agreementAlpha" + kind.name());
            value.getStyleClass().addAll("agreement-alpha", reading(alpha));
            Label units = new Label(String.valueOf(alpha.units()));
            units.setId("agreementUnits" + kind.name());
            Label reading = new Label(m.get("agreement.reading." + reading(alpha)));
            reading.getStyleClass().add("hint");
            alphas.addRow(row++, new Label(m.get("agreement.kind." + kind.name())), value, units, reading);
        }
    }

    /** Krippendorff's own reading: from .800 reliable, from .667 tentative conclusions only, below that not reliable. */
    static String reading(Alpha alpha) {
        if (!alpha.defined()) {
            return "undefined";
        }
        return alpha.value() >= 0.800 ? "reliable" : alpha.value() >= 0.667 ? "tentative" : "unreliable";
    }

    private Label header(String key) {
        Label label = new Label(m.get(key));
        label.getStyleClass().add("agreement-column");
        return label;
    }

    private void buildTable() {
        table.setId("agreementTable");
        table.getStyleClass().add("review-table");
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(m.get("agreement.noDifferences")));
        table.setRowFactory(view -> {
            TableRow<DifferenceRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    String annotator = null;
                    for (javafx.scene.Node node = (javafx.scene.Node) event.getTarget(); node != null && node != row; node = node.getParent()) {
                        if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                                && cell.getTableColumn().getUserData() instanceof String name) {
                            annotator = name;
                        }
                    }
                    model.open(row.getItem(), annotator);
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                model.open(table.getSelectionModel().getSelectedItem(), null);
                event.consume();
            }
        });
        model.comparisonProperty().addListener((observable, old, comparison) -> columns(comparison));
    }

    private void columns(Comparison comparison) {
        List<TableColumn<DifferenceRow, ?>> columns = new ArrayList<>();
        if (comparison != null && comparison.articles().size() > 1) {
            columns.add(column("agreementColumnArticle", m.get("agreement.column.article"), 160, DifferenceRow::articleTitle, null));
        }
        columns.add(column("agreementColumnKind", m.get("agreement.column.kind"), 110,
                row -> m.get("agreement.kind." + row.kind().name()), null));
        columns.add(column("agreementColumnWhere", m.get("agreement.column.where"), 100,
                row -> row.start() + "\u2013" + row.end(), null));
        if (comparison != null) {
            for (String annotator : comparison.annotators()) {
                TableColumn<DifferenceRow, String> coder = column("agreementColumn_" + annotator, annotator, 170,
                        row -> coding(row, annotator), null);
                coder.setUserData(annotator);
                columns.add(coder);
            }
        }
        columns.add(column("agreementColumnText", m.get("agreement.column.text"), 320, DifferenceRow::words, "agreement-words"));
        table.getColumns().setAll(columns);
    }

    /** How {@code annotator} coded the row's stretch: each unit's value and span, or a dash for nothing. */
    private String coding(DifferenceRow row, String annotator) {
        List<Unit> units = row.byAnnotator().getOrDefault(annotator, List.of());
        if (units.isEmpty()) {
            return m.get("agreement.nothing");
        }
        return units.stream().map(unit -> unit.category() + "  " + unit.start() + "\u2013" + unit.end()).collect(Collectors.joining("\n"));
    }

    private static TableColumn<DifferenceRow, String> column(String id, String title, double width,
                                                            java.util.function.Function<DifferenceRow, String> value, String style) {
        TableColumn<DifferenceRow, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(features -> new ReadOnlyObjectWrapper<>(value.apply(features.getValue())));
        column.setCellFactory(col -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(14));
                text.getStyleClass().add("agreement-cell-text");
                if (style != null) {
                    text.getStyleClass().add(style);
                }
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                String shown = item.replaceAll("\\s+", " ").strip();
                text.setText(style != null && shown.length() > 400 ? shown.substring(0, 399) + "\u2026" : item);
                setGraphic(text);
                setTooltip(style != null && shown.length() > 80 ? new Tooltip(shown) : null);
            }
        });
        return column;
    }
}
