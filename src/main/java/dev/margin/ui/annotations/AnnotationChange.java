package dev.margin.ui.annotations;

import dev.margin.service.change.Change;
import dev.margin.service.change.ChangeEffect;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A library {@link Change} on one of the window's undo histories, with the window's own follow-ups: what to
 * refresh after the change was made, redone or undone, beyond the open article's annotations. The change
 * itself (and its transaction) belongs to the service layer; this only adds what the window does after it.
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

    /** Runs on the UI thread when the first {@link #apply()} failed (the status bar says why; nothing was saved). */
    default void failed(Throwable error) {
    }

    /** {@code change} on the undo history with no follow-ups of its own. */
    static AnnotationChange of(Change change) {
        return change instanceof AnnotationChange ready ? ready : following(change, () -> { }, () -> { });
    }

    /** {@code change} on the undo history; {@code applied} and {@code reverted} run on the UI thread after it. */
    static AnnotationChange following(Change change, Runnable applied, Runnable reverted) {
        return following(change, applied, reverted, error -> { });
    }

    /** As {@link #following(Change, Runnable, Runnable)}, with {@code failed} run when the change could not be made. */
    static AnnotationChange following(Change change, Runnable applied, Runnable reverted, Consumer<Throwable> failed) {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(applied, "applied");
        Objects.requireNonNull(reverted, "reverted");
        Objects.requireNonNull(failed, "failed");
        return new AnnotationChange() {
            @Override
            public String description() {
                return change.description();
            }

            @Override
            public ChangeEffect apply() {
                return change.apply();
            }

            @Override
            public ChangeEffect revert() {
                return change.revert();
            }

            @Override
            public void applied() {
                applied.run();
            }

            @Override
            public void reverted() {
                reverted.run();
            }

            @Override
            public void failed(Throwable error) {
                failed.accept(error);
            }
        };
    }
}
