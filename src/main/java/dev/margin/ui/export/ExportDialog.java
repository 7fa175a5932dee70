package dev.margin.ui.export;

import dev.margin.ui.common.Dialogs;
import dev.margin.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The export dialog: what is exported, the format (with CSV's byte-order mark, the PDF's article text and
 * ClaimReview's reviewing organisation), then the file or folder
 * chosen through {@link FileDialogs}; while the export runs, its progress and a Cancel button; at the end
 * where it went, with "Open folder". A failure gets its own dialog naming the file and the reason.
 */
public final class ExportDialog {
    private final ExportViewModel model;
    private final FileDialogs dialogs;
    private final Messages messages;
    private final Consumer<Path> openFolder;
    private final ExportSubject subject;
    private final Stage stage;
    private final Label result = new Label();
    private final Button openFolderButton = new Button();
    private Path lastFolder;
    private boolean closeWhenStopped;

    public ExportDialog(Window owner, ExportSubject subject, ExportViewModel model, FileDialogs dialogs, Messages messages,
                        Consumer<Path> openFolder) {
        this.model = model;
        this.dialogs = dialogs;
        this.messages = messages;
        this.openFolder = openFolder;
        this.subject = subject;
        stage = Dialogs.window(messages.get("export.title"), Dialogs.Size.WINDOW_FORM);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        VBox root = new VBox(12, heading(), formats(), progress(), outcome(), buttons());
        root.setId("exportDialog");
        root.getStyleClass().add("export-dialog");
        root.setPadding(new Insets(16));
        root.setPrefWidth(560);
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        scene.getStylesheets().add(ExportDialog.class.getResource("export.css").toExternalForm());
        stage.setScene(scene);
        // The progress and outcome rows come and go: the window grows and shrinks with them.
        model.runningProperty().addListener((observable, was, running) -> stage.sizeToScene());
        result.textProperty().addListener((observable, was, text) -> stage.sizeToScene());
        // Closing the window while an export runs cancels it; the dialog closes once the export has stopped.
        stage.setOnCloseRequest(event -> {
            if (model.runningProperty().get()) {
                model.cancel();
                closeWhenStopped = true;
                event.consume();
            }
        });
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    private VBox heading() {
        Label title = new Label(messages.get("export.heading"));
        title.getStyleClass().add("export-title");
        Label what = new Label(subject.description());
        what.setId("exportSubject");
        what.setWrapText(true);
        return new VBox(2, title, what);
    }

    private VBox formats() {
        ToggleGroup group = new ToggleGroup();
        VBox box = new VBox(6);
        box.getStyleClass().add("export-formats");
        for (FormatOption option : FormatOption.values()) {
            RadioButton radio = new RadioButton(messages.get(option.messageKey()));
            radio.setId("exportFormat-" + option.name());
            radio.setToggleGroup(group);
            radio.setUserData(option);
            radio.setSelected(model.formatProperty().get() == option);
            Label detail = new Label(messages.get(option.messageKey() + ".detail"));
            detail.getStyleClass().add("export-format-detail");
            detail.setWrapText(true);
            detail.setMinHeight(Region.USE_PREF_SIZE);
            detail.setOnMouseClicked(event -> radio.setSelected(true));
            VBox entry = new VBox(1, radio, detail);
            if (option == FormatOption.CSV) {
                CheckBox bom = new CheckBox(messages.get("export.csvBom"));
                bom.setId("exportCsvBom");
                bom.selectedProperty().bindBidirectional(model.bomProperty());
                bom.disableProperty().bind(radio.selectedProperty().not());
                bom.getStyleClass().add("export-format-detail");
                entry.getChildren().add(bom);
            }
            if (option == FormatOption.PDF) {
                CheckBox text = new CheckBox(messages.get("export.pdfText"));
                text.setId("exportPdfText");
                text.selectedProperty().bindBidirectional(model.articleTextProperty());
                text.disableProperty().bind(radio.selectedProperty().not());
                text.getStyleClass().add("export-format-detail");
                entry.getChildren().add(text);
            }
            if (option == FormatOption.CLAIMREVIEW) {
                GridPane reviewer = reviewerFields();
                reviewer.disableProperty().bind(radio.selectedProperty().not());
                entry.getChildren().add(reviewer);
            }
            box.getChildren().add(entry);
        }
        group.selectedToggleProperty().addListener((observable, old, chosen) -> {
            if (chosen != null) {
                model.formatProperty().set((FormatOption) chosen.getUserData());
            }
        });
        box.disableProperty().bind(model.runningProperty());
        return box;
    }

    /** The reviewing organisation, set once: its name, web site and the page the reviews go on; kept in the settings. */
    private GridPane reviewerFields() {
        GridPane grid = new GridPane();
        grid.setId("exportReviewer");
        grid.getStyleClass().add("export-reviewer");
        grid.setHgap(8);
        grid.setVgap(4);
        grid.setPadding(new Insets(4, 0, 0, 24));
        String[][] fields = {{"exportOrganisation", "export.organisation"}, {"exportOrganisationUrl", "export.organisationUrl"},
                {"exportReviewUrl", "export.reviewUrl"}};
        List<javafx.beans.property.StringProperty> values = List.of(model.organisationProperty(), model.organisationUrlProperty(),
                model.reviewUrlProperty());
        for (int row = 0; row < fields.length; row++) {
            Label label = new Label(messages.get(fields[row][1]));
            label.getStyleClass().add("export-format-detail");
            label.setMinWidth(Region.USE_PREF_SIZE);
            TextField field = new TextField();
            field.setId(fields[row][0]);
            field.setPromptText(messages.get(fields[row][1] + ".prompt"));
            field.textProperty().bindBidirectional(values.get(row));
            label.setLabelFor(field);
            GridPane.setHgrow(field, Priority.ALWAYS);
            grid.addRow(row, label, field);
        }
        return grid;
    }

    private VBox progress() {
        ProgressBar bar = new ProgressBar();
        bar.setId("exportProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button(messages.get("export.cancel"));
        cancel.setId("exportCancel");
        cancel.setOnAction(event -> model.cancel());
        Label text = new Label();
        text.setId("exportProgressText");
        text.textProperty().bind(model.progressTextProperty());
        HBox row = new HBox(8, bar, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, row, text);
        box.getStyleClass().add("export-progress");
        box.visibleProperty().bind(model.runningProperty());
        box.managedProperty().bind(model.runningProperty());
        return box;
    }

    private HBox outcome() {
        result.setId("exportResult");
        result.setWrapText(true);
        HBox.setHgrow(result, Priority.ALWAYS);
        result.setMaxWidth(Double.MAX_VALUE);
        openFolderButton.setText(messages.get("export.openFolder"));
        openFolderButton.setId("exportOpenFolder");
        openFolderButton.setOnAction(event -> {
            if (lastFolder != null) {
                openFolder.accept(lastFolder);
            }
        });
        openFolderButton.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(8, result, openFolderButton);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("export-outcome");
        box.visibleProperty().bind(result.textProperty().isNotEmpty().and(model.runningProperty().not()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private HBox buttons() {
        Button export = new Button(messages.get("export.start"));
        export.setId("exportStart");
        export.setDefaultButton(true);
        export.disableProperty().bind(model.runningProperty());
        export.setOnAction(event -> chooseAndExport());
        Button close = new Button(messages.get("export.close"));
        close.setId("exportClose");
        close.setCancelButton(true);
        close.disableProperty().bind(model.runningProperty());
        close.setOnAction(event -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label where = new Label();
        where.getStyleClass().add("export-format-detail");
        where.textProperty().bind(Bindings.createStringBinding(
                () -> model.formatProperty().get().writesFolder() ? messages.get("export.start.folderHint") : "", model.formatProperty()));
        HBox box = new HBox(8, where, spacer, export, close);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Asks for the target (a folder for the Markdown folder format), then starts the export. */
    private void chooseAndExport() {
        FormatOption option = model.formatProperty().get();
        if (!model.problem().isEmpty()) {
            result.setText(model.problem());
            return;
        }
        Optional<Path> target;
        if (option.writesFolder()) {
            target = dialogs.folder(stage, messages.get("export.chooseFolder"), model.initialFolder());
        } else {
            FileDialogs.FileType type = new FileDialogs.FileType(messages.get(option.messageKey()), List.of("*." + option.extension()));
            target = dialogs.saveFile(stage, messages.get("export.chooseFile"), model.initialFolder(), subject.fileName(option), type);
        }
        target.ifPresent(path -> {
            result.setText("");
            model.export(subject, path, this::finished);
        });
    }

    private void finished(ExportViewModel.Outcome outcome) {
        if (closeWhenStopped) {
            stage.close();
            return;
        }
        if (outcome.succeeded()) {
            Path first = outcome.result().files().isEmpty() ? outcome.target() : outcome.result().files().get(0);
            lastFolder = Files.isDirectory(outcome.target()) ? outcome.target() : first.getParent();
            result.setText(model.doneMessage(outcome));
            openFolderButton.setVisible(lastFolder != null);
        } else if (outcome.cancelled()) {
            lastFolder = null;
            openFolderButton.setVisible(false);
            result.setText(messages.get("export.cancelled"));
        } else {
            lastFolder = null;
            openFolderButton.setVisible(false);
            result.setText("");
            showFailure(stage, messages, messages.get("export.failed.header", outcome.target()), model.reason(outcome), "exportErrorDialog");
        }
    }

    /** An error dialog: the heading names the file, the text gives the reason. */
    static void showFailure(Window owner, Messages messages, String header, String reason, String id) {
        Alert alert = Dialogs.alert(Alert.AlertType.ERROR, owner, id, messages.get("files.failed.title"), header, reason, Dialogs.Size.ERROR,
                ButtonType.OK);
        alert.show();
    }
}
