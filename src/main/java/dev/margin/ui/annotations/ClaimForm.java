package dev.margin.ui.annotations;

import dev.margin.domain.Annotation;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.ClaimKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.Evidence;
import dev.margin.domain.EvidenceStance;
import dev.margin.ui.common.Completion;
import dev.margin.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The claim part of the editor: claimant, status, kind, the normalised statement and the evidence with its stance. */
final class ClaimForm {
    private final AnnotatingViewModel annotating;
    private final Messages messages;
    private final Clock clock;
    private final GridPane grid = new GridPane();
    private final TextField claimant = new TextField();
    private final CheckBox outlet;
    private final ComboBox<ClaimStatus> status;
    private final ComboBox<ClaimKind> kind;
    private final TextArea statement = new TextArea();
    private final ListView<Evidence> evidence = new ListView<>();
    private final TextField evidenceUrl = new TextField();
    private ComboBox<EvidenceStance> stance;
    private Annotation current;
    private boolean loading;

    ClaimForm(AnnotatingViewModel annotating, Messages messages, Clock clock) {
        this.annotating = annotating;
        this.messages = messages;
        this.clock = clock;
        grid.getStyleClass().add("editor-form");
        claimant.setId("claimClaimant");
        claimant.setPromptText(messages.get("editor.speaker.prompt"));
        Completion.bind(claimant, request -> annotating.actors().complete(request.getUserText(), 12));
        outlet = new CheckBox(messages.get("editor.claimant.outlet"));
        outlet.setId("claimOutlet");
        status = FormSupport.enumBox(ClaimStatus.class, "claimStatus", messages);
        status.setId("claimStatus");
        kind = FormSupport.enumBox(ClaimKind.class, "claimKind", messages);
        kind.setId("claimKind");
        statement.setId("claimStatement");
        statement.setWrapText(true);
        statement.setPrefRowCount(2);
        claimant.disableProperty().bind(outlet.selectedProperty());
        FormSupport.row(grid, messages.get("editor.claimant"), new VBox(4, claimant, outlet));
        FormSupport.row(grid, messages.get("editor.status"), status);
        FormSupport.row(grid, messages.get("editor.claimKind"), kind);
        FormSupport.row(grid, messages.get("editor.statement"), statement);
        FormSupport.row(grid, messages.get("editor.evidence"), evidenceBox());

        FormSupport.commitOnLeave(claimant, () -> current, annotating, (claim, typed) -> {
            if (!typed.strip().equals(annotating.actors().nameOf(claim.claim().claimantActorId()))) {
                annotating.setClaimant(claim, typed);
            }
        });
        outlet.selectedProperty().addListener((observable, old, chosen) -> {
            if (!loading && current != null && chosen != current.claim().claimantIsOutlet()) {
                ClaimDetails c = current.claim();
                save(new ClaimDetails(c.statement(), chosen ? null : c.claimantActorId(), chosen, c.kind(), c.status(), c.evidence(), c.quoteId()));
            }
        });
        status.valueProperty().addListener((observable, old, chosen) -> {
            if (!loading && current != null && chosen != null && chosen != current.claim().status()) {
                save(current.claim().withStatus(chosen));
            }
        });
        kind.valueProperty().addListener((observable, old, chosen) -> {
            if (!loading && current != null && chosen != null && chosen != current.claim().kind()) {
                ClaimDetails c = current.claim();
                save(new ClaimDetails(c.statement(), c.claimantActorId(), c.claimantIsOutlet(), chosen, c.status(), c.evidence(), c.quoteId()));
            }
        });
        FormSupport.commitOnLeave(statement, () -> current, annotating, (stored, typed) -> {
            Annotation claim = newest(stored);
            if (!typed.strip().equals(claim.claim().statement())) {
                ClaimDetails c = claim.claim();
                annotating.edit(claim, claim.withClaim(new ClaimDetails(typed.strip(), c.claimantActorId(), c.claimantIsOutlet(),
                        c.kind(), c.status(), c.evidence(), c.quoteId()), clock.instant()));
            }
        });
    }

    private VBox evidenceBox() {
        evidence.setId("claimEvidence");
        // As tall as its links (up to four), so an empty list is one line and leaves the room to the rest of the editor.
        evidence.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> 30.0 + 26.0 * Math.min(4, Math.max(0, evidence.getItems().size() - 1)), evidence.getItems()));
        evidence.setMinHeight(Region.USE_PREF_SIZE);
        evidence.setPlaceholder(new Label(messages.get("editor.evidence.none")));
        evidence.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Evidence item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.get("stance." + item.stance().name()) + " · " + item.url());
            }
        });
        evidenceUrl.setId("evidenceUrl");
        evidenceUrl.setPromptText(messages.get("editor.evidence.url"));
        stance = FormSupport.enumBox(EvidenceStance.class, "stance", messages);
        stance.setId("evidenceStance");
        stance.setValue(EvidenceStance.SUPPORTS);
        stance.setMaxWidth(130);
        Button add = new Button(messages.get("editor.evidence.add"));
        add.setId("evidenceAdd");
        add.setOnAction(event -> addEvidence());
        add.setMinWidth(Region.USE_PREF_SIZE); // the link field gives up width first, never the button's word
        evidenceUrl.setOnAction(event -> addEvidence());
        Button remove = new Button(messages.get("editor.evidence.remove"));
        remove.setId("evidenceRemove");
        remove.disableProperty().bind(evidence.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> removeEvidence(evidence.getSelectionModel().getSelectedItem()));
        // Shown only when there is a link to remove.
        remove.visibleProperty().bind(Bindings.isNotEmpty(evidence.getItems()));
        remove.managedProperty().bind(remove.visibleProperty());
        HBox.setHgrow(evidenceUrl, Priority.ALWAYS);
        return new VBox(4, evidence, new HBox(4, evidenceUrl, stance, add), remove);
    }

    private void addEvidence() {
        String url = evidenceUrl.getText().strip();
        if (current == null || url.isEmpty()) {
            return;
        }
        List<Evidence> more = new ArrayList<>(current.claim().evidence());
        more.add(new Evidence(url, null, stance.getValue(), ""));
        evidenceUrl.clear();
        save(withEvidence(current.claim(), more));
    }

    private void removeEvidence(Evidence item) {
        if (current == null || item == null) {
            return;
        }
        List<Evidence> fewer = new ArrayList<>(current.claim().evidence());
        fewer.remove(item);
        save(withEvidence(current.claim(), fewer));
    }

    private static ClaimDetails withEvidence(ClaimDetails c, List<Evidence> list) {
        return new ClaimDetails(c.statement(), c.claimantActorId(), c.claimantIsOutlet(), c.kind(), c.status(), list, c.quoteId());
    }

    /**
     * Saves the claim as edited and keeps the edited version as the one shown: the next choice (a status right after
     * a kind, say) builds on it, not on the stored version the first save has not reached yet, which would drop it.
     */
    private void save(ClaimDetails details) {
        Annotation edited = current.withClaim(details, clock.instant());
        annotating.edit(current, edited);
        current = edited;
    }

    /** The version shown when it is newer than the stored one handed to a field's commit (the same claim, saved since). */
    private Annotation newest(Annotation stored) {
        return current != null && current.id().equals(stored.id()) && current.modified().isAfter(stored.modified()) ? current : stored;
    }

    GridPane node() {
        return grid;
    }

    void show(Annotation claim) {
        loading = true;
        current = claim;
        ClaimDetails c = claim.claim();
        if (!claimant.isFocused()) {
            claimant.setText(c.claimantIsOutlet() ? "" : annotating.actors().nameOf(c.claimantActorId()));
        }
        outlet.setSelected(c.claimantIsOutlet());
        status.setValue(c.status());
        kind.setValue(c.kind());
        if (!statement.isFocused()) {
            statement.setText(c.statement());
        }
        evidence.getItems().setAll(c.evidence());
        loading = false;
    }
}
