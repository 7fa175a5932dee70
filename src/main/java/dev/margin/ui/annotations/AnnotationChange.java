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

    /**
     * Runs on the UI thread after {@link #apply()} succeeded (the change made or redone), for changes that
     * touch more of the window than the open article's annotations (deleting a whole article).
     */
    default void applied() {
    }

    /** Runs on the UI thread after {@link #revert()} succeeded (the change undone). */
    default void reverted() {
    }
}
