package dev.margin.ui.stats;

import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.QuoteType;
import dev.margin.domain.read.ReviewStats;
import dev.margin.ui.common.Messages;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The statistics view: six charts over the whole library or the browser's filter. */
public final class StatsView extends BorderPane {
    private final Messages m;
    private final BarChart<String, Number> kinds = bar("statsKinds");
    private final BarChart<String, Number> speakers = bar("statsSpeakers");
    private final PieChart quoteTypes = new PieChart();
    private final BarChart<String, Number> statuses = bar("statsStatuses");
    private final BarChart<String, Number> outlets = bar("statsOutlets");
    private final AreaChart<String, Number> months = new AreaChart<>(new CategoryAxis(), wholeNumberAxis());
    private final Label total = new Label();
    /** Counts are whole: ticks between them (0.25, 0.5 …) stay unlabelled. */
    private static final StringConverter<Number> WHOLE_NUMBERS = new StringConverter<>() {
        @Override
        public String toString(Number value) {
            return value.doubleValue() == Math.rint(value.doubleValue()) ? String.valueOf(value.longValue()) : "";
        }

        @Override
        public Number fromString(String text) {
            return Long.valueOf(text);
        }
    };

    public StatsView(StatsViewModel model, Messages messages) {
        this.m = messages;
        setId("statsView");
        getStyleClass().add("stats-view");
        ToggleGroup scope = new ToggleGroup();
        RadioButton library = new RadioButton(m.get("stats.library"));
        library.setId("statsWholeLibrary");
        library.setToggleGroup(scope);
        library.setSelected(!model.filteredProperty().get());
        RadioButton filter = new RadioButton(m.get("stats.filter"));
        filter.setId("statsCurrentFilter");
        filter.setToggleGroup(scope);
        filter.setSelected(model.filteredProperty().get());
        scope.selectedToggleProperty().addListener((observable, old, toggle) -> model.filteredProperty().set(toggle == filter));
        total.setId("statsTotal");
        HBox top = new HBox(14, library, filter, total);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(10));
        setTop(top);

        kinds.setTitle(m.get("stats.kinds"));
        speakers.setTitle(m.get("stats.speakers"));
        quoteTypes.setTitle(m.get("stats.quoteTypes"));
        quoteTypes.setId("statsQuoteTypes");
        quoteTypes.setLegendVisible(false);
        statuses.setTitle(m.get("stats.statuses"));
        outlets.setTitle(m.get("stats.outlets"));
        months.setTitle(m.get("stats.months"));
        months.setId("statsMonths");
        months.setLegendVisible(false);
        months.setAnimated(false);
        quoteTypes.setAnimated(false);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(0, 10, 10, 10));
        grid.addRow(0, kinds, quoteTypes, statuses);
        grid.addRow(1, speakers, outlets, months);
        for (Node chart : grid.getChildren()) {
            ((Region) chart).setPrefSize(420, 300);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        model.statsProperty().addListener((observable, old, stats) -> show(stats));
    }

    private static NumberAxis wholeNumberAxis() {
        NumberAxis axis = new NumberAxis();
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(WHOLE_NUMBERS);
        return axis;
    }

    private static BarChart<String, Number> bar(String id) {
        NumberAxis counts = new NumberAxis();
        counts.setMinorTickVisible(false);
        counts.setTickLabelFormatter(WHOLE_NUMBERS);
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), counts);
        chart.setId(id);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        return chart;
    }

    private void show(ReviewStats stats) {
        if (stats == null) {
            return;
        }
        total.setText(m.get("stats.total", stats.total(), stats.undated()));
        XYChart.Series<String, Number> perKind = new XYChart.Series<>();
        for (AnnotationKind kind : AnnotationKind.values()) {
            perKind.getData().add(new XYChart.Data<>(m.get("kind.plural." + kind.name()), stats.perKind().get(kind)));
        }
        kinds.getData().setAll(List.of(perKind));
        speakers.getData().setAll(List.of(named(stats.topSpeakers())));
        quoteTypes.setData(FXCollections.observableArrayList(Arrays.stream(QuoteType.values())
                .map(type -> new PieChart.Data(m.get("stats.quoteType", m.get("quoteType." + type.name()), stats.quoteTypes().get(type)),
                        stats.quoteTypes().get(type)))
                .toList()));
        XYChart.Series<String, Number> perStatus = new XYChart.Series<>();
        for (ClaimStatus status : ClaimStatus.values()) {
            perStatus.getData().add(new XYChart.Data<>(m.get("claimStatus." + status.name()), stats.claimsByStatus().get(status)));
        }
        statuses.getData().setAll(List.of(perStatus));
        outlets.getData().setAll(List.of(named(stats.perOutlet().stream().limit(12).toList())));
        XYChart.Series<String, Number> perMonth = new XYChart.Series<>();
        for (ReviewStats.MonthCount month : StatsViewModel.everyMonth(stats.perMonth())) {
            perMonth.getData().add(new XYChart.Data<>(month.month().toString(), month.count()));
        }
        months.getData().setAll(List.of(perMonth));
        colourBars(perStatus);
    }

    private XYChart.Series<String, Number> named(List<ReviewStats.NamedCount> counts) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (ReviewStats.NamedCount count : counts) {
            series.getData().add(new XYChart.Data<>(count.name().isEmpty() ? m.get("stats.noOutlet") : count.name(), count.count()));
        }
        return series;
    }

    /** Each status bar takes its status's colour (.status-refuted, …) once its node exists. */
    private static void colourBars(XYChart.Series<String, Number> perStatus) {
        for (int i = 0; i < perStatus.getData().size(); i++) {
            XYChart.Data<String, Number> bar = perStatus.getData().get(i);
            String style = "status-" + ClaimStatus.values()[i].name().toLowerCase(Locale.ROOT);
            if (bar.getNode() != null) {
                bar.getNode().getStyleClass().add(style);
            }
            bar.nodeProperty().addListener((observable, old, node) -> {
                if (node != null) {
                    node.getStyleClass().add(style);
                }
            });
        }
    }
}
