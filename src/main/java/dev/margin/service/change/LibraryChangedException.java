package dev.margin.service.change;

/**
 * An undo or redo refused because the library is no longer as the change left it: what it would put back or
 * take away was changed, deleted or moved onto a newer text since (in the review window, by a re-import, by the
 * command line). Thrown before anything is written, so the library is left exactly as it was.
 */
public final class LibraryChangedException extends RuntimeException {
    public LibraryChangedException(String message) {
        super(message);
    }
}
