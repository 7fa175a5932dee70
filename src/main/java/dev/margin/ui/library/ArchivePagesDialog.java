package dev.margin.ui.library;

import dev.margin.importer.ArchivedPage;
import dev.margin.ui.common.DialogSize;
import dev.margin.ui.common.Dialogs;
import dev.margin.ui.common.Messages;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the pages to import from a web archive: its article pages listed with title, address and capture time,
 * a filter (every word must occur in the title or the address), a check box per page, Select all / Select none for
 * the pages shown. All of it works from the keyboard: the filter has the focus, Down moves into the list, Space
 * ticks or unticks the highlighted pages, Enter imports. When nothing is ticked, the highlighted pages are imported.
 */
public final class ArchivePagesDialog {
    private static final DateTimeFormatter CAPTURED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** One page in the list, with whether it is ticked. */
    static final class Choice {
        private final ArchivedPage page;
        private final BooleanProperty chosen = new SimpleBooleanProperty();

        Choice(ArchivedPage page) {
            this.page = page;
        }

        BooleanProperty chosenProperty() {
            return chosen;
        }
    }

    private final Messages messages;
    private final Dialog<List<ArchivedPage>> dialog;
    private final ObservableList<Choice> all;
    private final FilteredList<Choice> shown;
    private final ListView<Choice> list;
    private final ButtonType importButton;

    public ArchivePagesDialog(Window owner, Messages messages, Path archive, List<ArchivedPage> pages) {
        this.messages = messages;
        this.dialog = Dialogs.dialog(owner, "archivePagesDialog", messages.get("import.archive.title"), Dialogs.Size.TEXT);
        dialog.setHeaderText(messages.get("import.archive.header", archive.getFileName()));
        this.all = FXCollections.observableArrayList(choice -> new javafx.beans.Observable[] {choice.chosenProperty()});
        pages.forEach(page -> all.add(new Choice(page)));
        this.shown = new FilteredList<>(all, choice -> true);
        this.list = new ListView<>(shown);
        this.importButton = new ButtonType(messages.get("import.archive.import"), ButtonBar.ButtonData.OK_DONE);

        TextField filter = new TextField();
        filter.setId("archiveFilter");
        filter.setPromptText(messages.get("import.archive.filter"));
        filter.textProperty().addListener((observable, old, text) -> shown.setPredicate(choice -> matches(choice.page, text)));
        filter.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DOWN && !shown.isEmpty()) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().select(0);
                }
                event.consume();
            }
        });

        list.setId("archivePages");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(CheckBoxListCell.forListView(Choice::chosenProperty, new StringConverter<>() {
            @Override
            public String toString(Choice choice) {
                return describe(choice.page);
            }

            @Override
            public Choice fromString(String text) {
                throw new UnsupportedOperationException("the list is not editable");
            }
        }));
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.SPACE) {
                toggleHighlighted();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER) {
                // The list keeps Enter to itself; here it means Import, as everywhere else in the dialog.
                Button importing = (Button) dialog.getDialogPane().lookupButton(importButton);
                if (!importing.isDisabled()) {
                    importing.fire();
                }
                event.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Button selectAll = new Button(messages.get("import.archive.selectAll"));
        selectAll.setId("archiveSelectAll");
        selectAll.setOnAction(event -> shown.forEach(choice -> choice.chosen.set(true)));
        Button selectNone = new Button(messages.get("import.archive.selectNone"));
        selectNone.setId("archiveSelectNone");
        selectNone.setOnAction(event -> shown.forEach(choice -> choice.chosen.set(false)));
        Label count = new Label();
        count.setId("archiveCount");
        count.textProperty().bind(Bindings.createStringBinding(() -> messages.get("import.archive.count", all.size(), chosen().size()),
                all, list.getSelectionModel().getSelectedItems()));
        HBox actions = new HBox(8, selectAll, selectNone, count);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        dialog.getDialogPane().setContent(new VBox(8, filter, list, actions));
        dialog.getDialogPane().getButtonTypes().addAll(importButton, ButtonType.CANCEL);
        Node importNode = dialog.getDialogPane().lookupButton(importButton);
        importNode.setId("archiveImport");
        importNode.disableProperty().bind(Bindings.createBooleanBinding(() -> chosen().isEmpty(), all,
                list.getSelectionModel().getSelectedItems()));
        dialog.setResultConverter(button -> button == importButton ? chosen() : List.of());
        // The dialog gives the focus to its first enabled button once shown; the filter takes it back.
        // (An event handler, not setOnShown: DialogSize sets that one.)
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, event -> Platform.runLater(() -> {
            dialog.getDialogPane().getScene().getWindow().requestFocus();
            filter.requestFocus();
        }));
        DialogSize.atLeast(dialog, 720, 480);
    }

    /** Shows the dialog over {@code owner} and waits for the choice; empty when cancelled. */
    public static List<ArchivedPage> choose(Window owner, Messages messages, Path archive, List<ArchivedPage> pages) {
        ArchivePagesDialog picker = new ArchivePagesDialog(owner, messages, archive, pages);
        return picker.dialog.showAndWait().orElse(List.of());
    }

    Dialog<List<ArchivedPage>> dialog() {
        return dialog;
    }

    /** The ticked pages in archive order; when none is ticked, the highlighted ones. */
    List<ArchivedPage> chosen() {
        List<ArchivedPage> ticked = all.stream().filter(choice -> choice.chosen.get()).map(choice -> choice.page).toList();
        return !ticked.isEmpty() ? ticked : list.getSelectionModel().getSelectedItems().stream().map(choice -> choice.page).toList();
    }

    private void toggleHighlighted() {
        List<Choice> highlighted = List.copyOf(list.getSelectionModel().getSelectedItems());
        boolean tick = highlighted.stream().anyMatch(choice -> !choice.chosen.get());
        highlighted.forEach(choice -> choice.chosen.set(tick));
    }

    private String describe(ArchivedPage page) {
        String title = page.title().isEmpty() ? messages.get("import.archive.untitled") : page.title();
        return title + "\n" + page.url() + (page.captured() == null ? "" : "  \u00b7  " + CAPTURED.format(page.captured()));
    }

    static boolean matches(ArchivedPage page, String filter) {
        String haystack = (page.title() + " " + page.url()).toLowerCase(Locale.ROOT);
        for (String word : filter.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
