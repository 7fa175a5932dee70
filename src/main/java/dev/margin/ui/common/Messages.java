package dev.margin.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-facing strings of the window, from {@code dev/margin/ui/messages.properties} (and its
 * translations). Passed to every view and view-model that shows text.
 */
public final class Messages {
    private final ResourceBundle bundle;

    public Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages forLocale(Locale locale) {
        return new Messages(ResourceBundle.getBundle("dev.margin.ui.messages", locale));
    }

    /** The string for {@code key}, with {@code arguments} filled in by {@link MessageFormat}. */
    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message '" + key + "' in " + bundle.getBaseBundleName(), e);
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    public ResourceBundle bundle() {
        return bundle;
    }
}
