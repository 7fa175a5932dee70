package dev.margin.service.change;

/**
 * One undoable change to the library, owned by the service layer so that the window's undo histories and
 * the command line run the same code. {@link #apply()} and {@link #revert()} each make their whole change in
 * one transaction and are called on the store's write queue, one after the other, never on the FX thread.
 * They say what they did, so a window can update without reloading the article.
 */
public interface Change {
    /** What the change does, for the status bar and the Edit menu ("new quote"). */
    String description();

    /** Makes the change (again, after an undo). */
    ChangeEffect apply();

    /** Undoes what {@link #apply()} did. */
    ChangeEffect revert();
}
