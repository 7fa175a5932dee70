package dev.margin.importer;

/**
 * An import failed. The message is written for the user: it names the file or URL and says what is
 * wrong with it (and, where it helps, what to do). Nothing is returned when this is thrown.
 */
public class ImportException extends Exception {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
