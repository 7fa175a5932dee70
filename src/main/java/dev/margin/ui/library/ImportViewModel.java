package dev.margin.ui.library;

import dev.margin.service.ImportItemResult;
import dev.margin.service.ImportService;
import dev.margin.service.ImportSource;
import dev.margin.ui.common.BackgroundTask;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.StatusViewModel;
import dev.margin.ui.common.TaskMonitor;
import dev.margin.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Imports files, URLs and pasted text through the {@link ImportService}: reading (a download may take
 * seconds) on the worker pool, each store write on the store queue, one input after the other with
 * progress, cancellable between inputs, and every failure collected (with its reason, naming the file)
 * instead of stopping the batch. When a batch ends the status bar sums it up, warnings and dropped
 * boilerplate lines included; the whole report (per input: result, warnings, dropped lines) stays
 * available as {@link #lastReportProperty()}, and the handler set by {@link #setOnFinished} gets it.
 */
public final class ImportViewModel {
    private final ImportService service;
    private final TaskRunner tasks;
    private final StatusViewModel status;
    private final Messages messages;
    private final TaskMonitor monitor = new TaskMonitor();
    private final ReadOnlyObjectWrapper<List<ImportOutcome>> lastReport = new ReadOnlyObjectWrapper<>(List.of());
    private Consumer<List<ImportOutcome>> onFinished = outcomes -> { };
    /** The service's results behind {@link #lastReport}, one per outcome, to bring dropped blocks back. */
    private List<ImportItemResult> lastResults = List.of();

    public ImportViewModel(ImportService service, TaskRunner tasks, StatusViewModel status, Messages messages) {
        this.service = service;
        this.tasks = tasks;
        this.status = status;
        this.messages = messages;
    }

    /** {@code handler} gets the outcomes of every finished batch on the UI thread (to list failures, open the article). */
    public void setOnFinished(Consumer<List<ImportOutcome>> handler) {
        onFinished = handler;
    }

    /** Imports local files (.txt, .md, .html ...), one after the other. */
    public void importFiles(List<Path> files) {
        run(files.stream().map(ImportSource::file).toList());
    }

    /** Imports a web page when the text is the address of one, otherwise the text itself as a pasted article. */
    public void importTextOrUrl(String text) {
        if (text == null || text.isBlank()) {
            status.info(messages.get("import.pasted.empty"));
            return;
        }
        run(List.of(ImportSource.text(text)));
    }

    /** Imports pasted text with an optional title. */
    public void importPasted(String text, String title) {
        run(List.of(new ImportSource.Pasted(text, title)));
    }

    /** Stops the running batch before its next item. */
    public void cancel() {
        monitor.cancel(messages.get("import.cancelling"));
    }

    private void run(List<ImportSource> sources) {
        if (sources.isEmpty()) {
            return;
        }
        if (monitor.isRunning()) {
            status.info(messages.get("import.busy"));
            return;
        }
        int total = sources.size();
        BackgroundTask<List<ImportItemResult>> task = BackgroundTask.create(context -> service.importAll(sources,
                new ImportService.Listener() {
                    @Override
                    public void starting(int index, int count, ImportSource source) {
                        context.progress((double) index / count, messages.get("import.progress", index + 1, count, nameOf(source)));
                    }
                }, context.cancellation(), tasks.storeQueue()));
        monitor.watch(task, 0, messages.get("import.progress", 1, total, nameOf(sources.get(0))));
        task.onSuccess(results -> {
                    lastResults = List.copyOf(results);
                    finish(results.stream().map(this::outcome).toList(), total, task.isCancelled());
                })
                .onFailure(error -> status.failed(messages.get("import.fileChooser"), error));
        tasks.run(task);
    }

    private String nameOf(ImportSource source) {
        return source instanceof ImportSource.Pasted ? messages.get("import.pasted.title") : source.name();
    }

    private ImportOutcome outcome(ImportItemResult result) {
        String source = nameOf(result.source());
        return switch (result.status()) {
            case NEW -> new ImportOutcome(source, ImportOutcome.Result.IMPORTED, result.articleId(),
                    messages.get("import.new", result.article().displayTitle()) + "; " + result.summary(), result.warnings(),
                    result.droppedLines(), result.droppedPositions());
            case DUPLICATE -> new ImportOutcome(source, ImportOutcome.Result.ALREADY_THERE, result.articleId(),
                    messages.get("import.duplicate", result.article().displayTitle()), result.warnings(), result.droppedLines(),
                    result.droppedPositions());
            case REVISED -> new ImportOutcome(source, ImportOutcome.Result.NEW_REVISION, result.articleId(),
                    messages.get("import.revised", result.article().displayTitle(), result.reanchored()) + "; " + result.summary(),
                    result.warnings(),
                    result.droppedLines(), result.droppedPositions());
            case FAILED -> new ImportOutcome(source, ImportOutcome.Result.FAILED, null, result.failure(), result.warnings(),
                    result.droppedLines());
        };
    }

    private void finish(List<ImportOutcome> outcomes, int total, boolean wasCancelled) {
        long succeeded = outcomes.stream().filter(outcome -> !outcome.failed()).count();
        String summary = wasCancelled ? messages.get("import.cancelled", outcomes.size(), total)
                : succeeded == total ? messages.get("status.saved", messages.get("import.doneAll", succeeded))
                : messages.get("import.done", succeeded, total, firstFailure(outcomes));
        int warnings = outcomes.stream().mapToInt(outcome -> outcome.warnings().size()).sum();
        int dropped = outcomes.stream().mapToInt(outcome -> outcome.droppedLines().size()).sum();
        List<String> notes = new ArrayList<>();
        if (warnings > 0) {
            notes.add(messages.get("import.notes.warnings", warnings));
        }
        if (dropped > 0) {
            notes.add(messages.get("import.notes.dropped", dropped));
        }
        status.info(notes.isEmpty() ? summary : messages.get("import.withNotes", summary, String.join(", ", notes)));
        lastReport.set(List.copyOf(outcomes));
        onFinished.accept(outcomes);
    }

    /**
     * Brings the dropped block {@code index} of the last report's outcome {@code outcomeIndex} back into its article,
     * at its place, as a new revision (the store queue does the write; annotations are re-anchored). On success the
     * report is updated (the block leaves its list) and {@code restored} gets the article's id on the UI thread; a
     * refusal (the article changed since) is told in the status bar and changes nothing.
     */
    public void keepDropped(int outcomeIndex, int index, Consumer<Long> restored) {
        if (outcomeIndex < 0 || outcomeIndex >= lastResults.size()) {
            return;
        }
        ImportItemResult before = lastResults.get(outcomeIndex);
        tasks.submit(() -> service.keepDropped(before, index), after -> {
            List<ImportItemResult> results = new ArrayList<>(lastResults);
            results.set(outcomeIndex, after);
            lastResults = List.copyOf(results);
            List<ImportOutcome> outcomes = new ArrayList<>(lastReport.get());
            ImportOutcome old = outcomes.get(outcomeIndex);
            outcomes.set(outcomeIndex, new ImportOutcome(old.source(), ImportOutcome.Result.NEW_REVISION, after.articleId(),
                    old.message(), old.warnings(), after.droppedLines(), after.droppedPositions()));
            lastReport.set(List.copyOf(outcomes));
            status.info(messages.get("import.keep.done", after.article().displayTitle(), after.article().revision(),
                    after.ok(), after.moved(), after.orphaned()));
            restored.accept(after.articleId());
        }, error -> status.failed(messages.get("import.keep.failed"), error));
    }

    /** What went wrong with the first input that failed, for a one-item import's status line. */
    private static String firstFailure(List<ImportOutcome> outcomes) {
        return outcomes.stream().filter(ImportOutcome::failed).map(ImportOutcome::message).findFirst().orElse("");
    }

    /** The report of a batch as the details dialog lists it: per input its result, then its warnings and dropped lines. */
    public String reportText(List<ImportOutcome> outcomes) {
        StringBuilder text = new StringBuilder();
        for (ImportOutcome outcome : outcomes) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(outcome.source()).append('\n').append("    ").append(outcome.message());
            outcome.warnings().forEach(warning -> text.append('\n').append("    ").append(messages.get("import.report.warning", warning)));
            outcome.droppedLines().forEach(line -> text.append('\n').append("    ").append(messages.get("import.report.dropped", line)));
        }
        return text.toString();
    }

    /** The outcomes of the last finished batch (empty before the first). */
    public ReadOnlyObjectProperty<List<ImportOutcome>> lastReportProperty() {
        return lastReport.getReadOnlyProperty();
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
