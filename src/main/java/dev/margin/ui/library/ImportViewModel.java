package dev.margin.ui.library;

import dev.margin.importer.ArchivedPage;
import dev.margin.importer.ImportCancelledException;
import dev.margin.importer.ImportException;
import dev.margin.importer.WebArchives;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
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
    private PagePicker pagePicker = (archive, pages) -> pages;
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

    /**
     * Chooses the pages to import from a web archive, on the UI thread (the window shows a dialog); returns the pages
     * chosen, empty to import none.
     */
    @FunctionalInterface
    public interface PagePicker {
        List<ArchivedPage> choose(Path archive, List<ArchivedPage> pages);
    }

    /** Sets how the pages of a web archive with several article pages are chosen (until set: all of them). */
    public void setPagePicker(PagePicker picker) {
        pagePicker = picker;
    }

    /**
     * Imports local files (.txt, .md, .html, .mhtml, .pdf ...), one after the other. Web archives among them (.warc,
     * .warc.gz, .wacz) are read first, in the background, for their list of article pages; the page picker chooses
     * from each list, and the pages chosen are imported with the other files.
     */
    public void importFiles(List<Path> files) {
        if (files.stream().noneMatch(ImportService::isWebArchive)) {
            run(files.stream().map(ImportSource::file).toList());
            return;
        }
        if (monitor.isRunning()) {
            status.info(messages.get("import.busy"));
            return;
        }
        List<Path> archives = files.stream().filter(ImportService::isWebArchive).toList();
        BackgroundTask<Map<Path, ArchiveListing>> task = BackgroundTask.create(context -> listAll(archives, context));
        monitor.watch(task, 0, messages.get("import.archive.reading", archives.get(0).getFileName(), 0));
        task.onSuccess(listings -> chooseAndImport(files, listings))
                .onCancelled(cancelled -> status.info(messages.get("import.archive.cancelled")))
                .onFailure(error -> status.failed(messages.get("import.fileChooser"), error));
        tasks.run(task);
    }

    /** An archive's article pages, or why they could not be listed. */
    private record ArchiveListing(List<ArchivedPage> pages, String failure) {
    }

    private Map<Path, ArchiveListing> listAll(List<Path> archives, BackgroundTask.Context context) {
        Map<Path, ArchiveListing> listings = new LinkedHashMap<>();
        for (int i = 0; i < archives.size(); i++) {
            Path archive = archives.get(i);
            int index = i;
            try {
                List<ArchivedPage> pages = service.archivePages(archive, context.cancellation(), fraction -> context.progress(
                        (index + fraction) / archives.size(),
                        messages.get("import.archive.reading", archive.getFileName(), (int) Math.round(fraction * 100))));
                listings.put(archive, new ArchiveListing(pages, null));
            } catch (ImportCancelledException e) {
                throw new CancellationException(e.getMessage());
            } catch (ImportException e) {
                listings.put(archive, new ArchiveListing(List.of(), e.getMessage()));
            }
        }
        return listings;
    }

    /** Each archive's pages chosen (an archive with one page needs no choice), then one batch with the other files. */
    private void chooseAndImport(List<Path> files, Map<Path, ArchiveListing> listings) {
        List<ImportSource> sources = new ArrayList<>();
        for (Path file : files) {
            ArchiveListing listing = listings.get(file);
            if (listing == null) {
                sources.add(ImportSource.file(file));
            } else if (listing.failure() != null) {
                sources.add(new ImportSource.Refused(file.toString(), listing.failure()));
            } else if (listing.pages().isEmpty()) {
                sources.add(new ImportSource.Refused(file.toString(), WebArchives.noArticlePages(file)));
            } else {
                List<ArchivedPage> chosen = listing.pages().size() == 1 ? listing.pages() : pagePicker.choose(file, listing.pages());
                sources.addAll(ImportService.archivePagesToImport(file, chosen));
            }
        }
        if (sources.isEmpty()) {
            status.info(messages.get("import.archive.noneChosen"));
        } else {
            run(sources);
        }
    }

    /** Imports a web page when the text is the address of one, otherwise the text itself as a pasted article. */
    public void importTextOrUrl(String text) {
        if (text == null || text.isBlank()) {
            status.info(messages.get("import.pasted.empty"));
            return;
        }
        ImportSource source = ImportSource.text(text);
        if (source instanceof ImportSource.File file && ImportService.isWebArchive(file.path())) {
            importFiles(List.of(file.path())); // a file:// address of a web archive: its pages are chosen first
            return;
        }
        run(List.of(source));
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
                : failureSummary(outcomes, succeeded);
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
     * What failed, in a sentence: for one input its own message (which names it and says why); for several, how many
     * were imported and which were not, with the reason when only one failed (the report lists every reason).
     */
    private String failureSummary(List<ImportOutcome> outcomes, long succeeded) {
        List<ImportOutcome> failed = outcomes.stream().filter(ImportOutcome::failed).toList();
        if (outcomes.size() == 1) {
            return failed.get(0).message();
        }
        List<String> names = failed.stream().map(outcome -> shortName(outcome.source())).toList();
        String which = names.size() <= 3 ? joined(names) : messages.get("import.failed.andMore",
                String.join(", ", names.subList(0, 3)), names.size() - 3);
        if (succeeded == 0) {
            return messages.get("import.failed.none", outcomes.size(), which);
        }
        String imported = messages.get("import.done", succeeded, outcomes.size());
        return failed.size() == 1
                ? messages.get("import.failed.oneOfSeveral", imported, which, reasonOf(failed.get(0)))
                : messages.get("import.failed.several", imported, failed.size(), which);
    }

    private String joined(List<String> names) {
        return names.size() == 1 ? names.get(0)
                : messages.get("import.failed.list", String.join(", ", names.subList(0, names.size() - 1)), names.get(names.size() - 1));
    }

    /** A file by its name, an address as it is. */
    private static String shortName(String source) {
        if (source.contains("://")) {
            return source;
        }
        Path path = Path.of(source).getFileName();
        return path == null ? source : path.toString();
    }

    /** The reason in a failure message ("Cannot import the file X: it is empty." gives "it is empty."). */
    private static String reasonOf(ImportOutcome failed) {
        String message = failed.message();
        int named = message.indexOf(failed.source() + ": ");
        if (named >= 0) {
            return message.substring(named + failed.source().length() + 2);
        }
        int colon = message.indexOf(": ");
        return colon >= 0 ? message.substring(colon + 2) : message;
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

    /** The report dialog's header: which input failed, or how many of how many, in a sentence. */
    public String reportHeader(List<ImportOutcome> outcomes) {
        List<ImportOutcome> failed = outcomes.stream().filter(ImportOutcome::failed).toList();
        if (failed.isEmpty()) {
            return messages.get("import.report.header", outcomes.size());
        }
        if (outcomes.size() == 1) {
            return messages.get("import.failures.headerOne", shortName(failed.get(0).source()));
        }
        return failed.size() == outcomes.size() ? messages.get("import.failures.headerAll", outcomes.size())
                : messages.get("import.failures.header", failed.size(), outcomes.size());
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
