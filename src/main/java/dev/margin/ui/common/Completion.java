package dev.margin.ui.common;

import javafx.application.Platform;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Callback;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

import java.util.Collection;

/**
 * Autocompletion for a text field whose list never outlives the field's focus. A completion list that stays
 * open takes Down and Enter from whatever has the keyboard next (a shown popup receives its owner's keys), so a
 * name could be chosen for a field the user had already left. Every autocompleting field goes through here: its
 * list closes when the field loses the keyboard or is disabled, and a list whose suggestions arrive after the user
 * left is never shown.
 */
public final class Completion {
    private Completion() {
    }

    /** Completes with the suggestions' own text. */
    public static <T> AutoCompletionBinding<T> bind(TextField field, Callback<AutoCompletionBinding.ISuggestionRequest, Collection<T>> suggestions) {
        return confined(field, TextFields.bindAutoCompletion(field, suggestions));
    }

    /** Completes with the text the converter gives each suggestion. */
    public static <T> AutoCompletionBinding<T> bind(TextField field, Callback<AutoCompletionBinding.ISuggestionRequest, Collection<T>> suggestions,
                                                    StringConverter<T> converter) {
        return confined(field, TextFields.bindAutoCompletion(field, suggestions, converter));
    }

    private static <T> AutoCompletionBinding<T> confined(TextField field, AutoCompletionBinding<T> binding) {
        var popup = binding.getAutoCompletionPopup();
        field.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                popup.hide();
            }
        });
        field.disabledProperty().addListener((observable, was, disabled) -> {
            if (disabled) {
                popup.hide();
            }
        });
        // A shown list receives the window's keys first and would keep Tab: Tab closes it and goes on to the field,
        // which hands the keyboard to the next one, as without a list.
        popup.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.TAB && !key.isControlDown() && !key.isAltDown()) {
                key.consume();
                popup.hide();
                field.fireEvent(key.copyFor(field, field));
            }
        });
        // Suggestions are looked up in the background: they may arrive once the field has lost the keyboard.
        popup.showingProperty().addListener((observable, was, showing) -> {
            if (showing && (!field.isFocused() || field.isDisabled())) {
                Platform.runLater(popup::hide);
            }
        });
        return binding;
    }

    /** True while the field's completion list is on screen (for tests and for keys that must not reach it). */
    public static boolean isShowing(AutoCompletionBinding<?> binding) {
        return binding.getAutoCompletionPopup().isShowing();
    }
}
