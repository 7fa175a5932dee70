package dev.margin.service;

import dev.margin.service.change.Changes;
import dev.margin.importer.ArticleImporter;
import dev.margin.store.Store;
import dev.margin.suggest.Lexicon;
import dev.margin.suggest.Suggester;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

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
    private final ReviewQueries queries;
    private final SuggestionService suggestions;
    private final Changes changes;
    private final QuoteProposals quoteProposals = new QuoteProposals();

    private LibraryServices(Store store, Clock clock, Supplier<Suggester> suggester) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.annotations = new AnnotationService(store, clock);
        this.actors = new ActorService(store, clock);
        this.claims = new ClaimService(store, annotations);
        this.library = new LibraryService(store, clock);
        this.queries = new ReviewQueries(store, clock);
        this.suggestions = new SuggestionService(store, clock, suggester, annotations, actors);
        this.changes = new Changes(store, annotations, actors, library, suggestions);
    }

    /**
     * The services over {@code store}, stamping times from {@code clock}. Suggestions use the word lists Margin
     * ships with, loaded at the first suggestion.
     */
    public static LibraryServices over(Store store, Clock clock) {
        return new LibraryServices(store, clock, new ShippedSuggester());
    }

    /** The suggester over the shipped word lists; a class of its own so that the suggester loads at the first suggestion, not at start. */
    private static final class ShippedSuggester implements Supplier<Suggester> {
        @Override
        public Suggester get() {
            return new Suggester(Lexicon.load());
        }
    }

    /** As {@link #over(Store, Clock)}, with suggestions made by {@code suggester} (made on first use). */
    public static LibraryServices over(Store store, Clock clock, Supplier<Suggester> suggester) {
        return new LibraryServices(store, clock, suggester);
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

    /** The reads of the review window and the read-only commands: search, filtered rows, actors, claims, statistics. */
    public ReviewQueries queries() {
        return queries;
    }

    /** Suggestions for an article and the user's answers to them. */
    public SuggestionService suggestions() {
        return suggestions;
    }

    /** The undoable changes, for the window's undo histories and the command line. */
    public Changes changes() {
        return changes;
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
        return new RestoreService(store, clock);
    }

    public BackupService backups() {
        return new BackupService(store, clock);
    }

    /** Imports of files, web pages and pasted text; {@code importer} makes the importer when the first input is read. */
    public ImportService imports(Supplier<ArticleImporter> importer) {
        return new ImportService(library, importer);
    }

    /** Exports stamped with this application's {@code version} and the user's {@code creator} name. */
    public ExportService exports(String version, String creator) {
        return new ExportService(store, clock, version, creator);
    }

    /** Others' changes to a shared library, and the state of its connection. */
    public LiveUpdates liveUpdates() {
        return new LiveUpdates(store);
    }

    public Clock clock() {
        return clock;
    }

    /** Where the library is, for messages and for the window's title. */
    public Path libraryFile() {
        return store.file();
    }

    /** Agreement between the library's annotators (Krippendorff's unitized alpha) and where they differ. */
    public AgreementService agreement() {
        return new AgreementService(store);
    }

    /** A copy of this library into {@code destination} (a local library into a team library, or the other way). */
    public LibraryCopy copyTo(LibraryServices destination) {
        return new LibraryCopy(store, destination.store);
    }

    /** The store under these services, for the use cases of this package that span several services in one transaction. */
    Store store() {
        return store;
    }

    @Override
    public void close() {
        store.close();
    }
}
