package dev.margin.ui.common;

/** Turns an exception into the sentence the user sees: its own message, or its cause's when it has none. */
public final class Errors {
    private Errors() {
    }

    public static String describe(Throwable error) {
        Throwable current = error;
        while (current != null) {
            String message = current.getMessage();
            if (message != null && !message.isBlank()) {
                return message;
            }
            current = current.getCause();
        }
        return error.getClass().getSimpleName();
    }
}
