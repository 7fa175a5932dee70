package dev.margin.importer;

/**
 * The user cancelled an import while one file or page was being read. Like every {@link ImportException} it means
 * nothing was returned, so nothing can be half-stored; callers that stop a batch on cancel can tell it apart from a
 * failure of the input itself.
 */
public final class ImportCancelledException extends ImportException {
    public ImportCancelledException(String source) {
        super("Importing " + source + " was cancelled; nothing was stored.");
    }
}
