package dev.margin.ui.review;

import dev.margin.ui.common.Dialogs;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ArticleSummary;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.read.ActorSummary;
import dev.margin.domain.read.ReviewRow;
import dev.margin.domain.read.SavedFilter;
import dev.margin.ui.common.Completion;
import dev.margin.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The annotations browser: the search box and filter controls above, the lazily paged table, the count below.
 * Builds and binds only; every decision is in {@link AnnotationBrowserViewModel}.
 */
public final class AnnotationBrowserView extends BorderPane {
    private static final PseudoClass PROMPT = PseudoClass.getPseudoClass("prompt");
    private final AnnotationBrowserViewModel model;
    private final SavedFiltersViewModel saved;
    private final Messages m;
    private final TableView<ReviewRow> table;
    private final TextField search;
    private ComboBox<SavedFilter> savedCombo;

    public AnnotationBrowserView(AnnotationBrowserViewModel model, SavedFiltersViewModel saved, Messages messages) {
        this.model = model;
        this.saved = saved;
        this.m = messages;
        setId("annotationBrowser");
        getStyleClass().add("annotation-browser");

        search = TextFields.createClearableTextField();
        search.setId("reviewSearch");
        search.setPromptText(m.get("review.searchPrompt"));
        search.textProperty().bindBidirectional(model.searchTextProperty());
        HBox.setHgrow(search, Priority.ALWAYS);

        HBox searchRow = new HBox(8, search, savedFilters(), saveButton(), deleteFilterButton(), clearButton());
        searchRow.setAlignment(Pos.CENTER_LEFT);
        FlowPane filters = new FlowPane(8, 6);
        filters.getChildren().addAll(kindToggles());
        filters.getChildren().addAll(actorField(), checkCombo("reviewTags", m.get("review.tags"), model.tagChoices(), model.tags(), s -> s),
                checkCombo("reviewStatuses", m.get("review.statuses"), FXCollections.observableArrayList(ClaimStatus.values()),
                        model.statuses(), status -> m.get("claimStatus." + status.name())),
                checkCombo("reviewOutlets", m.get("review.outlets"), model.outletChoices(), model.outlets(), s -> s),
                checkCombo("reviewAnnotators", m.get("review.annotators"), model.annotatorChoices(), model.annotators(), s -> s),
                articleCombo(), dates());
        filters.getStyleClass().add("filter-bar");
        VBox top = new VBox(8, searchRow, filters);
        top.setPadding(new Insets(10));
        setTop(top);

        table = ReviewTable.create("reviewTable", m, model.rows(), model.orderProperty(), model::loadMore, model::open);
        table.setPlaceholder(ReviewTable.placeholder("reviewEmpty", Bindings.when(model.loadingProperty())
                .then(m.get("status.loading")).otherwise(model.messageProperty())));
        setCenter(table);

        Label count = new Label();
        count.setId("reviewCount");
        count.textProperty().bind(model.countTextProperty());
        Label hint = new Label(m.get("review.openHint"));
        hint.getStyleClass().add("hint");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(8, count, spacer, hint);
        bottom.setPadding(new Insets(6, 10, 6, 10));
        bottom.getStyleClass().add("review-footer");
        setBottom(bottom);
    }

    public TableView<ReviewRow> table() {
        return table;
    }

    /** Puts the keyboard in the search box. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private List<ToggleButton> kindToggles() {
        return Arrays.stream(AnnotationKind.values()).map(kind -> {
            ToggleButton toggle = new ToggleButton(m.get("kind.plural." + kind.name()));
            toggle.setId("reviewKind" + kind.name());
            toggle.getStyleClass().addAll("kind-toggle", "kind-" + kind.name().toLowerCase(Locale.ROOT));
            toggle.setSelected(model.kinds().contains(kind));
            toggle.selectedProperty().addListener((observable, was, selected) -> {
                if (selected) {
                    model.kinds().add(kind);
                } else {
                    model.kinds().remove(kind);
                }
            });
            model.kinds().addListener((SetChangeListener<AnnotationKind>) change -> toggle.setSelected(model.kinds().contains(kind)));
            return toggle;
        }).toList();
    }

    /** A text field completing actor names (and aliases); choosing one filters by it, emptying the field clears it. */
    private TextField actorField() {
        CustomTextField field = (CustomTextField) TextFields.createClearableTextField();
        field.setId("reviewActor");
        field.setPromptText(m.get("review.actorPrompt"));
        field.setPrefColumnCount(14);
        AutoCompletionBinding<ActorSummary> completion = Completion.bind(field,
                request -> model.actorChoices().stream().filter(actor -> matches(actor, request.getUserText())).limit(12).toList(),
                new StringConverter<>() {
                    @Override
                    public String toString(ActorSummary actor) {
                        return actor == null ? "" : actor.name();
                    }

                    @Override
                    public ActorSummary fromString(String text) {
                        return null;
                    }
                });
        completion.setOnAutoCompleted(event -> model.actorProperty().set(event.getCompletion()));
        field.setOnAction(event -> model.actorChoices().stream()
                .filter(actor -> actor.name().equalsIgnoreCase(field.getText().strip())).findFirst()
                .ifPresent(actor -> model.actorProperty().set(actor)));
        field.textProperty().addListener((observable, old, text) -> {
            ActorSummary chosen = model.actorProperty().get();
            if (text.isBlank() || chosen != null && !chosen.name().equals(text)) {
                model.actorProperty().set(null);
            }
        });
        model.actorProperty().addListener((observable, old, actor) -> {
            String wanted = actor == null ? "" : actor.name();
            if (!Objects.equals(field.getText(), wanted) && (actor != null || !field.getText().isBlank() && old != null)) {
                field.setText(wanted);
            }
        });
        return field;
    }

    static boolean matches(ActorSummary actor, String typed) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return false;
        }
        return actor.name().toLowerCase(Locale.ROOT).contains(wanted)
                || actor.aliases().stream().anyMatch(alias -> alias.toLowerCase(Locale.ROOT).contains(wanted));
    }

    private <T> CheckComboBox<T> checkCombo(String id, String title, ObservableList<T> choices, ObservableList<T> chosen,
                                           Function<T, String> name) {
        CheckComboBox<T> combo = new CheckComboBox<>(choices);
        combo.setId(id);
        combo.setTitle(title);
        combo.setShowCheckedCount(true);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        boolean[] syncing = {false};
        Runnable fromModel = () -> {
            syncing[0] = true;
            combo.getCheckModel().clearChecks();
            chosen.forEach(value -> combo.getCheckModel().check(value));
            syncing[0] = false;
        };
        combo.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) change -> {
            if (!syncing[0]) {
                chosen.setAll(List.copyOf(combo.getCheckModel().getCheckedItems()));
            }
        });
        chosen.addListener((ListChangeListener<T>) change -> {
            if (!List.copyOf(combo.getCheckModel().getCheckedItems()).equals(List.copyOf(chosen))) {
                fromModel.run();
            }
        });
        choices.addListener((ListChangeListener<T>) change -> fromModel.run());
        return combo;
    }

    private ComboBox<ArticleSummary> articleCombo() {
        ComboBox<ArticleSummary> combo = new ComboBox<>(model.articleChoices());
        combo.setId("reviewArticle");
        combo.setPromptText(m.get("review.anyArticle"));
        combo.setPrefWidth(220);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(ArticleSummary article) {
                return article == null ? "" : article.title();
            }

            @Override
            public ArticleSummary fromString(String text) {
                return null;
            }
        });
        combo.setButtonCell(promptingCell(combo, ArticleSummary::title));
        combo.valueProperty().addListener((observable, old, article) -> model.articleIdProperty().set(article == null ? null : article.id()));
        model.articleIdProperty().addListener((observable, old, id) -> {
            if (id == null) {
                combo.setValue(null);
            } else if (combo.getValue() == null || combo.getValue().id() != id) {
                model.articleChoices().stream().filter(a -> a.id() == id).findFirst().ifPresent(combo::setValue);
            }
        });
        return combo;
    }

    /**
     * A combo box's button cell that shows its prompt again when the value is set back to none (JavaFX's own leaves
     * it blank once a value was chosen, so Clear looked as if it had left the filter on some article).
     */
    private static <T> ListCell<T> promptingCell(ComboBox<T> combo, Function<T, String> name) {
        ListCell<T> cell = new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                boolean none = empty || item == null;
                setText(none ? combo.getPromptText() : name.apply(item));
                pseudoClassStateChanged(PROMPT, none);
            }
        };
        // The skin also blanks the cell itself when the value goes back to none, after updateItem.
        cell.textProperty().addListener((observable, old, text) -> {
            if ((text == null || text.isEmpty()) && combo.getValue() == null) {
                cell.setText(combo.getPromptText());
                cell.pseudoClassStateChanged(PROMPT, true);
            }
        });
        return cell;
    }

    private HBox dates() {
        DatePicker from = new DatePicker();
        from.setId("reviewFrom");
        from.setPromptText(m.get("review.from"));
        from.setPrefWidth(130);
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("reviewTo");
        to.setPromptText(m.get("review.to"));
        to.setPrefWidth(130);
        to.valueProperty().bindBidirectional(model.toProperty());
        HBox dates = new HBox(4, new Label(m.get("review.dates")), from, new Label("–"), to);
        dates.setAlignment(Pos.CENTER_LEFT);
        return dates;
    }

    private ComboBox<SavedFilter> savedFilters() {
        ComboBox<SavedFilter> combo = new ComboBox<>(saved.savedFilters());
        savedCombo = combo;
        combo.setId("reviewSavedFilters");
        combo.setPromptText(m.get("review.savedFilters"));
        combo.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SavedFilter item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        combo.setButtonCell(promptingCell(combo, SavedFilter::name));
        combo.setOnAction(event -> {
            if (combo.getValue() != null) {
                saved.open(combo.getValue());
            }
        });
        return combo;
    }

    private Button saveButton() {
        Button save = new Button(m.get("review.saveFilter"));
        save.setId("reviewSaveFilter");
        save.setOnAction(event -> {
            TextInputDialog dialog = Dialogs.textInput(getScene().getWindow(), null, m.get("review.saveFilter"), m.get("review.saveFilterHeader"), "");
            dialog.getEditor().setId("filterNameField");
            dialog.showAndWait().filter(name -> !name.isBlank()).ifPresent(name -> saved.save(name, done -> { }));
        });
        return save;
    }

    private Button deleteFilterButton() {
        Button delete = new Button(m.get("review.deleteFilter"));
        delete.setId("reviewDeleteFilter");
        delete.setOnAction(event -> {
            SavedFilter chosen = savedCombo.getValue();
            if (chosen != null) {
                saved.delete(chosen);
                savedCombo.setValue(null);
            }
        });
        return delete;
    }

    private Button clearButton() {
        Button clear = new Button(m.get("review.clearFilter"));
        clear.setId("reviewClearFilter");
        clear.setOnAction(event -> model.clearFilter());
        return clear;
    }
}
