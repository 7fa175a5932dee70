package dev.margin.ui.reader;

import dev.margin.ui.common.Dialogs;
import dev.margin.ui.common.Messages;
import dev.margin.ui.library.ArchivePagesDialog;
import dev.margin.ui.library.ImportOutcome;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.event.EventHandler;
import javafx.scene.control.Alert;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.Clipboard;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.util.List;
import java.util.function.Supplier;

/**
 * The window's ways to import: the file chooser (articles, saved pages, PDFs and web archives, whose pages are chosen
 * in {@link ArchivePagesDialog}), the URL dialog, the clipboard, and what happens
 * when a batch ends (the last article opens; when an input failed, the import report opens, listing
 * per input its result or reason, its warnings and its dropped boilerplate lines, each dropped block with a
 * button that brings it back into the article at its place as a new revision; File › Last import report shows it
 * again at any time).
 */
final class ImportActions {
    private final Supplier<Window> owner;
    private final ReaderDependencies deps;
    private final Messages messages;

    ImportActions(Supplier<Window> owner, ReaderDependencies deps) {
        this.owner = owner;
        this.deps = deps;
        this.messages = deps.messages();
        deps.imports().setPagePicker((archive, pages) -> ArchivePagesDialog.choose(owner.get(), messages, archive, pages));
    }

    void importFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("import.fileChooser"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("import.fileTypes"),
                "*.txt", "*.md", "*.markdown", "*.html", "*.htm", "*.mhtml", "*.mht", "*.pdf", "*.warc", "*.warc.gz", "*.wacz"));
        List<File> files = chooser.showOpenMultipleDialog(owner.get());
        if (files != null && !files.isEmpty()) {
            deps.imports().importFiles(files.stream().map(File::toPath).toList());
        }
    }

    void importUrl() {
        TextInputDialog dialog = Dialogs.textInput(owner.get(), "importUrlDialog", messages.get("import.url.title"),
                messages.get("import.url.header"), "");
        dialog.getEditor().setPromptText(messages.get("import.url.prompt"));
        dialog.getEditor().setId("importUrlField");
        EventHandler<DialogEvent> sized = dialog.getOnShown();
        dialog.setOnShown(event -> {
            sized.handle(event);
            Platform.runLater(() -> {
                dialog.getDialogPane().getScene().getWindow().requestFocus();
                dialog.getEditor().requestFocus();
            });
        });
        dialog.showAndWait().filter(text -> !text.isBlank()).ifPresent(deps.imports()::importTextOrUrl);
    }

    /** Imports what the clipboard holds: a link is fetched, text is imported as an article. */
    void importPasted() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        String text = clipboard.hasUrl() ? clipboard.getUrl() : clipboard.hasString() ? clipboard.getString() : null;
        if (text == null || text.isBlank()) {
            deps.status().info(messages.get("import.pasted.empty"));
            return;
        }
        deps.imports().importTextOrUrl(text);
    }

    /** After a batch: the last article imported opens; when any input failed, the report opens by itself. */
    void importFinished(List<ImportOutcome> outcomes) {
        Long open = outcomes.stream().filter(outcome -> outcome.articleId() != null)
                .reduce((first, second) -> second).map(ImportOutcome::articleId).orElse(null);
        deps.library().refresh(() -> {
            if (open != null) {
                deps.library().select(open);
            }
        });
        if (outcomes.stream().anyMatch(ImportOutcome::failed)) {
            showReport(outcomes);
        }
    }

    /** Shows what the last import did per input: its result or failure, its warnings and the boilerplate lines it dropped. */
    void showLastReport() {
        List<ImportOutcome> outcomes = deps.imports().lastReportProperty().get();
        if (outcomes.isEmpty()) {
            deps.status().info(messages.get("import.report.none"));
            return;
        }
        showReport(outcomes);
    }

    private void showReport(List<ImportOutcome> outcomes) {
        long failures = outcomes.stream().filter(ImportOutcome::failed).count();
        Alert alert = Dialogs.alert(failures > 0 ? Alert.AlertType.WARNING : Alert.AlertType.INFORMATION, owner.get(), "importReportDialog",
                messages.get("import.report.title"), deps.imports().reportHeader(outcomes), null, Dialogs.Size.TEXT);
        alert.getDialogPane().setContent(reportContent(outcomes));
        // A block brought back leaves the list: the report is drawn again from the updated outcomes.
        ChangeListener<List<ImportOutcome>> redraw = (property, old, now) -> alert.getDialogPane().setContent(reportContent(now));
        deps.imports().lastReportProperty().addListener(redraw);
        alert.setOnHidden(event -> deps.imports().lastReportProperty().removeListener(redraw));
        alert.show();
    }

    /** The report's text, then one row per dropped block that can be brought back, each with its button. */
    private Node reportContent(List<ImportOutcome> outcomes) {
        TextArea list = new TextArea(deps.imports().reportText(outcomes));
        list.setId("importReport");
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(8);
        list.setPrefColumnCount(70);
        VBox rows = new VBox(4);
        rows.setId("droppedBlocks");
        for (int o = 0; o < outcomes.size(); o++) {
            ImportOutcome outcome = outcomes.get(o);
            for (int i = 0; i < outcome.droppedLines().size(); i++) {
                if (outcome.canBringBack(i)) {
                    rows.getChildren().add(droppedRow(outcome, o, i, rows));
                }
            }
        }
        if (rows.getChildren().isEmpty()) {
            VBox.setVgrow(list, Priority.ALWAYS);
            return new VBox(list);
        }
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(180);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label header = new Label(messages.get("import.report.droppedHeader"));
        header.setWrapText(true);
        VBox content = new VBox(8, list, header, scroll);
        content.setPrefWidth(640);
        return content;
    }

    private Node droppedRow(ImportOutcome outcome, int outcomeIndex, int index, VBox rows) {
        int place = outcome.droppedPositions().get(index);
        Label text = new Label("\u201c" + outcome.droppedLines().get(index) + "\u201d");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        Label where = new Label(messages.get("import.report.place", place + 1));
        where.getStyleClass().add("dim");
        VBox words = new VBox(2, text, where);
        HBox.setHgrow(words, Priority.ALWAYS);
        Button keep = new Button(messages.get("import.keep.button"));
        keep.setId("keepDropped-" + outcomeIndex + "-" + index);
        keep.setTooltip(new Tooltip(messages.get("import.keep.tooltip")));
        keep.setMinWidth(Region.USE_PREF_SIZE);
        keep.setOnAction(event -> {
            // One at a time: the next block's place depends on this one being in.
            rows.getChildren().forEach(row -> row.setDisable(true));
            deps.imports().keepDropped(outcomeIndex, index, this::reopen);
        });
        HBox row = new HBox(8, words, keep);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Shows the article's new revision: the list is read again and the article opened anew. */
    private void reopen(long articleId) {
        deps.library().selectedProperty().set(null);
        deps.library().refresh(() -> deps.library().select(articleId));
    }
}
