package dev.margin.ui.annotations;

/**
 * One undoable change to the library, made through the services. {@link #apply()} and
 * {@link #revert()} run on the background thread, one after the other, and say what they changed
 * so the window can update without reloading the article.
 */
public interface AnnotationChange {
    /** What the change does, for the status bar and the Edit menu ("new quote"). */
    String description();

    /** Makes the change (again, after an undo). */
    ChangeEffect apply();

    /** Undoes what {@link #apply()} did. */
    ChangeEffect revert();
}
