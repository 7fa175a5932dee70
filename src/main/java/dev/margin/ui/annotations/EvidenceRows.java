package dev.margin.ui.annotations;

import dev.margin.domain.Evidence;
import dev.margin.domain.EvidenceStance;
import dev.margin.ui.common.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * The evidence part of the claim dialog (C): one row per source, each a link, its stance and a short note, with a
 * button for another row and one to drop a row. Rows without a link are left out; what is kept is saved with the
 * claim in the same undoable change. {@code onResize} runs when a row comes or goes, so the dialog can grow with it.
 */
final class EvidenceRows {
    private final Messages messages;
    private final Runnable onResize;
    private final VBox rows = new VBox(4);
    private final VBox node;

    EvidenceRows(Messages messages, Runnable onResize) {
        this.messages = messages;
        this.onResize = onResize;
        rows.setId("markEvidenceRows");
        Button another = new Button(messages.get("mark.evidence.another"));
        another.setId("markEvidenceAnother");
        another.setOnAction(event -> addRow().getChildren().get(0).requestFocus());
        addRow();
        node = new VBox(4, rows, another);
    }

    VBox node() {
        return node;
    }

    private HBox addRow() {
        TextField url = new TextField();
        url.getStyleClass().add("evidence-url");
        url.setPromptText(messages.get("editor.evidence.url"));
        url.setPrefColumnCount(16);
        ComboBox<EvidenceStance> stance = FormSupport.enumBox(EvidenceStance.class, "stance", messages);
        stance.getStyleClass().add("evidence-stance");
        stance.setValue(EvidenceStance.SUPPORTS);
        stance.setMinWidth(Region.USE_PREF_SIZE);
        TextField note = new TextField();
        note.getStyleClass().add("evidence-note");
        note.setPromptText(messages.get("mark.evidence.note"));
        note.setPrefColumnCount(8);
        Button remove = new Button("−");
        remove.getStyleClass().add("evidence-remove");
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.setAccessibleText(messages.get("editor.evidence.remove"));
        HBox row = new HBox(4, url, stance, note, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("evidence-row");
        row.setUserData(new Fields(url, stance, note));
        HBox.setHgrow(url, Priority.ALWAYS);
        HBox.setHgrow(note, Priority.SOMETIMES);
        remove.setOnAction(event -> {
            rows.getChildren().remove(row);
            if (rows.getChildren().isEmpty()) {
                addRow();
            }
            onResize.run();
        });
        rows.getChildren().add(row);
        onResize.run();
        return row;
    }

    /** The evidence as typed: every row with a link, in order. */
    List<Evidence> evidence() {
        List<Evidence> list = new ArrayList<>();
        rows.getChildren().forEach(child -> {
            Fields fields = (Fields) child.getUserData();
            String url = fields.url().getText().strip();
            if (!url.isEmpty()) {
                list.add(new Evidence(url, null, fields.stance().getValue(), fields.note().getText().strip()));
            }
        });
        return list;
    }

    private record Fields(TextField url, ComboBox<EvidenceStance> stance, TextField note) {
    }
}
