package dev.margin.ui.reader;

import dev.margin.ui.common.Dialogs;
import dev.margin.ui.common.Messages;
import dev.margin.ui.library.ArchivePagesDialog;
import dev.margin.ui.library.ImportOutcome;
import javafx.application.Platform;
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
 * per input its result or reason, its warnings and its dropped boilerplate lines; File › Last import
 * report shows it again at any time).
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
        TextArea list = new TextArea(deps.imports().reportText(outcomes));
        list.setId("importReport");
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(14);
        list.setPrefColumnCount(70);
        alert.getDialogPane().setContent(list);
        alert.show();
    }
}
