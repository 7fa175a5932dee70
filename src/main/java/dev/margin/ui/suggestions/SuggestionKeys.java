package dev.margin.ui.suggestions;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

/**
 * The single keys for suggestions: Y (or Enter) accepts the current one, N rejects it, J or ] moves to
 * the next, K or [ to the previous. Like the marking keys they are no menu accelerators: they act only
 * while suggestions are open and nothing that takes typing has the focus. Enter acts only from the
 * article or the suggestion list, so it still presses a focused button or picks in another list.
 */
final class SuggestionKeys {
    private SuggestionKeys() {
    }

    static void install(Scene scene, SuggestionsViewModel model, Node article, Node suggestionList) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            Node focused = scene.getFocusOwner();
            if (event.isConsumed() || model.open().isEmpty() || event.isShortcutDown() || event.isAltDown()
                    || event.isMetaDown() || event.isShiftDown() || typingInto(focused)) {
                return;
            }
            Runnable action = switch (event.getCode()) {
                case Y -> model::acceptCurrent;
                case ENTER -> focused == article || focused == suggestionList ? model::acceptCurrent : null;
                case N -> model::rejectCurrent;
                case J, CLOSE_BRACKET -> model::next;
                case K, OPEN_BRACKET -> model::previous;
                default -> null;
            };
            if (action != null) {
                event.consume();
                action.run();
            }
        });
    }

    private static boolean typingInto(Node focused) {
        return focused instanceof TextInputControl || focused instanceof ComboBoxBase;
    }
}
