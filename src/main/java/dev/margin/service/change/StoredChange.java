package dev.margin.service.change;

import dev.margin.store.Store;

/**
 * What every change to the open article's annotations has in common: its description, the guard that refuses an
 * undo or redo when the library changed meanwhile, and one transaction around each step. A subclass says only what
 * the step does ({@link #applyStep()}, {@link #revertStep()}).
 */
abstract class StoredChange implements Change {
    protected final Store store;
    protected final Guard guard;
    private final String description;

    StoredChange(Store store, String description) {
        this.store = store;
        this.description = description;
        this.guard = new Guard(store, description);
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final ChangeEffect apply() {
        return store.inTransaction(this::applyStep);
    }

    @Override
    public final ChangeEffect revert() {
        return store.inTransaction(this::revertStep);
    }

    /** Makes the change (again, after an undo), inside the transaction. */
    protected abstract ChangeEffect applyStep();

    /** Undoes it, inside the transaction. */
    protected abstract ChangeEffect revertStep();
}
