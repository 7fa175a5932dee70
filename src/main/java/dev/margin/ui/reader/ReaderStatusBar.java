package dev.margin.ui.reader;

import dev.margin.ui.annotations.CommandStack;
import dev.margin.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.controlsfx.control.StatusBar;

import java.util.List;

/** The reader's status bar: the last message (red when it reports a failure), the connection, unsaved changes, the library file. */
final class ReaderStatusBar {
    private ReaderStatusBar() {
    }

    static StatusBar create(ReaderDependencies deps) {
        Messages messages = deps.messages();
        StatusBar bar = new StatusBar();
        bar.setId("statusBar");
        bar.textProperty().bind(deps.status().textProperty());
        deps.status().failedProperty().addListener((observable, was, failed) -> {
            bar.getStyleClass().remove("status-failed");
            if (failed) {
                bar.getStyleClass().add("status-failed");
            }
        });
        Label library = new Label(deps.libraryFile().toString());
        library.setId("statusLibrary");
        library.getStyleClass().add("status-library");
        bar.getRightItems().addAll(connectionItems(deps, messages));
        bar.getRightItems().add(library);
        return bar;
    }

    /** "Offline" while a team library's server cannot be reached, and the changes waiting to be saved, with a retry. */
    private static List<Node> connectionItems(ReaderDependencies deps, Messages messages) {
        Label offline = new Label(messages.get("status.offline"));
        offline.setId("statusOffline");
        offline.getStyleClass().add("status-offline");
        offline.visibleProperty().bind(deps.status().offlineProperty());
        offline.managedProperty().bind(offline.visibleProperty());
        CommandStack commands = deps.annotating().commands();
        Label unsaved = new Label();
        unsaved.setId("statusUnsaved");
        unsaved.getStyleClass().add("status-unsaved");
        unsaved.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("status.unsavedCount", commands.unsavedProperty().get()), commands.unsavedProperty()));
        unsaved.visibleProperty().bind(commands.unsavedProperty().greaterThan(0));
        unsaved.managedProperty().bind(unsaved.visibleProperty());
        Button retry = new Button(messages.get("status.retry"));
        retry.setId("statusRetry");
        retry.setFocusTraversable(false);
        retry.setOnAction(event -> commands.retryUnsaved());
        retry.visibleProperty().bind(unsaved.visibleProperty());
        retry.managedProperty().bind(retry.visibleProperty());
        for (Control item : new Control[] {offline, unsaved, retry}) {
            item.setMinWidth(Region.USE_PREF_SIZE); // the status text gives way, never these
        }
        return List.of(offline, unsaved, retry);
    }
}
