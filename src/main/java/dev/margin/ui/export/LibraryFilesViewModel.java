package dev.margin.ui.export;

import dev.margin.service.BackupService;
import dev.margin.service.BackupService.RestoreResult;
import dev.margin.service.RestoreService;
import dev.margin.service.RestoreService.RestoreReport;
import dev.margin.ui.common.BackgroundTask;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.StatusViewModel;
import dev.margin.ui.common.TaskMonitor;
import dev.margin.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Files that bring a library's content in or keep it safe: importing annotations from a Margin JSON-LD
 * export, backing the whole library up to one file and restoring it from one. Each is a {@link BackgroundTask},
 * one at a time: the backup on the worker pool, the two that write on the store queue. Its outcome goes to the
 * status bar and to the caller (which refreshes the window after an import or restore, or shows a failure).
 */
public final class LibraryFilesViewModel {
    private final RestoreService restoreService;
    private final BackupService backupService;
    private final TaskRunner tasks;
    private final StatusViewModel status;
    private final Messages messages;
    private final Clock clock;
    private final TaskMonitor monitor = new TaskMonitor();
    private final ReadOnlyBooleanWrapper backingUp = new ReadOnlyBooleanWrapper(false);

    public LibraryFilesViewModel(RestoreService restoreService, BackupService backupService, TaskRunner tasks,
                                 StatusViewModel status, Messages messages, Clock clock) {
        this.restoreService = restoreService;
        this.backupService = backupService;
        this.tasks = tasks;
        this.status = status;
        this.messages = messages;
        this.clock = clock;
        // A backup's progress shows in the status bar, the window's one place for work under way.
        monitor.messageProperty().addListener((property, before, now) -> {
            if (monitor.isRunning() && now != null) {
                status.info(now);
            }
        });
    }

    /** The proposed backup file name, {@code margin-backup-2026-11-24.db}. */
    public String backupFileName() {
        return "margin-backup-" + LocalDate.now(clock) + ".db";
    }

    /**
     * Adds what a JSON-LD export holds and the library lacks; {@code done} gets the counts. It writes, so it waits its
     * turn on the store queue.
     */
    public void importAnnotations(Path file, Consumer<RestoreReport> done, Consumer<Throwable> failed) {
        start(BackgroundTask.create(context -> restoreService.restore(file)), tasks::queue, report -> {
            status.info(summary(report));
            done.accept(report);
        }, failed, messages.get("files.import.what", file));
    }

    /** What an import added and found already there, as the status bar and the dialog say it. */
    public String summary(RestoreReport report) {
        return messages.get("files.import.done", report.annotationsAdded(), report.annotationsAlreadyPresent(),
                report.articlesAdded(), report.articlesMatched(), report.actorsAdded(), report.actorsMatched());
    }

    /**
     * Writes a consistent copy of the whole library to {@code target}, on the worker pool: SQLite's online backup
     * reads the file beside the window's own writes, which go on meanwhile.
     */
    public void backup(Path target, Consumer<Path> done, Consumer<Throwable> failed) {
        String what = messages.get("files.backup.what", target);
        if (!monitor.isRunning()) {
            backingUp.set(true);
        }
        start(BackgroundTask.create(context -> backupService.backup(target,
                (copied, total) -> context.progress(total <= 0 ? BackgroundTask.INDETERMINATE : (double) copied / total,
                        messages.get("files.backup.progress", what, total <= 0 ? 0 : Math.round(100.0 * copied / total))),
                context.cancellation())).onDone(() -> backingUp.set(false)), tasks::run, bytes -> {
            status.info(messages.get("files.backup.done", target, bytes / 1024));
            done.accept(target);
        }, failed, messages.get("files.backup.what", target));
    }

    /** Replaces the library's content by the backup's; the library as it was is kept beside it. After every write queued before it. */
    public void restore(Path backup, Consumer<RestoreResult> done, Consumer<Throwable> failed) {
        start(BackgroundTask.create(context -> backupService.restore(backup)), tasks::queue, result -> {
            status.info(messages.get("files.restore.done", result.restoredFrom(), result.previousLibrary()));
            done.accept(result);
        }, failed, messages.get("files.restore.what", backup));
    }

    private <T> void start(BackgroundTask<T> task, Consumer<BackgroundTask<T>> lane, Consumer<T> done, Consumer<Throwable> failed,
                           String what) {
        if (monitor.isRunning()) {
            return;
        }
        String working = messages.get("files.working", what);
        status.info(working);
        monitor.watch(task, BackgroundTask.INDETERMINATE, working).onSuccess(done).onFailure(error -> {
            status.failed(what, error);
            failed.accept(error);
        }).onCancelled(cancelled -> status.info(messages.get("files.cancelled", what)));
        lane.accept(task);
    }

    /** Asks the running backup to stop; the target is left as it was. Imports and restores write and finish. */
    public void cancel() {
        if (backingUp.get()) {
            monitor.cancel(messages.get("files.cancelling"));
        }
    }

    /** True while a backup runs (it can be cancelled). */
    public ReadOnlyBooleanProperty backingUpProperty() {
        return backingUp.getReadOnlyProperty();
    }

    /** True while an import, backup or restore runs (one at a time). */
    public ReadOnlyBooleanProperty busyProperty() {
        return monitor.runningProperty();
    }

    /** What the running import, backup or restore is doing, for a label beside a busy indicator. */
    public ReadOnlyStringProperty progressTextProperty() {
        return monitor.messageProperty();
    }
}
