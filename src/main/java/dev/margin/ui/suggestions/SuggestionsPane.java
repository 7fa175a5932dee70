package dev.margin.ui.suggestions;

import dev.margin.service.SuggestionService;
import dev.margin.suggest.Suggestion;
import dev.margin.suggest.SuggestionKind;
import dev.margin.ui.common.Icons;
import dev.margin.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * The "Suggestions" section of the annotation panel: a title with a busy indicator and the Suggest
 * button, the count per kind, the open suggestions in text order, and buttons to accept, reject and
 * accept all of a kind. Choosing a suggestion here makes it the current one (the window scrolls to it).
 * With none open and none being made, the section folds to its title and a one-line hint, so the
 * article's own annotations below get the room.
 */
public final class SuggestionsPane extends VBox {
    private static final double LIST_HEIGHT = 200;
    /** While the first suggestions are being made the list is still empty: a shorter frame for them. */
    private static final double EMPTY_LIST_HEIGHT = 96;

    private final ListView<Suggestion> list = new ListView<>();

    public SuggestionsPane(SuggestionsViewModel model, Messages messages) {
        setId("suggestionsPane");
        getStyleClass().add("suggestions-pane");
        getStylesheets().add(SuggestionsPane.class.getResource("suggestions.css").toExternalForm());

        Label title = new Label(messages.get("suggestions.title"));
        title.getStyleClass().add("suggestions-title");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("suggestionsBusy");
        busy.setPrefSize(16, 16);
        busy.setMaxSize(16, 16);
        busy.visibleProperty().bind(model.busyProperty());
        busy.managedProperty().bind(model.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button run = new Button(messages.get("suggestions.run"));
        run.setId("suggestRun");
        run.getStyleClass().add("small");
        run.setTooltip(new Tooltip(messages.get("menu.suggest.run") + " (Ctrl+Shift+S)"));
        run.setFocusTraversable(false);
        run.disableProperty().bind(model.busyProperty());
        run.setOnAction(event -> model.suggest());
        HBox header = new HBox(6, title, busy, spacer, run);
        header.setAlignment(Pos.CENTER_LEFT);

        FlowPane counts = new FlowPane(10, 2);
        counts.getStyleClass().add("suggestion-counts");
        for (SuggestionKind kind : SuggestionKind.values()) {
            Label count = new Label();
            count.setId("suggestionCount" + capitalised(kind));
            count.setGraphic(Icons.ofKind(SuggestionService.annotationKind(kind)));
            count.textProperty().bind(Bindings.createStringBinding(
                    () -> messages.get("kind.count." + kind.name(), model.count(kind).get()),
                    model.count(kind)));
            counts.getChildren().add(count);
        }

        list.setId("suggestionList");
        list.setItems(model.open());
        list.setCellFactory(view -> new SuggestionCell(messages));
        DoubleBinding listHeight = Bindings.when(Bindings.isEmpty(model.open())).then(EMPTY_LIST_HEIGHT).otherwise(LIST_HEIGHT);
        list.prefHeightProperty().bind(listHeight);
        list.minHeightProperty().bind(listHeight);
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, chosen) -> {
            if (chosen != null && !chosen.equals(model.currentProperty().get())) {
                model.currentProperty().set(chosen);
            }
        });
        model.currentProperty().addListener((observable, old, chosen) -> {
            if (chosen == null) {
                list.getSelectionModel().clearSelection();
            } else {
                if (!chosen.equals(list.getSelectionModel().getSelectedItem())) {
                    list.getSelectionModel().select(chosen);
                }
                list.scrollTo(chosen);
            }
        });
        StackPane listArea = new StackPane(list);

        Button accept = new Button(messages.get("suggestions.accept"));
        accept.setId("suggestionAccept");
        accept.setTooltip(new Tooltip(messages.get("menu.suggest.accept")));
        accept.setOnAction(event -> model.acceptCurrent());
        Button reject = new Button(messages.get("suggestions.reject"));
        reject.setId("suggestionReject");
        reject.setTooltip(new Tooltip(messages.get("menu.suggest.reject")));
        reject.setOnAction(event -> model.rejectCurrent());
        accept.disableProperty().bind(model.currentProperty().isNull());
        reject.disableProperty().bind(model.currentProperty().isNull());
        MenuButton acceptAll = new MenuButton(messages.get("suggestions.acceptAll"));
        acceptAll.setId("suggestionAcceptAll");
        for (SuggestionKind kind : SuggestionKind.values()) {
            MenuItem item = new MenuItem(messages.get("menu.suggest.acceptAll",
                    messages.get("kind.plural." + kind.name()).toLowerCase(Locale.ROOT)));
            item.setId("acceptAll" + capitalised(kind));
            item.disableProperty().bind(model.count(kind).isEqualTo(0));
            item.setOnAction(event -> model.acceptAll(kind));
            acceptAll.getItems().add(item);
        }
        acceptAll.disableProperty().bind(Bindings.isEmpty(model.open()));
        for (Button button : new Button[] {accept, reject}) {
            button.getStyleClass().add("small");
            button.setFocusTraversable(false);
        }
        acceptAll.getStyleClass().add("small");
        acceptAll.setFocusTraversable(false);
        Label keys = new Label(messages.get("suggestions.keys"));
        keys.getStyleClass().add("suggestion-keys");
        HBox buttons = new HBox(6, accept, reject, acceptAll);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label none = new Label(messages.get("suggestions.empty"));
        none.setId("suggestionsEmpty");
        none.setWrapText(true);
        none.setMinHeight(Region.USE_PREF_SIZE); // wrapped, not cut to one line with an ellipsis
        none.getStyleClass().add("suggestion-keys");

        BooleanBinding reviewing = Bindings.isNotEmpty(model.open()).or(model.busyProperty());
        for (Node part : new Node[] {counts, listArea, buttons, keys}) {
            part.visibleProperty().bind(reviewing);
            part.managedProperty().bind(reviewing);
        }
        none.visibleProperty().bind(reviewing.not());
        none.managedProperty().bind(reviewing.not());
        getChildren().addAll(header, none, counts, listArea, buttons, keys);
    }

    static String capitalised(SuggestionKind kind) {
        return kind.name().charAt(0) + kind.name().substring(1).toLowerCase(Locale.ROOT);
    }

    public ListView<Suggestion> list() {
        return list;
    }
}
