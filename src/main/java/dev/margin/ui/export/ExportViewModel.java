package dev.margin.ui.export;

import dev.margin.service.Cancellation;
import dev.margin.service.ExportProgress;
import dev.margin.service.ExportService;
import dev.margin.service.ExportService.ExportResult;
import dev.margin.ui.common.Errors;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.Settings;
import dev.margin.ui.common.StatusViewModel;
import dev.margin.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The export dialog's state: the chosen format (and CSV's byte-order mark), remembered with the last
 * folder in the window's settings; one export at a time on the background runner, its progress
 * (articles read, then bytes written), its cancellation, and how it ended, also told to the status bar.
 */
public final class ExportViewModel {
    static final String LAST_FOLDER = "export.lastFolder";
    static final String LAST_FORMAT = "export.lastFormat";
    static final String CSV_BOM = "export.csvBom";
    /** The progress value a progress bar shows as "busy, amount unknown" (ProgressIndicator's own). */
    public static final double INDETERMINATE = -1;

    private final ExportService service;
    private final TaskRunner tasks;
    private final StatusViewModel status;
    private final Messages messages;
    private final Settings settings;
    private final ObjectProperty<FormatOption> format = new SimpleObjectProperty<>();
    private final BooleanProperty bom = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(INDETERMINATE);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    /** The newest figures from the exporting thread, shown by one pending UI update at a time. */
    private final AtomicReference<long[]> pendingProgress = new AtomicReference<>();
    private Cancellation cancellation;

    /** How an export ended: with a result, cancelled, or failed (with the file it was writing). */
    public record Outcome(Path target, ExportResult result, Throwable failure) {
        public boolean succeeded() {
            return result != null;
        }

        public boolean cancelled() {
            return failure instanceof CancellationException;
        }
    }

    public ExportViewModel(ExportService service, TaskRunner tasks, StatusViewModel status, Messages messages, Settings settings) {
        this.service = Objects.requireNonNull(service, "service");
        this.tasks = tasks;
        this.status = status;
        this.messages = messages;
        this.settings = settings;
        format.set(FormatOption.parse(settings.get(LAST_FORMAT, FormatOption.MARKDOWN.name())));
        bom.set(settings.getBoolean(CSV_BOM, false));
    }

    /** The folder the last export went to, when it still exists; else the user's home folder. */
    public Path initialFolder() {
        Path last = Path.of(settings.get(LAST_FOLDER, System.getProperty("user.home")));
        return Files.isDirectory(last) ? last : Path.of(System.getProperty("user.home"));
    }

    /**
     * Exports {@code subject} in the chosen format to {@code target} (a folder for the Markdown folder format)
     * in the background; {@code finished} hears how it ended, on the UI thread. Ignored while an export runs.
     */
    public void export(ExportSubject subject, Path target, Consumer<Outcome> finished) {
        if (running.get()) {
            return;
        }
        FormatOption option = format.get();
        remember(option, option.writesFolder() ? target : target.toAbsolutePath().getParent());
        Cancellation thisRun = new Cancellation();
        cancellation = thisRun;
        running.set(true);
        progress.set(INDETERMINATE);
        progressText.set(messages.get("export.progress.starting"));
        status.info(messages.get("export.running", target));
        tasks.submit(() -> service.export(subject.scope(), option.format(bom.get()), target, this::heard, thisRun), result -> {
            running.set(false);
            Outcome outcome = new Outcome(target, result, null);
            status.info(doneMessage(outcome));
            finished.accept(outcome);
        }, failure -> {
            running.set(false);
            if (failure instanceof CancellationException) {
                status.info(messages.get("export.cancelled"));
            } else {
                status.failed(messages.get("export.failed.what", target), failure);
            }
            finished.accept(new Outcome(target, null, failure));
        });
    }

    /** Asks the running export to stop; it ends as cancelled and leaves no file behind. */
    public void cancel() {
        if (cancellation != null && running.get()) {
            cancellation.cancel();
            progressText.set(messages.get("export.progress.cancelling"));
        }
    }

    /** The sentence a failure dialog shows under its heading: the reason, naming the file. */
    public String reason(Outcome outcome) {
        return Errors.describe(outcome.failure());
    }

    /** What a finished export wrote, as the status bar and the dialog say it: the file, or how many notes in which folder. */
    public String doneMessage(Outcome outcome) {
        ExportResult result = outcome.result();
        String where = result.files().size() == 1 ? result.files().get(0).toString()
                : messages.get("export.done.folder", result.files().size(), outcome.target());
        return messages.get("export.done", result.articles(), result.annotations(), where);
    }

    private void remember(FormatOption option, Path folder) {
        settings.put(LAST_FORMAT, option.name());
        settings.put(CSV_BOM, bom.get());
        if (folder != null) {
            settings.put(LAST_FOLDER, folder.toAbsolutePath().toString());
        }
    }

    /** Called on the exporting thread: keeps the newest figures and asks for one UI update if none is pending. */
    private void heard(ExportProgress.Stage stage, long done, long total) {
        if (pendingProgress.getAndSet(new long[] {stage.ordinal(), done, total}) == null) {
            tasks.onUi(this::showProgress);
        }
    }

    private void showProgress() {
        long[] figures = pendingProgress.getAndSet(null);
        if (figures == null || !running.get() || cancellation.isCancelled()) {
            return;
        }
        ExportProgress.Stage stage = ExportProgress.Stage.values()[(int) figures[0]];
        long done = figures[1];
        long total = figures[2];
        if (stage == ExportProgress.Stage.READING) {
            progress.set(total > 0 ? (double) done / total : INDETERMINATE);
            progressText.set(messages.get("export.progress.reading", done, total));
        } else {
            progress.set(INDETERMINATE);
            progressText.set(messages.get("export.progress.writing", done / 1_048_576.0));
        }
    }

    public ObjectProperty<FormatOption> formatProperty() {
        return format;
    }

    public BooleanProperty bomProperty() {
        return bom;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }
}
