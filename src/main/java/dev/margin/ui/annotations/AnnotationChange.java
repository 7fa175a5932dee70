package dev.margin.ui.annotations;

import dev.margin.service.change.Change;

/**
 * A library {@link Change} on one of the window's undo histories, with the window's own follow-ups: what to
 * refresh after the change was made, redone or undone, beyond the open article's annotations.
 */
public interface AnnotationChange extends Change {
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
