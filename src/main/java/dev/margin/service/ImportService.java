package dev.margin.service;

import dev.margin.importer.ArchivedPage;
import dev.margin.importer.ArticleImporter;
import dev.margin.importer.ImportCancelledException;
import dev.margin.importer.ImportException;
import dev.margin.importer.ImportResult;
import dev.margin.importer.WebArchives;
import dev.margin.store.StoreException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;

/**
 * The one way into the library for outside text, shared by the window and the command line: reads each
 * {@link ImportSource} (a file, a web page, pasted text, a page chosen from a web archive) with the {@link ArticleImporter}, stores the draft
 * through {@link LibraryService#importDraft} (new, duplicate, or a new revision with its annotations
 * re-anchored), and says per input what happened, with the importer's warnings and dropped boilerplate lines.
 *
 * <p>A failed input (unreadable, not an article, refused by the library) is reported and the batch goes on;
 * each input is stored in its own transaction, so nothing is half-saved. Reading (fetching, decoding,
 * parsing) happens on the caller's thread; the store writes may be handed to another executor, so that a
 * window keeps its writes on one serial queue while a slow fetch waits on a worker thread.
 */
public final class ImportService {
    /** Hears how a batch goes; called on the importing thread. */
    public interface Listener {
        Listener NONE = new Listener() {
        };

        /** Input {@code index} (from 0) of {@code total} is about to be read. */
        default void starting(int index, int total, ImportSource source) {
        }

        /** Input {@code index} is done, stored or failed. */
        default void finished(int index, ImportItemResult result) {
        }
    }

    private final LibraryService library;
    private final Supplier<ArticleImporter> importerFactory;
    private ArticleImporter importer;

    /** @param importer makes the importer on first use (its HTML and JSON machinery is not needed before) */
    public ImportService(LibraryService library, Supplier<ArticleImporter> importer) {
        this.library = Objects.requireNonNull(library, "library");
        this.importerFactory = Objects.requireNonNull(importer, "importer");
    }

    /** Imports one input on this thread. */
    public ImportItemResult importOne(ImportSource source) {
        return importAll(List.of(source), Listener.NONE, new Cancellation()).get(0);
    }

    /** Imports every input in turn on this thread; see {@link #importAll(List, Listener, Cancellation, Executor)}. */
    public List<ImportItemResult> importAll(List<? extends ImportSource> sources, Listener listener, Cancellation cancellation) {
        return importAll(sources, listener, cancellation, Runnable::run);
    }

    /**
     * Imports every input in turn, reading on this thread and storing each through {@code storeWrites} (waiting
     * for it, so results come back in order). Once {@code cancellation} is set, no further input is started; the
     * one being read is finished. Returns one result per input started, in the order given.
     *
     * <p>{@code storeWrites} must not be the executor this method runs on, or it would wait for itself.
     */
    public List<ImportItemResult> importAll(List<? extends ImportSource> sources, Listener listener, Cancellation cancellation,
                                            Executor storeWrites) {
        List<ImportItemResult> results = new ArrayList<>();
        for (int i = 0; i < sources.size() && !cancellation.isCancelled(); i++) {
            ImportSource source = sources.get(i);
            listener.starting(i, sources.size(), source);
            ImportItemResult result;
            try {
                ImportResult read = read(source, cancellation::isCancelled);
                result = awaitWrite(storeWrites, () -> store(source, read));
            } catch (ImportCancelledException stopped) {
                // Cancelled inside one long file: nothing of it was stored, and no further input is started.
                break;
            } catch (ImportException e) {
                result = ImportItemResult.failed(source, e.getMessage(), List.of(), List.of());
            }
            results.add(result);
            listener.finished(i, result);
        }
        return results;
    }

    /** Whether the file is a web archive (.warc, .warc.gz, .wacz), whose pages are listed to choose from before importing. */
    public static boolean isWebArchive(Path file) {
        return WebArchives.isArchive(file);
    }

    /**
     * The article pages inside a web archive, on this thread (a large archive takes a while: {@code progress} hears
     * the fraction read, and {@code cancellation} stops it with an {@link ImportCancelledException}). Nothing is stored.
     */
    public List<ArchivedPage> archivePages(Path archive, Cancellation cancellation, DoubleConsumer progress) throws ImportException {
        return importer().archivePages(archive, cancellation::isCancelled, progress);
    }

    /** One import source per page chosen from the archive, in the order given. */
    public static List<ImportSource> archivePagesToImport(Path archive, List<ArchivedPage> pages) {
        return pages.stream().<ImportSource>map(page -> new ImportSource.ArchivePage(archive, page)).toList();
    }

    /**
     * Brings the dropped line {@code index} (0-based) of an import's result back into its article at its place, as
     * the article's next revision with its annotations re-anchored; returns the result as it is after that. Refused
     * when the article changed since the import (see {@link LibraryService#restoreDroppedBlock}).
     */
    public ImportItemResult keepDropped(ImportItemResult result, int index) {
        if (result.failed() || index < 0 || index >= result.droppedLines().size()) {
            throw new IllegalArgumentException("There is no dropped block " + (index + 1) + " in the import of "
                    + result.source().name() + " (it dropped " + result.droppedLines().size() + ").");
        }
        LibraryService.ImportOutcome revised = library.restoreDroppedBlock(result.article().id(),
                result.article().contentHash(), result.droppedLines().get(index), result.droppedPositions().get(index));
        return result.afterRestoring(index, revised);
    }

    private ImportResult read(ImportSource source, BooleanSupplier cancelled) throws ImportException {
        if (source instanceof ImportSource.File file) {
            return importer().importFile(file.path(), cancelled);
        } else if (source instanceof ImportSource.WebAddress web) {
            return importer().importUrl(web.address(), cancelled);
        } else if (source instanceof ImportSource.Pasted pasted) {
            return importer().importPasted(pasted.text(), pasted.title(), cancelled);
        } else if (source instanceof ImportSource.ArchivePage archived) {
            return importer().importArchivedPage(archived.archive(), archived.page(), cancelled);
        } else if (source instanceof ImportSource.Refused refused) {
            throw new ImportException(refused.reason());
        }
        throw new IllegalArgumentException("Unknown kind of import source: " + source);
    }

    private ImportItemResult store(ImportSource source, ImportResult read) {
        try {
            String fileName = source instanceof ImportSource.File file && file.path().getFileName() != null
                    ? file.path().getFileName().toString() : null;
            LibraryService.ImportOutcome stored = library.importDraft(read.draft(), fileName);
            ImportItemResult.Status status = switch (stored.status()) {
                case NEW -> ImportItemResult.Status.NEW;
                case DUPLICATE -> ImportItemResult.Status.DUPLICATE;
                case REVISED -> ImportItemResult.Status.REVISED;
            };
            return new ImportItemResult(source, status, stored.article(), stored.ok(), stored.moved(), stored.orphaned(),
                    read.warnings(), read.droppedBoilerplate(), null, read.droppedPositions());
        } catch (StoreException | IllegalArgumentException e) {
            return ImportItemResult.failed(source, e.getMessage(), read.warnings(), read.droppedBoilerplate());
        }
    }

    private static ImportItemResult awaitWrite(Executor storeWrites, Supplier<ImportItemResult> write) {
        try {
            return CompletableFuture.supplyAsync(write, storeWrites).join();
        } catch (CompletionException e) {
            // The write's own failure, as if it had run here.
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** The importer, made on first use, on the importing thread. */
    private synchronized ArticleImporter importer() {
        if (importer == null) {
            importer = importerFactory.get();
        }
        return importer;
    }
}
