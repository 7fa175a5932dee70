package dev.margin.ui.annotations;

import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.ui.common.Icons;
import dev.margin.ui.common.Messages;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.skin.VirtualFlow;
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
    /** The list keeps at least this height (about four items) when the editor takes room for a long form. */
    static final double LEAST_LIST_HEIGHT = 150;

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
                return;
            }
            if (!selected.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(selected);
            }
            // Once the editor shows the annotation: give it the room it needs, then show the item whole in the list.
            Platform.runLater(() -> {
                fitEditor();
                // After the list has been laid out at its new height.
                Platform.runLater(() -> revealInList(selected));
            });
        });
        annotating.actors().versionProperty().addListener((observable, old, version) -> list.refresh());
        // A smaller window or a moved divider must not hide the selected item either.
        list.heightProperty().addListener((observable, old, height) -> {
            Annotation selected = annotating.selectedProperty().get();
            if (selected != null && height.doubleValue() < old.doubleValue()) {
                Platform.runLater(() -> revealInList(selected));
            }
        });
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

    /**
     * Moves the divider up just enough for the editor to show the selected annotation without scrolling, keeping at
     * least {@value #LEAST_LIST_HEIGHT} px of the list. It never moves down: an editor the user made taller stays so.
     */
    private void fitEditor() {
        double total = split.getHeight();
        double needed = editor.neededHeight();
        if (total <= 0 || needed <= editor.getHeight() + 1 || split.getDividers().isEmpty()) {
            return;
        }
        double divider = Math.max(0, total - list.getParent().getLayoutBounds().getHeight() - editor.getHeight());
        double listHeight = Math.max(LEAST_LIST_HEIGHT, total - divider - needed);
        double position = listHeight / total;
        if (position < split.getDividerPositions()[0]) {
            split.setDividerPositions(position);
            split.layout();
        }
    }

    /** Scrolls the list the least that shows the annotation's item whole (a list's own scrollTo puts it at the top). */
    private void revealInList(Annotation annotation) {
        int index = list.getItems().indexOf(annotation);
        if (index < 0) {
            return;
        }
        if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            list.layout();
            flow.scrollTo(index);
        } else {
            list.scrollTo(index);
        }
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
