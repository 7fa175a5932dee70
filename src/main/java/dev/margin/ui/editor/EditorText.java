package dev.margin.ui.editor;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The article view's user-facing words, from editor.properties beside this class. */
final class EditorText {
    private final ResourceBundle bundle;
    private final Locale locale;

    EditorText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("dev.margin.ui.editor.editor", locale);
    }

    String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
