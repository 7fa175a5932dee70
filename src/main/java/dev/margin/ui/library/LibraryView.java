package dev.margin.ui.library;

import dev.margin.ui.common.Dialogs;
import dev.margin.domain.ArticleSummary;
import dev.margin.ui.common.Icons;
import dev.margin.ui.common.MaterialIcon;
import dev.margin.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.io.File;

/**
 * The library pane on the left: a filter box, the articles, a clear empty state, and the progress of
 * a running import with its Cancel button. Files and links dropped on it are imported.
 */
public final class LibraryView extends VBox {
    private final LibraryViewModel library;
    private final Messages messages;
    private final ListView<ArticleSummary> list = new ListView<>();

    public LibraryView(LibraryViewModel library, ImportViewModel imports, Messages messages) {
        this.library = library;
        this.messages = messages;
        setId("libraryPane");
        getStyleClass().add("library-pane");
        getStylesheets().add(LibraryView.class.getResource("library.css").toExternalForm());

        TextField filter = new TextField();
        filter.setId("libraryFilter");
        filter.setPromptText(messages.get("library.filter.prompt"));
        filter.textProperty().bindBidirectional(library.filterProperty());
        VBox.setMargin(filter, new Insets(8, 8, 4, 8));

        list.setId("articleList");
        list.setItems(library.visibleArticles());
        list.setCellFactory(view -> new ArticleCell(messages));
        list.setFixedCellSize(ArticleCell.HEIGHT);
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, article) -> {
            if (article != null) {
                library.selectedProperty().set(article);
            }
        });
        library.selectedProperty().addListener((observable, old, article) -> {
            if (article != list.getSelectionModel().getSelectedItem()) {
                if (article == null) {
                    list.getSelectionModel().clearSelection();
                } else {
                    // With several articles selectable (for export), select() would add to the selection.
                    int index = list.getItems().indexOf(article);
                    if (index >= 0) {
                        list.getSelectionModel().clearAndSelect(index);
                    } else {
                        list.getSelectionModel().select(article);
                    }
                    list.scrollTo(article);
                }
            }
        });
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE && list.getSelectionModel().getSelectedItem() != null) {
                confirmDelete(list.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        MenuItem delete = new MenuItem(messages.get("menu.file.deleteArticle"), Icons.of(MaterialIcon.DELETE));
        delete.setId("libraryDeleteArticle");
        delete.setOnAction(event -> {
            ArticleSummary article = list.getSelectionModel().getSelectedItem();
            if (article != null) {
                confirmDelete(article);
            }
        });
        list.setContextMenu(new ContextMenu(delete));

        Label empty = new Label(messages.get("library.empty"));
        empty.setId("libraryEmpty");
        empty.getStyleClass().add("empty-state");
        empty.visibleProperty().bind(library.emptyBinding());
        empty.setMouseTransparent(true);
        Label noMatch = new Label();
        noMatch.setId("libraryNoMatch");
        noMatch.getStyleClass().add("empty-state");
        noMatch.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("library.noMatch", library.filterProperty().get()), library.filterProperty()));
        noMatch.visibleProperty().bind(library.nothingMatchesBinding());
        noMatch.setMouseTransparent(true);
        StackPane listArea = new StackPane(list, empty, noMatch);
        StackPane.setAlignment(empty, Pos.CENTER);
        VBox.setVgrow(listArea, Priority.ALWAYS);

        getChildren().addAll(filter, listArea, progress(imports));
        acceptDrops(imports);
    }

    private VBox progress(ImportViewModel imports) {
        ProgressBar bar = new ProgressBar();
        bar.setId("importProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(imports.progressProperty());
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button(messages.get("import.cancel"));
        cancel.setId("importCancel");
        cancel.setOnAction(event -> imports.cancel());
        Label text = new Label();
        text.setId("importProgressText");
        text.textProperty().bind(imports.progressTextProperty());
        text.setWrapText(true);
        VBox box = new VBox(new HBox(6, bar, cancel), text);
        box.getStyleClass().add("import-progress");
        box.visibleProperty().bind(imports.runningProperty());
        box.managedProperty().bind(imports.runningProperty());
        return box;
    }

    private void acceptDrops(ImportViewModel imports) {
        setOnDragOver(event -> {
            Dragboard board = event.getDragboard();
            if (board.hasFiles() || board.hasUrl() || board.hasString()) {
                event.acceptTransferModes(TransferMode.COPY);
                getStyleClass().remove("drop-target");
                getStyleClass().add("drop-target");
            }
            event.consume();
        });
        setOnDragExited(event -> getStyleClass().remove("drop-target"));
        setOnDragDropped(event -> dropped(event, imports));
    }

    private void dropped(DragEvent event, ImportViewModel imports) {
        Dragboard board = event.getDragboard();
        boolean accepted = true;
        if (board.hasFiles()) {
            imports.importFiles(board.getFiles().stream().map(File::toPath).toList());
        } else if (board.hasUrl()) {
            imports.importTextOrUrl(board.getUrl());
        } else if (board.hasString()) {
            imports.importTextOrUrl(board.getString());
        } else {
            accepted = false;
        }
        event.setDropCompleted(accepted);
        event.consume();
    }

    /** Asks before deleting an article with its annotations. */
    public void confirmDelete(ArticleSummary article) {
        Alert confirm = Dialogs.alert(Alert.AlertType.CONFIRMATION, getScene() == null ? null : getScene().getWindow(), "deleteArticleDialog",
                messages.get("library.delete.title"), messages.get("library.delete.header", article.title()),
                messages.get("library.delete.content", article.annotationCount()), Dialogs.Size.MESSAGE, ButtonType.OK, ButtonType.CANCEL);
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> library.delete(article));
    }

    public ListView<ArticleSummary> list() {
        return list;
    }
}
