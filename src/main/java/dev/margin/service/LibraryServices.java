package dev.margin.service;

import dev.margin.store.Store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * Every use case of Margin over one open library: what the window and the command line are handed instead of
 * the store. Made by a composition root (the app's start, the command line's start), which alone knows which
 * store implementation holds the library. Closing it closes the library.
 */
public final class LibraryServices implements AutoCloseable {
    private final Store store;
    private final Clock clock;
    private final AnnotationService annotations;
    private final ActorService actors;
    private final ClaimService claims;
    private final LibraryService library;
    private final QuoteProposals quoteProposals = new QuoteProposals();

    private LibraryServices(Store store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.annotations = new AnnotationService(store, clock);
        this.actors = new ActorService(store, clock);
        this.claims = new ClaimService(store, annotations);
        this.library = new LibraryService(store, clock);
    }

    /** The services over {@code store}, stamping times from {@code clock}. */
    public static LibraryServices over(Store store, Clock clock) {
        return new LibraryServices(store, clock);
    }

    public AnnotationService annotations() {
        return annotations;
    }

    public ActorService actors() {
        return actors;
    }

    public ClaimService claims() {
        return claims;
    }

    public LibraryService library() {
        return library;
    }

    /** The type, speaker and cue proposed for words marked as a quote, by the suggestion engine. */
    public QuoteProposals quoteProposals() {
        return quoteProposals;
    }

    /** Marking words by names typed (the command line's annotate), with the window's rules. */
    public MarkService marks() {
        return new MarkService(store, annotations, actors, quoteProposals);
    }

    public RestoreService jsonLdRestore() {
        return new RestoreService(store);
    }

    public BackupService backups() {
        return new BackupService(store, clock);
    }

    /** Exports stamped with this application's {@code version} and the user's {@code creator} name. */
    public ExportService exports(String version, String creator) {
        return new ExportService(store, clock, version, creator);
    }

    public Clock clock() {
        return clock;
    }

    /** Where the library is, for messages and for the window's title. */
    public Path libraryFile() {
        return store.file();
    }

    @Override
    public void close() {
        store.close();
    }
}
