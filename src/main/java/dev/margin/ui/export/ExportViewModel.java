package dev.margin.ui.export;

import dev.margin.export.Reviewer;
import dev.margin.service.ExportOptions;
import dev.margin.service.ExportProgress;
import dev.margin.service.ExportService;
import dev.margin.service.ExportService.ExportResult;
import dev.margin.ui.common.BackgroundTask;
import dev.margin.ui.common.Errors;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.Settings;
import dev.margin.ui.common.StatusViewModel;
import dev.margin.ui.common.TaskMonitor;
import dev.margin.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * The export dialog's state: the chosen format (and CSV's byte-order mark, the PDF's article text, the
 * ClaimReview's reviewing organisation, set once and kept), remembered with the last folder in the
 * window's settings; one export at a time, a {@link BackgroundTask} on the worker pool, its progress
 * (articles read, then bytes written), its cancellation, and how it ended, also told to the status bar.
 */
public final class ExportViewModel {
    static final String LAST_FOLDER = "export.lastFolder";
    static final String LAST_FORMAT = "export.lastFormat";
    static final String CSV_BOM = "export.csvBom";
    static final String PDF_TEXT = "export.pdfText";
    static final String ORGANISATION = "export.organisation.name";
    static final String ORGANISATION_URL = "export.organisation.url";
    static final String REVIEW_URL = "export.reviewUrl";
    /** The progress value a progress bar shows as "busy, amount unknown" (ProgressIndicator's own). */
    public static final double INDETERMINATE = BackgroundTask.INDETERMINATE;

    private final ExportService service;
    private final TaskRunner tasks;
    private final StatusViewModel status;
    private final Messages messages;
    private final Settings settings;
    private final ObjectProperty<FormatOption> format = new SimpleObjectProperty<>();
    private final BooleanProperty bom = new SimpleBooleanProperty();
    private final BooleanProperty articleText = new SimpleBooleanProperty();
    private final StringProperty organisation = new SimpleStringProperty("");
    private final StringProperty organisationUrl = new SimpleStringProperty("");
    private final StringProperty reviewUrl = new SimpleStringProperty("");
    private final TaskMonitor monitor = new TaskMonitor();

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
        articleText.set(settings.getBoolean(PDF_TEXT, false));
        organisation.set(settings.get(ORGANISATION, ""));
        organisationUrl.set(settings.get(ORGANISATION_URL, ""));
        reviewUrl.set(settings.get(REVIEW_URL, ""));
    }

    /** The reviewing organisation as typed (ClaimReview's author), remembered once given. */
    public Reviewer reviewer() {
        return new Reviewer(organisation.get(), organisationUrl.get(), reviewUrl.get());
    }

    /** Why the chosen format cannot be exported as the dialog stands (a reviewer's address that is not a web address), or empty. */
    public String problem() {
        String problem = format.get() == FormatOption.CLAIMREVIEW ? reviewer().problem() : "";
        return problem.isEmpty() ? "" : messages.get("export.reviewer.problem", problem);
    }

    /** The service the exports run through (also asked which annotations a review filter matches). */
    ExportService service() {
        return service;
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
        if (monitor.isRunning()) {
            return;
        }
        FormatOption option = format.get();
        remember(option, option.writesFolder() ? target : target.toAbsolutePath().getParent());
        boolean withBom = bom.get();
        ExportOptions options = new ExportOptions(articleText.get(), reviewer());
        status.info(messages.get("export.running", target));
        BackgroundTask<ExportResult> task = BackgroundTask.create(context -> service.export(subject.scope(), option.format(withBom),
                options, target, (stage, done, total) -> heard(context, stage, done, total), context.cancellation()));
        monitor.watch(task, INDETERMINATE, messages.get("export.progress.starting")).onSuccess(result -> {
            Outcome outcome = new Outcome(target, result, null);
            status.info(doneMessage(outcome));
            finished.accept(outcome);
        }).onCancelled(cancelled -> {
            status.info(messages.get("export.cancelled"));
            finished.accept(new Outcome(target, null, cancelled));
        }).onFailure(failure -> {
            status.failed(messages.get("export.failed.what", target), failure);
            finished.accept(new Outcome(target, null, failure));
        });
        tasks.run(task);
    }

    /** Asks the running export to stop; it ends as cancelled and leaves no file behind. */
    public void cancel() {
        monitor.cancel(messages.get("export.progress.cancelling"));
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
        settings.put(PDF_TEXT, articleText.get());
        Reviewer reviewer = reviewer();
        if (reviewer.problem().isEmpty()) {
            settings.put(ORGANISATION, reviewer.name());
            settings.put(ORGANISATION_URL, reviewer.url());
            settings.put(REVIEW_URL, reviewer.reviewPage());
        }
        if (folder != null) {
            settings.put(LAST_FOLDER, folder.toAbsolutePath().toString());
        }
    }

    /** Called on the exporting thread: articles read (of how many), then megabytes written. */
    private void heard(BackgroundTask.Context context, ExportProgress.Stage stage, long done, long total) {
        if (stage == ExportProgress.Stage.READING) {
            context.progress(total > 0 ? (double) done / total : INDETERMINATE, messages.get("export.progress.reading", done, total));
        } else {
            context.progress(INDETERMINATE, messages.get("export.progress.writing", done / 1_048_576.0));
        }
    }

    public ObjectProperty<FormatOption> formatProperty() {
        return format;
    }

    public BooleanProperty bomProperty() {
        return bom;
    }

    /** The PDF report prints each article's text, with its marks. */
    public BooleanProperty articleTextProperty() {
        return articleText;
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public StringProperty organisationUrlProperty() {
        return organisationUrl;
    }

    public StringProperty reviewUrlProperty() {
        return reviewUrl;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return monitor.runningProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return monitor.progressProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return monitor.messageProperty();
    }
}
