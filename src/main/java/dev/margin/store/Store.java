package dev.margin.store;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * An open library file. Thread-safe: calls may come from any thread and are serialised.
 * Closing it releases the file.
 */
public interface Store extends AutoCloseable {
    ArticleDao articles();

    AnnotationDao annotations();

    ActorDao actors();

    TagDao tags();

    /** Full-text search over annotations (their words, notes and article titles). */
    SearchDao search();

    /** The review views' queries: filtered annotation rows, actor pages, claims by status, statistics, saved filters. */
    ReviewDao review();
    /** The suggestions the user rejected, per article (so they are not offered again). */
    RejectedSuggestionDao rejectedSuggestions();

    /** Who made and last changed articles, actors and annotations, and their versions. */
    ProvenanceDao provenance();

    /**
     * Runs {@code work} in one transaction: everything it changes through this store's DAOs is saved
     * together or not at all. Nested calls join the outer transaction.
     */
    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** The library file. */
    Path file();

    /** The library as files: its backup, restore and the files no other writer may replace. */
    LibraryFiles libraryFiles();

    /**
     * The changes others make to the library while it is open, and the state of its connection. A library only
     * this process writes (a local file) announces nothing.
     */
    default LibraryChanges libraryChanges() {
        return LibraryChanges.NONE;
    }

    /** PRAGMA integrity_check: "ok", or the problems it lists. */
    String integrityCheck();

    @Override
    void close();
}
