package dev.margin.ui.claims;

import dev.margin.domain.Annotation;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.Evidence;
import dev.margin.domain.EvidenceStance;
import dev.margin.domain.read.ReviewRow;
import dev.margin.ui.common.Excerpt;
import dev.margin.ui.common.Messages;
import dev.margin.ui.review.ReviewTable;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.Locale;

/** The claims view: status groups with counts, the group's claims, and the selected claim's status and evidence. */
public final class ClaimsView extends SplitPane {
    private final ClaimsViewModel model;
    private final Messages m;
    private final ComboBox<ClaimStatus> statusChoice = new ComboBox<>(FXCollections.observableArrayList(ClaimStatus.values()));
    private final ListView<Evidence> evidence = new ListView<>();
    private final Label claimText = new Label();
    private boolean showing;

    public ClaimsView(ClaimsViewModel model, Messages messages) {
        this.model = model;
        this.m = messages;
        setId("claimsView");
        getStyleClass().add("claims-view");

        ListView<ClaimsViewModel.StatusGroup> groups = new ListView<>(model.groups());
        groups.setId("claimStatusList");
        groups.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ClaimsViewModel.StatusGroup group, boolean empty) {
                super.updateItem(group, empty);
                getStyleClass().removeIf(style -> style.startsWith("status-"));
                if (empty || group == null) {
                    setText(null);
                    return;
                }
                setText(m.get("claims.group", m.get("claimStatus." + group.status().name()), group.count()));
                getStyleClass().add("status-" + group.status().name().toLowerCase(Locale.ROOT));
            }
        });
        groups.getSelectionModel().selectedItemProperty().addListener((observable, old, group) -> {
            if (group != null) {
                model.statusProperty().set(group.status());
            }
        });
        model.groups().addListener((ListChangeListener<ClaimsViewModel.StatusGroup>) change ->
                model.groups().stream().filter(g -> g.status() == model.statusProperty().get()).findFirst()
                        .ifPresent(g -> groups.getSelectionModel().select(g)));
        groups.setPrefWidth(200);

        TableView<ReviewRow> table = ReviewTable.create("claimsTable", m, model.claims().rows(), model.claims().orderProperty(),
                model.claims()::loadMore, row -> model.openSelected());
        // an empty status group says so, rather than the annotations tab's "no annotations match these filters"
        table.setPlaceholder(ReviewTable.placeholder("claimsEmpty", javafx.beans.binding.Bindings.createStringBinding(
                () -> model.claims().messageProperty().get().equals(m.get("review.noMatch")) && model.statusProperty().get() != null
                        ? m.get("claims.emptyGroup", m.get("claimStatus." + model.statusProperty().get().name()))
                        : model.claims().messageProperty().get(),
                model.claims().messageProperty(), model.statusProperty())));
        // every row here is a claim: the kind column would only take width from the claim's text
        table.getColumns().removeIf(column -> "columnKIND".equals(column.getId()));
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> model.selectedRowProperty().set(row));
        // A claim whose row was replaced in place (a new status) stays selected.
        model.claims().rows().addListener((ListChangeListener<ReviewRow>) change -> {
            Annotation shown = model.claimProperty().get();
            if (shown != null && table.getSelectionModel().getSelectedItem() == null) {
                model.claims().rows().stream().filter(row -> row.annotationId().equals(shown.id())).findFirst()
                        .ifPresent(row -> table.getSelectionModel().select(row));
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        VBox centre = new VBox(table, detail());
        getItems().addAll(groups, centre);
        setDividerPositions(0.18);
        model.claimProperty().addListener((observable, old, claim) -> show(claim));
        show(null);
    }

    private VBox detail() {
        claimText.setId("reviewClaimText");
        claimText.setWrapText(true);
        // a wrapped label in a VBox that may shrink it is otherwise cut to one line with an ellipsis
        claimText.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        claimText.getStyleClass().add("claim-text");
        statusChoice.setId("reviewClaimStatus");
        statusChoice.setConverter(converter());
        statusChoice.valueProperty().addListener((observable, old, chosen) -> {
            if (!showing && chosen != null) {
                model.changeStatus(chosen);
            }
        });
        Button open = new Button(m.get("claims.open"));
        open.setId("reviewClaimOpen");
        open.setOnAction(event -> model.openSelected());
        HBox statusRow = new HBox(8, new Label(m.get("claims.status")), statusChoice, open);
        statusRow.setAlignment(Pos.CENTER_LEFT);
        Label notice = new Label();
        notice.setId("reviewClaimNotice");
        notice.setWrapText(true);
        notice.getStyleClass().add("claim-notice");
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());

        evidence.setId("reviewClaimEvidence");
        evidence.setPrefHeight(90);
        evidence.setPlaceholder(new Label(m.get("claims.noEvidence")));
        evidence.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Evidence item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : m.get("claims.evidenceEntry", m.get("evidenceStance." + item.stance().name()),
                        item.url(), item.archivedUrl() == null ? "" : item.archivedUrl(), item.note()));
            }
        });

        TextField url = field("reviewEvidenceUrl", m.get("claims.url"));
        TextField archived = field("reviewEvidenceArchived", m.get("claims.archived"));
        TextField note = field("reviewEvidenceNote", m.get("claims.note"));
        ComboBox<EvidenceStance> stance = new ComboBox<>(FXCollections.observableArrayList(EvidenceStance.values()));
        stance.setId("reviewEvidenceStance");
        stance.setValue(EvidenceStance.SUPPORTS);
        stance.setConverter(new StringConverter<>() {
            @Override
            public String toString(EvidenceStance value) {
                return value == null ? "" : m.get("evidenceStance." + value.name());
            }

            @Override
            public EvidenceStance fromString(String text) {
                return null;
            }
        });
        Button add = new Button(m.get("claims.addEvidence"));
        add.setId("reviewAddEvidence");
        add.setOnAction(event -> {
            model.addEvidence(url.getText(), archived.getText(), stance.getValue(), note.getText());
            url.clear();
            archived.clear();
            note.clear();
        });
        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(6);
        form.addRow(0, url, archived);
        form.addRow(1, stance, note, add);
        GridPane.setHgrow(url, Priority.ALWAYS);
        GridPane.setHgrow(archived, Priority.ALWAYS);

        VBox detail = new VBox(8, claimText, statusRow, notice, new Label(m.get("claims.evidence")), evidence, form);
        detail.setId("reviewClaimDetail");
        detail.setPadding(new Insets(10));
        detail.getStyleClass().add("claim-detail");
        detail.disableProperty().bind(model.claimProperty().isNull());
        return detail;
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    private StringConverter<ClaimStatus> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(ClaimStatus value) {
                return value == null ? "" : m.get("claimStatus." + value.name());
            }

            @Override
            public ClaimStatus fromString(String text) {
                return null;
            }
        };
    }

    private void show(Annotation claim) {
        showing = true;
        try {
            if (claim == null) {
                claimText.setText(m.get("claims.choose"));
                statusChoice.setValue(null);
                evidence.getItems().clear();
            } else {
                String statement = claim.claim().statement();
                claimText.setText(Excerpt.quoted(claim.exact(), Excerpt.ON_A_PAGE) + (statement.isBlank() || statement.equals(claim.exact()) ? "" : "\n" + statement));
                statusChoice.setValue(claim.claim().status());
                evidence.getItems().setAll(claim.claim().evidence());
            }
        } finally {
            showing = false;
        }
    }
}
