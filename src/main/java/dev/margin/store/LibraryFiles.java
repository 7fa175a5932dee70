package dev.margin.store;

import java.nio.file.Path;
import java.util.List;

/**
 * The library as files on disk, for the work that treats it as a whole rather than row by row: which files
 * make it up (no other writer may ever replace them), a checked copy of it (backup), checking a copy before
 * it is used, and putting a copy's content back (restore). The backup service reaches the store through it,
 * so that it never names a store implementation.
 */
public interface LibraryFiles {
    /** Hears how a copy goes: {@code done} of about {@code total} bytes. */
    interface CopyProgress {
        CopyProgress NONE = (done, total) -> { };

        void copied(long done, long total);

        /** Asked often during a copy; once true, the copy stops with a CancellationException and leaves no file. */
        default boolean cancelled() {
            return false;
        }
    }

    /** The library file followed by the companions its database engine keeps beside it (log, journal, shared memory). */
    List<Path> files();

    /** The version of the library's layout (its schema), as stored in the file. */
    int schemaVersion();

    /** Whether the library was opened read-only (its folder or file cannot be written): it can be read, not changed. */
    boolean readOnly();

    /**
     * Writes a consistent copy of the whole library into {@code target}, which must not exist yet: one
     * self-contained file with no companions, checked before this returns. Other programs may keep saving
     * meanwhile; the copy is the library as it was at one moment and takes a bounded time however busy they are.
     * Throws StoreException (the target is then removed) or CancellationException.
     */
    void copyTo(Path target, CopyProgress progress);

    /**
     * Checks that {@code copy}, a private copy of a file the user chose ({@code shownAs} in messages), is a
     * library this version can restore: not empty, a Margin library with its tables, not from a newer version,
     * sound. An older library in it is brought up to date in place. Throws StoreException naming {@code shownAs}.
     */
    void checkRestorable(Path copy, Path shownAs);

    /**
     * Replaces the library's content by that of {@code checkedCopy} (passed by {@link #checkRestorable}) in one
     * transaction under the library's write lock. Inside that lock, first the library as it is is copied into
     * {@code previous} (an empty file the caller reserved), so that every save any program made before the
     * restore is in that copy and every save after it lands on the restored content. On failure the library is
     * unchanged. Throws StoreException.
     */
    void replaceContent(Path checkedCopy, Path previous);
}
