package dev.margin.ui.library;

import dev.margin.domain.ArticleDraft;
import dev.margin.importer.ArticleImporter;
import dev.margin.importer.ImportException;
import dev.margin.importer.ImportResult;
import dev.margin.store.StoreException;
import dev.margin.service.LibraryService;
import dev.margin.service.LibraryServices;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.StatusViewModel;
import dev.margin.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Imports files, URLs and pasted text on the background thread: one after the other with progress,
 * cancellable between items, and every failure collected (with its reason, naming the file) instead
 * of stopping the batch. When a batch ends, the handler set by {@link #setOnFinished} gets all outcomes.
 */
public final class ImportViewModel {
    private final LibraryServices services;
    private final Supplier<ArticleImporter> importerFactory;
    private ArticleImporter importer;
    private final TaskRunner tasks;
    private final StatusViewModel status;
    private final Messages messages;
    private Consumer<List<ImportOutcome>> onFinished = outcomes -> { };
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private volatile AtomicBoolean cancelled = new AtomicBoolean();

    public ImportViewModel(LibraryServices services, Supplier<ArticleImporter> importerFactory, TaskRunner tasks, StatusViewModel status, Messages messages) {
        this.services = services;
        this.importerFactory = importerFactory;
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
        List<Source> sources = files.stream().map(file -> new Source(file.toString(), () -> importer().importFile(file))).toList();
        run(sources);
    }

    /** Imports a URL when the text is one (http or https, one line), otherwise the text itself as a pasted article. */
    public void importTextOrUrl(String text) {
        if (text == null || text.isBlank()) {
            status.info(messages.get("import.pasted.empty"));
            return;
        }
        Optional<URI> url = asUrl(text);
        if (url.isPresent()) {
            run(List.of(new Source(url.get().toString(), () -> importer().importUrl(url.get()))));
        } else {
            importPasted(text, null);
        }
    }

    /** Imports pasted text with an optional title. */
    public void importPasted(String text, String title) {
        run(List.of(new Source(messages.get("import.pasted.title"), () -> importer().importPasted(text, title))));
    }

    /** The text as an http(s) URL when it is a single line that parses as one. */
    public static Optional<URI> asUrl(String text) {
        String candidate = text.strip();
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (candidate.contains("\n") || candidate.contains(" ") || !(lower.startsWith("http://") || lower.startsWith("https://"))) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(candidate);
            return uri.getHost() == null ? Optional.empty() : Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The importer, made on first use (on the background thread): its HTML and JSON machinery is not needed to start. */
    private synchronized ArticleImporter importer() {
        if (importer == null) {
            importer = importerFactory.get();
        }
        return importer;
    }

    /** Stops the running batch before its next item. */
    public void cancel() {
        cancelled.set(true);
    }

    private void run(List<Source> sources) {
        if (running.get()) {
            status.info(messages.get("import.busy"));
            return;
        }
        AtomicBoolean cancel = new AtomicBoolean();
        cancelled = cancel;
        running.set(true);
        progress.set(0);
        tasks.submit(() -> importAll(sources, cancel), outcomes -> finish(outcomes, sources.size(), cancel.get()), error -> {
            running.set(false);
            status.failed(messages.get("import.fileChooser"), error);
        });
    }

    private List<ImportOutcome> importAll(List<Source> sources, AtomicBoolean cancel) {
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < sources.size() && !cancel.get(); i++) {
            Source source = sources.get(i);
            int done = i;
            tasks.onUi(() -> {
                progress.set((double) done / sources.size());
                progressText.set(messages.get("import.progress", done + 1, sources.size(), source.name));
            });
            outcomes.add(importOne(source));
        }
        return outcomes;
    }

    private ImportOutcome importOne(Source source) {
        try {
            ImportResult result = source.work.call();
            return store(source.name, result.draft());
        } catch (ImportException | StoreException | IllegalArgumentException e) {
            return new ImportOutcome(source.name, ImportOutcome.Result.FAILED, null, e.getMessage());
        }
    }

    private ImportOutcome store(String source, ArticleDraft draft) {
        LibraryService.ImportOutcome stored = services.library().importDraft(draft);
        long id = stored.article().id();
        return switch (stored.status()) {
            case NEW -> new ImportOutcome(source, ImportOutcome.Result.IMPORTED, id, "");
            case DUPLICATE -> new ImportOutcome(source, ImportOutcome.Result.ALREADY_THERE, id,
                    messages.get("import.duplicate", stored.article().displayTitle()));
            case REVISED -> new ImportOutcome(source, ImportOutcome.Result.NEW_REVISION, id,
                    messages.get("import.revised", stored.article().displayTitle(), stored.reanchored()));
        };
    }

    private void finish(List<ImportOutcome> outcomes, int total, boolean wasCancelled) {
        running.set(false);
        progress.set(1);
        long succeeded = outcomes.stream().filter(outcome -> !outcome.failed()).count();
        if (wasCancelled) {
            status.info(messages.get("import.cancelled", outcomes.size(), total));
        } else if (succeeded == total) {
            status.saved(messages.get("import.doneAll", succeeded));
        } else {
            status.info(messages.get("import.done", succeeded, total));
        }
        onFinished.accept(outcomes);
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

    /** One thing to import: how to name it to the user, and how to import it. */
    private record Source(String name, Work work) {
    }

    @FunctionalInterface
    private interface Work {
        ImportResult call() throws ImportException;
    }
}
