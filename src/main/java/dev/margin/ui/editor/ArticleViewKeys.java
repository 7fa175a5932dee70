package dev.margin.ui.editor;

import javafx.event.EventHandler;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The article view's find and zoom keys: the view handles them itself wherever the focus is inside it, until a window
 * whose menus carry the same combinations calls {@link ArticleView#leaveShortcutsToMenus()}.
 */
public final class ArticleViewKeys implements EventHandler<KeyEvent> {
    public static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination FIND_NEXT = new KeyCodeCombination(KeyCode.F3);
    public static final KeyCombination FIND_PREVIOUS = new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN);
    // Ctrl and "+" arrives as Ctrl+Shift+= on most layouts, so Shift may be down; the keypad's + and - count too.
    public static final KeyCombination ZOOM_IN = new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY);
    public static final KeyCombination ZOOM_IN_EQUALS = new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY);
    public static final KeyCombination ZOOM_IN_KEYPAD = new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination ZOOM_OUT = new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination ZOOM_OUT_KEYPAD = new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination ZOOM_RESET = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);

    private final ArticleView view;

    ArticleViewKeys(ArticleView view) {
        this.view = view;
    }

    @Override
    public void handle(KeyEvent event) {
        if (FIND.match(event)) {
            view.showFindBar();
        } else if (ZOOM_IN.match(event) || ZOOM_IN_EQUALS.match(event) || ZOOM_IN_KEYPAD.match(event)) {
            view.zoomIn();
        } else if (ZOOM_OUT.match(event) || ZOOM_OUT_KEYPAD.match(event)) {
            view.zoomOut();
        } else if (ZOOM_RESET.match(event)) {
            view.zoomReset();
        } else if (FIND_NEXT.match(event) && !view.findBar().field().getText().isEmpty()) {
            view.findBar().next();
        } else if (FIND_PREVIOUS.match(event) && !view.findBar().field().getText().isEmpty()) {
            view.findBar().previous();
        } else {
            return;
        }
        event.consume();
    }
}
