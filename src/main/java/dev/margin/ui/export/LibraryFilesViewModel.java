package dev.margin.ui.export;

import dev.margin.service.BackupService;
import dev.margin.service.BackupService.RestoreResult;
import dev.margin.service.RestoreService;
import dev.margin.service.RestoreService.RestoreReport;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.StatusViewModel;
import dev.margin.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Files that bring a library's content in or keep it safe: importing annotations from a Margin JSON-LD
 * export, backing the whole library up to one file and restoring it from one. Each runs on the background
 * runner, one at a time, and its outcome goes to the status bar and to the caller (which refreshes the
 * window after an import or restore, or shows a failure).
 */
public final class LibraryFilesViewModel {
    private final RestoreService restoreService;
    private final BackupService backupService;
    private final TaskRunner tasks;
    private final StatusViewModel status;
    private final Messages messages;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public LibraryFilesViewModel(RestoreService restoreService, BackupService backupService, TaskRunner tasks,
                                 StatusViewModel status, Messages messages, Clock clock) {
        this.restoreService = restoreService;
        this.backupService = backupService;
        this.tasks = tasks;
        this.status = status;
        this.messages = messages;
        this.clock = clock;
    }

    /** The proposed backup file name, {@code margin-backup-2026-11-24.db}. */
    public String backupFileName() {
        return "margin-backup-" + LocalDate.now(clock) + ".db";
    }

    /** Adds what a JSON-LD export holds and the library lacks; {@code done} gets the counts. */
    public void importAnnotations(Path file, Consumer<RestoreReport> done, Consumer<Throwable> failed) {
        run(() -> restoreService.restore(file), report -> {
            status.info(summary(report));
            done.accept(report);
        }, failed, messages.get("files.import.what", file));
    }

    /** What an import added and found already there, as the status bar and the dialog say it. */
    public String summary(RestoreReport report) {
        return messages.get("files.import.done", report.annotationsAdded(), report.annotationsAlreadyPresent(),
                report.articlesAdded(), report.articlesMatched(), report.actorsAdded(), report.actorsMatched());
    }

    /** Writes a consistent copy of the whole library to {@code target}. */
    public void backup(Path target, Consumer<Path> done, Consumer<Throwable> failed) {
        run(() -> backupService.backup(target), bytes -> {
            status.info(messages.get("files.backup.done", target, bytes / 1024));
            done.accept(target);
        }, failed, messages.get("files.backup.what", target));
    }

    /** Replaces the library's content by the backup's; the library as it was is kept beside it. */
    public void restore(Path backup, Consumer<RestoreResult> done, Consumer<Throwable> failed) {
        run(() -> backupService.restore(backup), result -> {
            status.info(messages.get("files.restore.done", result.restoredFrom(), result.previousLibrary()));
            done.accept(result);
        }, failed, messages.get("files.restore.what", backup));
    }

    private <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed, String what) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        status.info(messages.get("files.working", what));
        tasks.submit(work, result -> {
            busy.set(false);
            done.accept(result);
        }, error -> {
            busy.set(false);
            status.failed(what, error);
            failed.accept(error);
        });
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
