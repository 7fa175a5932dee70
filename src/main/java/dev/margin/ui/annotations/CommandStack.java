package dev.margin.ui.annotations;

import dev.margin.service.LiveUpdates;
import dev.margin.service.change.Change;
import dev.margin.service.change.ChangeEffect;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.StatusViewModel;
import dev.margin.ui.common.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The undo and redo history of the window: every change the user makes goes through
 * {@link #perform}, runs on the background thread, is saved at once, and can be undone and redone,
 * deletes included. While a change is being saved, undo and redo wait (they are disabled), so the
 * history always matches what the library holds. A change that could not be saved because a team library's server
 * could not be reached is kept as unsaved ({@link #unsavedProperty()}) and tried again by {@link #retryUnsaved()}.
 */
public final class CommandStack {
    private final TaskRunner tasks;
    private final StatusViewModel status;
    private final Messages messages;
    private final Consumer<ChangeEffect> onEffect;
    private final Deque<AnnotationChange> undo = new ArrayDeque<>();
    private final Deque<AnnotationChange> redo = new ArrayDeque<>();
    private final Deque<AnnotationChange> unsaved = new ArrayDeque<>();
    private final ReadOnlyIntegerWrapper unsavedCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper undoSize = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper redoSize = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper("");
    private final BooleanBinding canUndo;
    private final BooleanBinding canRedo;

    /** {@code onEffect} receives, on the UI thread, what each change, undo or redo did. */
    public CommandStack(TaskRunner tasks, StatusViewModel status, Messages messages, Consumer<ChangeEffect> onEffect) {
        this.tasks = tasks;
        this.status = status;
        this.messages = messages;
        this.onEffect = onEffect;
        canUndo = Bindings.createBooleanBinding(() -> undoSize.get() > 0 && pending.get() == 0, undoSize, pending);
        canRedo = Bindings.createBooleanBinding(() -> redoSize.get() > 0 && pending.get() == 0, redoSize, pending);
    }

    /** Makes a library change that needs no follow-ups of the window's own; see {@link #perform(AnnotationChange)}. */
    public void perform(Change libraryChange) {
        perform(AnnotationChange.of(libraryChange));
    }

    /** Makes the change in the background; on success it joins the undo history and the redo history is cleared. */
    public void perform(AnnotationChange change) {
        run(change::apply, change.description(), effect -> {
            undo.push(change);
            redo.clear();
            status.saved(change.description());
        }, change::applied, change::failed, change);
    }

    /**
     * Tries again, in the order they were made, the changes that could not be saved because the library's server
     * could not be reached (the window calls it when the connection is back; the status bar offers it too).
     */
    public void retryUnsaved() {
        java.util.List<AnnotationChange> waiting = new java.util.ArrayList<>(unsaved);
        unsaved.clear();
        unsavedCount.set(0);
        waiting.forEach(this::perform);
    }

    /** How many changes wait to be saved (made while the server could not be reached). */
    public ReadOnlyIntegerProperty unsavedProperty() {
        return unsavedCount.getReadOnlyProperty();
    }

    /** What the oldest unsaved change is, or "" when none waits. */
    public String oldestUnsaved() {
        return unsaved.isEmpty() ? "" : unsaved.peekFirst().description();
    }

    public void undo() {
        if (!canUndo.get()) {
            return;
        }
        AnnotationChange change = undo.pop();
        updateSizes();
        run(change::revert, change.description(), effect -> {
            redo.push(change);
            status.info(messages.get("status.undone", change.description()));
        }, change::reverted, () -> undo.push(change));
    }

    public void redo() {
        if (!canRedo.get()) {
            return;
        }
        AnnotationChange change = redo.pop();
        updateSizes();
        run(change::apply, change.description(), effect -> {
            undo.push(change);
            status.info(messages.get("status.redone", change.description()));
        }, change::applied, () -> redo.push(change));
    }

    /** Forgets the history (another article was opened, or the library changed under it). */
    public void clear() {
        undo.clear();
        redo.clear();
        updateSizes();
    }

    private void run(Supplier<ChangeEffect> work, String description, Consumer<ChangeEffect> recorded, Runnable done) {
        run(work, description, recorded, done, () -> { });
    }

    private void run(Supplier<ChangeEffect> work, String description, Consumer<ChangeEffect> recorded, Runnable done,
                     Runnable restoreOnFailure) {
        run(work, description, recorded, done, error -> restoreOnFailure.run(), null);
    }

    /**
     * {@code done} is the change's own UI follow-up; it runs last, so its status message is the one shown. A new
     * change ({@code keepWhenOffline}) that failed only because the server could not be reached is kept as unsaved,
     * never dropped (and its own failure follow-up is not run: it is still to be made); an undo or redo stays on its
     * history as it was.
     */
    private void run(Supplier<ChangeEffect> work, String description, Consumer<ChangeEffect> recorded, Runnable done,
                     Consumer<Throwable> onFailure, AnnotationChange keepWhenOffline) {
        pending.set(pending.get() + 1);
        tasks.submit(work::get, effect -> {
            pending.set(pending.get() - 1);
            recorded.accept(effect);
            updateSizes();
            onEffect.accept(effect);
            done.run();
        }, error -> {
            pending.set(pending.get() - 1);
            boolean keep = keepWhenOffline != null && LiveUpdates.isConnectionLoss(error);
            if (!keep) {
                onFailure.accept(error);
            }
            updateSizes();
            if (keep) {
                unsaved.addLast(keepWhenOffline);
                unsavedCount.set(unsaved.size());
                status.notSaved(description, error);
            } else {
                status.failed(description, error);
            }
        });
    }

    private void updateSizes() {
        undoSize.set(undo.size());
        redoSize.set(redo.size());
        undoDescription.set(undo.isEmpty() ? "" : undo.peek().description());
        redoDescription.set(redo.isEmpty() ? "" : redo.peek().description());
    }

    public BooleanBinding canUndoBinding() {
        return canUndo;
    }

    public BooleanBinding canRedoBinding() {
        return canRedo;
    }

    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }
}
