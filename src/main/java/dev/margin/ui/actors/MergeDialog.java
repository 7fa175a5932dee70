package dev.margin.ui.actors;

import dev.margin.ui.common.Dialogs;
import dev.margin.domain.read.ActorSummary;
import dev.margin.ui.common.Messages;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Merging the selected actor with another: choose the other one, choose which of the two to keep, see what the
 * kept actor will have; OK merges through the view-model (one transaction in {@code ActorService}).
 */
final class MergeDialog extends Dialog<ButtonType> {
    MergeDialog(ActorsViewModel model, Messages m, Window owner) {
        ActorSummary current = model.selectedProperty().get();
        Dialogs.prepare(this, owner, "mergeDialog", m.get("actors.mergeTitle"), m.get("actors.mergeHeader", current.name()), Dialogs.Size.FORM);

        ComboBox<ActorSummary> other = new ComboBox<>(model.actors().filtered(actor -> actor.id() != current.id()));
        other.setId("mergeOther");
        other.setPromptText(m.get("actors.mergeOther"));
        other.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ActorSummary actor, boolean empty) {
                super.updateItem(actor, empty);
                setText(empty || actor == null ? null : m.get("actors.listEntry", actor.name(), actor.quotes(), actor.mentions(), actor.claims()));
            }
        });
        other.setButtonCell(other.getCellFactory().call(null));
        ToggleGroup keep = new ToggleGroup();
        RadioButton keepCurrent = new RadioButton(m.get("actors.keep", current.name()));
        keepCurrent.setId("mergeKeepCurrent");
        keepCurrent.setToggleGroup(keep);
        keepCurrent.setSelected(true);
        RadioButton keepOther = new RadioButton(m.get("actors.keepOther"));
        keepOther.setId("mergeKeepOther");
        keepOther.setToggleGroup(keep);
        Label preview = new Label(model.mergePreview(null, null));
        preview.setId("mergePreview");
        preview.setWrapText(true);
        preview.setMaxWidth(420);
        Runnable update = () -> {
            ActorSummary chosen = other.getValue();
            keepOther.setText(chosen == null ? m.get("actors.keepOther") : m.get("actors.keep", chosen.name()));
            preview.setText(keepCurrent.isSelected() ? model.mergePreview(current, chosen) : model.mergePreview(chosen, current));
        };
        other.valueProperty().addListener((observable, old, chosen) -> update.run());
        keep.selectedToggleProperty().addListener((observable, old, toggle) -> update.run());

        VBox content = new VBox(10, other, keepCurrent, keepOther, preview);
        content.setPadding(new Insets(10));
        getDialogPane().setContent(content);
        ButtonType mergeButton = new ButtonType(m.get("actors.mergeConfirm"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(mergeButton, ButtonType.CANCEL);
        getDialogPane().lookupButton(mergeButton).setId("mergeConfirm");
        getDialogPane().lookupButton(mergeButton).disableProperty().bind(other.valueProperty().isNull());
        setResultConverter(button -> {
            if (button == mergeButton && other.getValue() != null) {
                if (keepCurrent.isSelected()) {
                    model.merge(current, other.getValue());
                } else {
                    model.merge(other.getValue(), current);
                }
            }
            return button;
        });
    }
}
