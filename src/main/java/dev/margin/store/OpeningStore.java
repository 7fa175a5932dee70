package dev.margin.store;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A library that is still being opened on its own thread while the window is built, so the window
 * shows without waiting for the database. Every call waits for the opening to finish; since the window
 * reaches the library only from its background threads, the FX thread never waits. When the opening
 * failed, every call throws that failure. A decorator of any {@link Store}; the composition root makes it.
 */
public final class OpeningStore implements Store {
    private final Path file;
    private final CompletableFuture<Store> opening;

    public OpeningStore(Path file, CompletableFuture<Store> opening) {
        this.file = file;
        this.opening = opening;
    }

    private Store opened() {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new StoreException("The library " + file + " could not be opened: " + describe(cause), e);
        }
    }

    /** The first message along the cause chain, or the failure's type when none has one. */
    private static String describe(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current.getMessage() != null && !current.getMessage().isBlank()) {
                return current.getMessage();
            }
        }
        return failure.getClass().getSimpleName();
    }

    @Override
    public ArticleDao articles() {
        return opened().articles();
    }

    @Override
    public AnnotationDao annotations() {
        return opened().annotations();
    }

    @Override
    public ActorDao actors() {
        return opened().actors();
    }

    @Override
    public TagDao tags() {
        return opened().tags();
    }

    @Override
    public ReviewDao review() {
        return opened().review();
    }

    @Override
    public SearchDao search() {
        return opened().search();
    }

    @Override
    public RejectedSuggestionDao rejectedSuggestions() {
        return opened().rejectedSuggestions();
    }

    @Override
    public ProvenanceDao provenance() {
        return opened().provenance();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return opened().inTransaction(work);
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public String integrityCheck() {
        return opened().integrityCheck();
    }

    @Override
    public LibraryFiles libraryFiles() {
        return opened().libraryFiles();
    }

    /** Closes the library once it is open; a library that failed to open has nothing to close. */
    @Override
    public void close() {
        if (!opening.isCompletedExceptionally()) {
            opened().close();
        }
    }
}
