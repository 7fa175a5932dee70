package dev.margin.ui.export;

import dev.margin.domain.ArticleSummary;
import dev.margin.ui.common.Icons;
import dev.margin.ui.common.MaterialIcon;
import dev.margin.ui.common.Messages;
import dev.margin.ui.reader.ReaderWindow;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

import java.util.List;

/**
 * Adds export, import of annotations, backup and restore to a built main window: an Export submenu and
 * three items in the File menu (before Quit), and "Export selected articles…" in the library's context menu,
 * whose list then allows several articles to be selected. The menu bar is found by its node id
 * ({@code #menuBar}) and the File menu by its {@code menuQuit} item, so the window's own classes need no
 * knowledge of this feature.
 */
public final class ExportMenus {
    private ExportMenus() {
    }

    /** Installs the menus into the main window and returns the actions behind them. */
    public static ExportActions install(ReaderWindow window, ExportDependencies deps) {
        Stage stage = window.stage();
        MenuBar bar = (MenuBar) require(stage.getScene(), "#menuBar");
        ListView<ArticleSummary> list = window.libraryView().list();
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        ExportActions actions = new ExportActions(() -> stage, deps, () -> List.copyOf(list.getSelectionModel().getSelectedItems()));
        Messages m = deps.messages();

        Menu export = new Menu(m.get("menu.file.export"), Icons.of(MaterialIcon.EXPORT),
                item("menuExportArticle", m.get("menu.file.export.article"), actions::exportArticle),
                item("menuExportSelected", m.get("menu.file.export.selected"), actions::exportSelected),
                item("menuExportEverything", m.get("menu.file.export.everything"), actions::exportEverything));
        export.setId("menuExport");
        // Ctrl+E, as in most editors' export: the article being read is what is usually exported.
        export.getItems().get(0).setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        MenuItem importAnnotations = item("menuImportAnnotations", m.get("menu.file.importAnnotations"), actions::importAnnotations);
        MenuItem backup = item("menuBackup", m.get("menu.file.backup"), actions::backup);
        MenuItem restore = item("menuRestore", m.get("menu.file.restore"), actions::restore);
        // One of these at a time: each runs in the background until it reports.
        for (MenuItem item : List.of(importAnnotations, backup, restore)) {
            item.disableProperty().bind(actions.files().busyProperty());
        }
        MenuItem cancelBackup = item("menuCancelBackup", m.get("menu.file.cancelBackup"), actions.files()::cancel);
        cancelBackup.disableProperty().bind(actions.files().backingUpProperty().not());
        List<MenuItem> items = List.of(export, importAnnotations, new SeparatorMenuItem(), backup, cancelBackup, restore,
                new SeparatorMenuItem());
        Menu file = bar.getMenus().stream().filter(menu -> menu.getItems().stream().anyMatch(i -> "menuQuit".equals(i.getId())))
                .findFirst().orElse(bar.getMenus().get(0));
        int quit = file.getItems().indexOf(file.getItems().stream().filter(i -> "menuQuit".equals(i.getId())).findFirst().orElse(null));
        file.getItems().addAll(quit < 0 ? file.getItems().size() : quit, items);

        MenuItem exportSelected = item("libraryExportSelected", m.get("menu.file.export.selected"), actions::exportSelected);
        exportSelected.setGraphic(Icons.of(MaterialIcon.EXPORT));
        if (list.getContextMenu() == null) {
            list.setContextMenu(new ContextMenu());
        }
        list.getContextMenu().getItems().add(0, exportSelected);
        list.getContextMenu().getItems().add(1, new SeparatorMenuItem());
        return actions;
    }

    private static Node require(Scene scene, String selector) {
        Node node = scene.lookup(selector);
        if (node == null) {
            throw new IllegalStateException("The main window has no " + selector + " to add the export menus to");
        }
        return node;
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }
}
