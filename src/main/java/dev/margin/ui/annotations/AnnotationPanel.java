package dev.margin.ui.annotations;

import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.ui.common.Icons;
import dev.margin.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.time.Clock;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The right-hand panel: under the heading of the article's own annotations, one toggle per kind (with its count)
 * to show or hide it, the annotations in text order, and the editor of the selected one below (other sections,
 * such as Suggestions, go above the heading). Selecting an annotation here
 * selects it in the view-model; the window scrolls the article to it.
 */
public final class AnnotationPanel extends VBox {
    private final ListView<Annotation> list = new ListView<>();
    private final SplitPane split;
    private final AnnotationEditor editor;

    public AnnotationPanel(AnnotatingViewModel annotating, AnnotationListViewModel listModel, Messages messages, Clock clock,
                           BiConsumer<AnnotatingViewModel, Annotation> reattachToSelection, Consumer<String> openLink) {
        setId("annotationPanel");
        getStyleClass().add("annotation-panel");
        getStylesheets().add(AnnotationPanel.class.getResource("annotations.css").toExternalForm());

        Label heading = new Label(messages.get("annotations.heading"));
        heading.setId("annotationsHeading");
        heading.getStyleClass().add("annotations-heading");
        FlowPane toggles = new FlowPane(4, 4);
        toggles.getStyleClass().add("kind-toggles");
        for (AnnotationKind kind : new AnnotationKind[] {AnnotationKind.QUOTE, AnnotationKind.ACTOR, AnnotationKind.CLAIM, AnnotationKind.HIGHLIGHT}) {
            ToggleButton toggle = new ToggleButton();
            toggle.setId("show" + kind.name().charAt(0) + kind.name().substring(1).toLowerCase(Locale.ROOT));
            toggle.setGraphic(Icons.ofKind(kind));
            toggle.textProperty().bind(Bindings.createStringBinding(
                    () -> messages.get("kind.count." + kind.name(), listModel.count(kind).get()),
                    listModel.count(kind)));
            toggle.setSelected(listModel.isKindShown(kind));
            toggle.selectedProperty().addListener((observable, old, shown) -> listModel.setKindShown(kind, shown));
            listModel.hiddenKinds().addListener((SetChangeListener<AnnotationKind>) change -> toggle.setSelected(listModel.isKindShown(kind)));
            toggle.getStyleClass().add("small");
            toggles.getChildren().add(toggle);
        }

        list.setId("annotationList");
        list.setItems(listModel.visible());
        list.setCellFactory(view -> new AnnotationCell(messages, annotating.actors()));
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, chosen) -> {
            if (chosen != null && !chosen.equals(annotating.selectedProperty().get())) {
                annotating.selectedProperty().set(chosen);
            }
        });
        annotating.selectedProperty().addListener((observable, old, selected) -> {
            if (selected == null) {
                list.getSelectionModel().clearSelection();
            } else if (!selected.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(selected);
                list.scrollTo(selected);
            }
        });
        annotating.actors().versionProperty().addListener((observable, old, version) -> list.refresh());
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE && list.getSelectionModel().getSelectedItem() != null) {
                annotating.delete(list.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        Label empty = new Label(messages.get("annotations.empty"));
        empty.setId("annotationsEmpty");
        empty.getStyleClass().add("empty-state");
        empty.setMouseTransparent(true);
        empty.visibleProperty().bind(Bindings.isEmpty(annotating.annotations()));
        StackPane listArea = new StackPane(list, empty);

        editor = new AnnotationEditor(annotating, messages, clock, reattachToSelection, openLink);
        split = new SplitPane(listArea, editor);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox header = new VBox(2, heading, toggles);
        header.getStyleClass().add("annotations-header");
        getChildren().addAll(header, split);
    }

    public ListView<Annotation> list() {
        return list;
    }

    /** The editor of the selected annotation (the window's keys jump to its note and tags). */
    public AnnotationEditor editor() {
        return editor;
    }

    public SplitPane split() {
        return split;
    }
}
