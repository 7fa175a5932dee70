package dev.margin.ui.reader;

import dev.margin.domain.AnnotationKind;
import dev.margin.ui.annotations.CommandStack;
import dev.margin.ui.common.AppTheme;
import dev.margin.ui.common.Icons;
import dev.margin.ui.common.MaterialIcon;
import dev.margin.ui.common.Messages;
import dev.margin.ui.editor.ArticleView;
import dev.margin.ui.editor.ArticleViewKeys;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.Locale;

/** Builds the menu bar and the toolbar of the reader window, with the platform's shortcut key (Ctrl, or Cmd on macOS). */
final class ReaderMenus {
    private ReaderMenus() {
    }

    static MenuBar menuBar(ReaderActions actions, ReaderDependencies deps) {
        Messages m = deps.messages();
        Menu file = new Menu(m.get("menu.file"), null,
                item("menuImportFiles", m.get("menu.file.importFiles"), shortcut(KeyCode.O), actions.imports()::importFiles),
                item("menuImportPasted", m.get("menu.file.importPasted"), shortcutShift(KeyCode.V), actions.imports()::importPasted),
                item("menuImportUrl", m.get("menu.file.importUrl"), shortcut(KeyCode.L), actions.imports()::importUrl),
                item("menuImportReport", m.get("menu.file.importReport"), null, actions.imports()::showLastReport),
                new SeparatorMenuItem(),
                item("menuDeleteArticle", m.get("menu.file.deleteArticle"), null, actions::deleteArticle),
                new SeparatorMenuItem(),
                item("menuQuit", m.get("menu.file.quit"), shortcut(KeyCode.Q), actions::quit));

        CommandStack commands = deps.annotating().commands();
        MenuItem undo = item("menuUndo", m.get("menu.edit.undo"), shortcut(KeyCode.Z), actions::undo);
        undo.textProperty().bind(Bindings.createStringBinding(() -> commands.undoDescriptionProperty().get().isEmpty()
                ? m.get("menu.edit.undo") : m.get("menu.edit.undoWhat", commands.undoDescriptionProperty().get()), commands.undoDescriptionProperty()));
        undo.disableProperty().bind(commands.canUndoBinding().not());
        MenuItem redo = item("menuRedo", m.get("menu.edit.redo"), shortcutShift(KeyCode.Z), actions::redo);
        redo.textProperty().bind(Bindings.createStringBinding(() -> commands.redoDescriptionProperty().get().isEmpty()
                ? m.get("menu.edit.redo") : m.get("menu.edit.redoWhat", commands.redoDescriptionProperty().get()), commands.redoDescriptionProperty()));
        redo.disableProperty().bind(commands.canRedoBinding().not());
        MenuItem redoY = item("menuRedoY", m.get("menu.edit.redo"), shortcut(KeyCode.Y), actions::redo);
        redoY.disableProperty().bind(commands.canRedoBinding().not());
        redoY.setVisible(false);
        MenuItem deleteAnnotation = item("menuDeleteAnnotation", m.get("menu.edit.deleteAnnotation"), null, actions::deleteSelectedAnnotation);
        deleteAnnotation.disableProperty().bind(deps.annotating().selectedProperty().isNull());
        MenuItem editNote = item("menuEditNote", m.get("menu.edit.note"), shortcutShift(KeyCode.N), actions::editNote);
        editNote.disableProperty().bind(deps.annotating().selectedProperty().isNull());
        MenuItem editTags = item("menuEditTags", m.get("menu.edit.tags"), shortcutShift(KeyCode.T), actions::editTags);
        editTags.disableProperty().bind(deps.annotating().selectedProperty().isNull());
        Menu edit = new Menu(m.get("menu.edit"), null, undo, redo, redoY, new SeparatorMenuItem(),
                item("menuFind", m.get("menu.edit.find"), ArticleViewKeys.FIND, actions::find),
                item("menuFindNext", m.get("menu.edit.findNext"), ArticleViewKeys.FIND_NEXT, () -> actions.findAgain(true)),
                item("menuFindPrevious", m.get("menu.edit.findPrevious"), ArticleViewKeys.FIND_PREVIOUS, () -> actions.findAgain(false)),
                new SeparatorMenuItem(), editNote, editTags, deleteAnnotation);

        Menu annotate = new Menu(m.get("menu.annotate"));
        for (AnnotationKind kind : new AnnotationKind[] {AnnotationKind.QUOTE, AnnotationKind.ACTOR, AnnotationKind.CLAIM, AnnotationKind.HIGHLIGHT}) {
            String name = kind.name().toLowerCase(Locale.ROOT);
            MenuItem item = item("menuMark" + kind.name().charAt(0) + name.substring(1), m.get("menu.annotate." + name), null, () -> actions.mark(kind));
            item.setGraphic(Icons.ofKind(kind));
            annotate.getItems().add(item);
        }
        annotate.getItems().addAll(new SeparatorMenuItem(),
                item("menuReattach", m.get("menu.annotate.reattach"), null, actions::reattachSelected));

        Menu view = new Menu(m.get("menu.view"));
        view.getItems().addAll(
                item("menuZoomIn", m.get("menu.view.zoomIn"), ArticleViewKeys.ZOOM_IN, actions::zoomIn),
                // Ctrl and "+" is Ctrl+Shift+= on most layouts; the keypad's + and - also zoom (keys defined by the view).
                hidden(item("menuZoomInEquals", m.get("menu.view.zoomIn"), ArticleViewKeys.ZOOM_IN_EQUALS, actions::zoomIn)),
                hidden(item("menuZoomInKeypad", m.get("menu.view.zoomIn"), ArticleViewKeys.ZOOM_IN_KEYPAD, actions::zoomIn)),
                item("menuZoomOut", m.get("menu.view.zoomOut"), ArticleViewKeys.ZOOM_OUT, actions::zoomOut),
                hidden(item("menuZoomOutKeypad", m.get("menu.view.zoomOut"), ArticleViewKeys.ZOOM_OUT_KEYPAD, actions::zoomOut)),
                item("menuZoomReset", m.get("menu.view.zoomReset"), ArticleViewKeys.ZOOM_RESET, actions::zoomReset),
                new SeparatorMenuItem());
        ToggleGroup themes = new ToggleGroup();
        for (AppTheme theme : AppTheme.values()) {
            RadioMenuItem item = new RadioMenuItem(m.get(theme == AppTheme.DARK ? "menu.view.themeDark" : "menu.view.themeLight"));
            item.setId(theme == AppTheme.DARK ? "menuThemeDark" : "menuThemeLight");
            item.setToggleGroup(themes);
            item.setSelected(actions.theme() == theme);
            item.setOnAction(event -> actions.theme(theme));
            view.getItems().add(item);
        }
        Menu kinds = new Menu(m.get("menu.view.kinds"));
        for (AnnotationKind kind : AnnotationKind.values()) {
            CheckMenuItem shown = new CheckMenuItem(m.get("kind.plural." + kind.name()));
            shown.setId("menuShow" + kind.name());
            shown.setSelected(deps.annotationList().isKindShown(kind));
            shown.setOnAction(event -> deps.annotationList().setKindShown(kind, shown.isSelected()));
            deps.annotationList().hiddenKinds().addListener((SetChangeListener<AnnotationKind>) change ->
                    shown.setSelected(deps.annotationList().isKindShown(kind)));
            kinds.getItems().add(shown);
        }
        view.getItems().addAll(new SeparatorMenuItem(), kinds, new SeparatorMenuItem(),
                item("menuReview", m.get("menu.view.review"), shortcutShift(KeyCode.R), actions::openReview),
                item("menuAgreement", m.get("agreement.menu"), shortcutShift(KeyCode.A), actions::openAgreement));

        Menu help = new Menu(m.get("menu.help"), null,
                item("menuHowTo", m.get("menu.help.howto"), new KeyCodeCombination(KeyCode.F1), actions::howTo),
                item("menuAbout", m.get("menu.help.about"), null, actions::about));
        MenuBar bar = new MenuBar(file, edit, annotate, view, help);
        bar.setId("menuBar");
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    static ToolBar toolBar(ReaderActions actions, ReaderDependencies deps) {
        Messages m = deps.messages();
        CommandStack commands = deps.annotating().commands();
        Button undo = button("toolUndo", MaterialIcon.UNDO, m.get("toolbar.undo"), actions::undo);
        undo.disableProperty().bind(commands.canUndoBinding().not());
        Button redo = button("toolRedo", MaterialIcon.REDO, m.get("toolbar.redo"), actions::redo);
        redo.disableProperty().bind(commands.canRedoBinding().not());
        ToolBar bar = new ToolBar(
                button("toolImport", MaterialIcon.IMPORT_FILE, m.get("toolbar.import"), actions.imports()::importFiles),
                button("toolPaste", MaterialIcon.PASTE, m.get("toolbar.paste"), actions.imports()::importPasted),
                new Separator(Orientation.VERTICAL),
                markButton("toolQuote", AnnotationKind.QUOTE, m.get("kind.QUOTE"), m.get("toolbar.quote"), actions),
                markButton("toolActor", AnnotationKind.ACTOR, m.get("kind.ACTOR"), m.get("toolbar.actor"), actions),
                markButton("toolClaim", AnnotationKind.CLAIM, m.get("kind.CLAIM"), m.get("toolbar.claim"), actions),
                markButton("toolHighlight", AnnotationKind.HIGHLIGHT, m.get("kind.HIGHLIGHT"), m.get("toolbar.highlight"), actions),
                new Separator(Orientation.VERTICAL),
                undo, redo,
                new Separator(Orientation.VERTICAL),
                button("toolFind", MaterialIcon.FIND, m.get("toolbar.find"), actions::find));
        bar.setId("toolBar");
        return bar;
    }

    private static Button markButton(String id, AnnotationKind kind, String text, String tip, ReaderActions actions) {
        Button button = new Button(text, Icons.ofKind(kind));
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setFocusTraversable(false);
        button.setOnAction(event -> actions.mark(kind));
        return button;
    }

    private static Button button(String id, MaterialIcon icon, String tip, Runnable action) {
        Button button = new Button(null, Icons.of(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static MenuItem item(String id, String text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    private static MenuItem hidden(MenuItem item) {
        item.setVisible(false);
        return item;
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination shortcutShift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }
}
