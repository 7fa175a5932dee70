package dev.margin.ui.reader;

import dev.margin.ui.common.Messages;
import dev.margin.ui.library.ImportOutcome;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.Clipboard;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The window's ways to import: the file chooser, the URL dialog, the clipboard, and what happens
 * when a batch ends (the last article opens; failures are listed in a dialog, each with its reason).
 */
final class ImportActions {
    private final Supplier<Window> owner;
    private final ReaderDependencies deps;
    private final Messages messages;

    ImportActions(Supplier<Window> owner, ReaderDependencies deps) {
        this.owner = owner;
        this.deps = deps;
        this.messages = deps.messages();
    }

    void importFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("import.fileChooser"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("import.fileTypes"),
                "*.txt", "*.md", "*.markdown", "*.html", "*.htm"));
        List<File> files = chooser.showOpenMultipleDialog(owner.get());
        if (files != null && !files.isEmpty()) {
            deps.imports().importFiles(files.stream().map(File::toPath).toList());
        }
    }

    void importUrl() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(owner.get());
        dialog.setTitle(messages.get("import.url.title"));
        dialog.setHeaderText(messages.get("import.url.header"));
        dialog.getEditor().setPromptText(messages.get("import.url.prompt"));
        dialog.getEditor().setId("importUrlField");
        dialog.getDialogPane().setId("importUrlDialog");
        dialog.setOnShown(event -> Platform.runLater(() -> {
            dialog.getDialogPane().getScene().getWindow().requestFocus();
            dialog.getEditor().requestFocus();
        }));
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

    void importFinished(List<ImportOutcome> outcomes) {
        List<ImportOutcome> failures = outcomes.stream().filter(ImportOutcome::failed).toList();
        Long open = outcomes.stream().filter(outcome -> outcome.articleId() != null)
                .reduce((first, second) -> second).map(ImportOutcome::articleId).orElse(null);
        deps.library().refresh(() -> {
            if (open != null) {
                deps.library().select(open);
            }
        });
        if (!failures.isEmpty()) {
            showFailures(failures, outcomes.size());
        }
    }

    private void showFailures(List<ImportOutcome> failures, int total) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(owner.get());
        alert.setTitle(messages.get("import.failures.title"));
        alert.setHeaderText(messages.get("import.failures.header", failures.size(), total));
        TextArea list = new TextArea(failures.stream().map(ImportOutcome::message).collect(Collectors.joining("\n\n")));
        list.setId("importFailures");
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(8);
        alert.getDialogPane().setContent(list);
        alert.getDialogPane().setId("importFailuresDialog");
        alert.show();
    }
}
