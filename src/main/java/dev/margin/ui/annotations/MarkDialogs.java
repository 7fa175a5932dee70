package dev.margin.ui.annotations;

import dev.margin.ui.common.Dialogs;
import dev.margin.domain.Actor;
import dev.margin.domain.ActorType;
import dev.margin.domain.ClaimKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.QuoteType;
import dev.margin.suggest.ClaimKinds;
import dev.margin.suggest.QuoteProposal;
import dev.margin.ui.common.Excerpt;
import dev.margin.ui.common.Completion;
import dev.margin.ui.common.Messages;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.Optional;

/**
 * The small dialogs that open when the user presses Q, A or C on a selection. Made for the keyboard:
 * the first field has the focus with the proposal selected, Enter accepts, Tab moves between fields,
 * Escape cancels. Names autocomplete from the actors the library knows.
 */
public final class MarkDialogs {
    private final Messages messages;
    private final ActorDirectory actors;

    public MarkDialogs(Messages messages, ActorDirectory actors) {
        this.messages = messages;
        this.actors = actors;
    }

    /**
     * Asks for a quote's speaker, cue and type, filled in with the proposal. Under the speaker it says which
     * library actor the typed name means, or that a new actor will be created, and then asks its type.
     */
    public Optional<QuoteInput> askQuote(Window owner, String words, QuoteProposal proposal) {
        Dialog<QuoteInput> dialog = dialog(owner, "mark.quote.title", words);
        TextField speaker = nameField("markSpeaker", proposal.name());
        TextField cue = new TextField(proposal.cue());
        cue.setId("markCue");
        ComboBox<QuoteType> type = FormSupport.enumBox(QuoteType.class, "quoteType", messages);
        type.setId("markQuoteType");
        type.setValue(proposal.type());
        ComboBox<ActorType> newSpeakerType = FormSupport.enumBox(ActorType.class, "actorType", messages);
        newSpeakerType.setId("markSpeakerType");
        newSpeakerType.setValue(proposal.speakerType());
        Label notice = new Label();
        notice.setId("markSpeakerNotice");
        notice.setWrapText(true);
        // A wrapped label asks for its lines' height only when its least height follows its preferred one.
        notice.setMinHeight(Region.USE_PREF_SIZE);
        notice.getStyleClass().add("form-label");
        HBox newSpeakerRow = new HBox(6, new Label(messages.get("mark.newSpeakerType")), newSpeakerType);
        newSpeakerRow.setAlignment(Pos.BASELINE_LEFT);
        speaker.textProperty().addListener((observable, old, typed) -> {
            boolean shownBefore = notice.isManaged() || newSpeakerRow.isManaged();
            showWhoIsMeant(typed, notice, newSpeakerRow);
            if (shownBefore != (notice.isManaged() || newSpeakerRow.isManaged())) {
                // The notice came or went: the dialog grows or shrinks with it, so its buttons stay in view.
                Platform.runLater(() -> {
                    if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() instanceof Stage stage) {
                        stage.sizeToScene();
                    }
                });
            }
        });
        showWhoIsMeant(speaker.getText(), notice, newSpeakerRow);
        GridPane grid = form(dialog, words);
        FormSupport.row(grid, messages.get("editor.speaker"), new VBox(4, speaker, notice, newSpeakerRow));
        Label hint = new Label(proposal.hasName() ? messages.get("mark.proposal", proposal.name()) : messages.get("mark.noProposal"));
        hint.getStyleClass().add("form-label");
        grid.add(hint, 1, grid.getRowCount());
        FormSupport.row(grid, messages.get("editor.cue"), cue);
        FormSupport.row(grid, messages.get("editor.quoteType"), type);
        dialog.setResultConverter(button -> button != null && button.getButtonData() == ButtonBar.ButtonData.OK_DONE
                ? new QuoteInput(speaker.getText(), newSpeakerType.getValue(), cue.getText(), type.getValue(), proposal) : null);
        focus(speaker);
        return dialog.showAndWait();
    }

    /** Lets the dialog's window grow or shrink with its content (a row added or removed), so its buttons stay in view. */
    private static void fitToContent(Dialog<?> dialog) {
        Platform.runLater(() -> {
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() instanceof Stage stage) {
                stage.sizeToScene();
            }
        });
    }

    /** Which actor the typed speaker means (said only when the name differs), or that a new one will be created. */
    private void showWhoIsMeant(String typed, Label notice, HBox newSpeakerRow) {
        String name = typed == null ? "" : typed.strip();
        Optional<Actor> meant = actors.find(name);
        boolean isNew = !name.isEmpty() && meant.isEmpty();
        String text = isNew ? messages.get("mark.newSpeaker", name)
                : meant.filter(actor -> !actor.name().equalsIgnoreCase(name)).map(actor -> messages.get("mark.knownSpeaker", actor.name())).orElse("");
        notice.setText(text);
        showIf(notice, !text.isEmpty());
        showIf(newSpeakerRow, isNew);
    }

    private static void showIf(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    public Optional<ActorInput> askActor(Window owner, String words, String proposedName) {
        Dialog<ActorInput> dialog = dialog(owner, "mark.actor.title", words);
        TextField name = nameField("markActorName", proposedName);
        ComboBox<ActorType> type = FormSupport.enumBox(ActorType.class, "actorType", messages);
        type.setId("markActorType");
        type.setValue(actors.find(proposedName).map(Actor::type).orElse(ActorType.PERSON));
        TextField role = new TextField();
        role.setId("markActorRole");
        GridPane grid = form(dialog, words);
        FormSupport.row(grid, messages.get("editor.actor"), name);
        FormSupport.row(grid, messages.get("editor.actorType"), type);
        FormSupport.row(grid, messages.get("editor.role"), role);
        dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0)).disableProperty()
                .bind(name.textProperty().isEmpty());
        dialog.setResultConverter(button -> button != null && button.getButtonData() == ButtonBar.ButtonData.OK_DONE
                ? new ActorInput(name.getText(), type.getValue(), role.getText()) : null);
        focus(name);
        return dialog.showAndWait();
    }

    /** Asks for a claim's details; its kind is proposed from {@code words} read in the article's {@code language}. */
    public Optional<ClaimInput> askClaim(Window owner, String words, String language, String proposedClaimant) {
        Dialog<ClaimInput> dialog = dialog(owner, "mark.claim.title", words);
        TextField claimant = nameField("markClaimant", proposedClaimant);
        CheckBox outlet = new CheckBox(messages.get("editor.claimant.outlet"));
        outlet.setId("markClaimOutlet");
        ComboBox<ClaimStatus> status = FormSupport.enumBox(ClaimStatus.class, "claimStatus", messages);
        status.setId("markClaimStatus");
        status.setValue(ClaimStatus.UNVERIFIED);
        ComboBox<ClaimKind> kind = FormSupport.enumBox(ClaimKind.class, "claimKind", messages);
        kind.setId("markClaimKind");
        kind.setValue(ClaimKinds.guess(words, language));
        TextField statement = new TextField();
        statement.setId("markStatement");
        exclusive(claimant, outlet);
        EvidenceRows evidence = new EvidenceRows(messages, () -> fitToContent(dialog));
        GridPane grid = form(dialog, words);
        FormSupport.row(grid, messages.get("editor.claimant"), new VBox(4, claimant, outlet));
        FormSupport.row(grid, messages.get("editor.status"), status);
        FormSupport.row(grid, messages.get("editor.claimKind"), kind);
        FormSupport.row(grid, messages.get("editor.statement"), statement);
        FormSupport.row(grid, messages.get("editor.evidence"), evidence.node());
        dialog.getDialogPane().setPrefWidth(600);
        dialog.setResultConverter(button -> button != null && button.getButtonData() == ButtonBar.ButtonData.OK_DONE
                ? new ClaimInput(claimant.getText(), outlet.isSelected(), kind.getValue(), status.getValue(), statement.getText(),
                evidence.evidence()) : null);
        focus(claimant);
        return dialog.showAndWait();
    }

    /**
     * A claim is made by an actor or by the outlet itself, never both: ticking the outlet empties and disables the
     * claimant (what was typed comes back when it is unticked), so the dialog never shows a claimant it would not save.
     */
    static void exclusive(TextField claimant, CheckBox outlet) {
        String[] held = {""};
        outlet.selectedProperty().addListener((observable, was, chosen) -> {
            if (chosen) {
                held[0] = claimant.getText();
                claimant.clear();
            } else if (claimant.getText().isEmpty()) {
                claimant.setText(held[0]);
            }
        });
        claimant.disableProperty().bind(outlet.selectedProperty());
    }

    private <T> Dialog<T> dialog(Window owner, String titleKey, String words) {
        Dialog<T> dialog = Dialogs.dialog(owner, "markDialog", messages.get(titleKey), Dialogs.Size.FORM);
        ButtonType mark = new ButtonType(messages.get("mark.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(mark, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(mark).setId("markAccept");
        dialog.getDialogPane().setPrefWidth(480);
        return dialog;
    }

    private GridPane form(Dialog<?> dialog, String words) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("editor-form");
        grid.setHgap(8);
        grid.setVgap(6);
        Label quoted = new Label(Excerpt.quoted(words, 200));
        quoted.setWrapText(true);
        quoted.getStyleClass().add("editor-exact");
        VBox content = new VBox(10, quoted, grid);
        content.getStyleClass().add("mark-dialog-content");
        // Room on the left: the dialog pane's own padding is flat in the theme, and labels would touch its edge.
        content.setPadding(new Insets(4, 4, 0, 12));
        dialog.getDialogPane().setContent(content);
        return grid;
    }

    private TextField nameField(String id, String proposal) {
        TextField field = new TextField(proposal);
        field.setId(id);
        field.setPromptText(messages.get("editor.speaker.prompt"));
        Completion.bind(field, request -> actors.complete(request.getUserText(), 12));
        return field;
    }

    /** Gives the dialog's window and its first field the keyboard once shown, so typing starts at once. */
    private static void focus(TextField field) {
        Platform.runLater(() -> {
            if (field.getScene() != null && field.getScene().getWindow() != null) {
                field.getScene().getWindow().requestFocus();
            }
            field.requestFocus();
            field.selectAll();
        });
    }
}
