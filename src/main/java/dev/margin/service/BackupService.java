package dev.margin.service;

import dev.margin.export.ProtectedFiles;
import dev.margin.store.LibraryFiles;
import dev.margin.store.Store;
import dev.margin.store.StoreException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Backs the whole library up to one file and restores it, while the application (and other programs) have it
 * open and keep saving.
 *
 * <p>Backup: a consistent copy made by the store ({@link LibraryFiles#copyTo}) into a temporary file beside the
 * target, checked, then moved over the target in one step; a failure leaves any earlier backup in place. The
 * target is never the library or one of its companion files, however its path is spelled.
 * Restore: the backup is copied beside the library and checked there (a file that is empty, not a Margin library,
 * without its tables, damaged or from a newer Margin is refused with a message; an older one is brought up to
 * date); then, under the library's write lock, the library as it is goes to a new file
 * {@code <name>.before-restore-<time>[-n].db} (never one that exists) and its content is replaced by the backup's.
 */
public final class BackupService {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Store store;
    private final Clock clock;

    public BackupService(Store store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What a restore did, and where the library as it was before is kept. */
    public record RestoreResult(Path restoredFrom, Path previousLibrary) {
    }

    /** What the self-check reports: the library's layout version, what it holds and SQLite's integrity check ("ok"). */
    public record LibraryHealth(int schemaVersion, int articles, int annotations, int actors, String integrity) {
        public boolean sound() {
            return "ok".equals(integrity);
        }
    }

    /** Reads the whole library once (PRAGMA integrity_check) and counts what it holds. */
    public LibraryHealth health() {
        String integrity = store.integrityCheck();
        return new LibraryHealth(store.libraryFiles().schemaVersion(), store.articles().count(), store.annotations().count(),
                store.actors().list().size(), integrity);
    }

    /** Hears how a backup goes: about {@code done} of {@code total} bytes copied. Called on the backup's thread. */
    @FunctionalInterface
    public interface BackupProgress {
        BackupProgress NONE = (done, total) -> { };

        void copied(long done, long total);
    }

    /** The files no writer may replace: the library of {@code store} and its companions. */
    static ProtectedFiles protectedFilesOf(Store store) {
        return ProtectedFiles.of("the Margin library " + store.file(), store.libraryFiles().files());
    }

    /** Whether the library was opened read-only (its folder or file cannot be written). */
    public boolean libraryIsReadOnly() {
        return store.libraryFiles().readOnly();
    }

    /** Writes a consistent copy of the library to {@code target}; returns the file's size in bytes. */
    public long backup(Path target) throws IOException {
        return backup(target, BackupProgress.NONE, new Cancellation());
    }

    /**
     * As {@link #backup(Path)}, telling {@code progress} how it goes; stops with a CancellationException, leaving any
     * earlier file at {@code target} as it was, once {@code cancellation} is cancelled.
     */
    public long backup(Path target, BackupProgress progress, Cancellation cancellation) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new IOException("Cannot back up to " + file + ": it is a folder; choose a file name.");
        }
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("Cannot back up to " + file + ": the folder " + folder + " does not exist.");
        }
        ProtectedFiles library = protectedFilesOf(store);
        library.check(target);
        library.check(file);
        Path temp = folder.resolve("." + file.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part");
        try {
            store.libraryFiles().copyTo(temp, new LibraryFiles.CopyProgress() {
                @Override
                public void copied(long done, long total) {
                    progress.copied(done, total);
                }

                @Override
                public boolean cancelled() {
                    return cancellation.isCancelled();
                }
            });
            cancellation.check();
            // Again just before the move: a link could have been pointed at the library meanwhile.
            library.check(file);
            move(temp, file);
            syncFolder(folder);
            return Files.size(file);
        } catch (StoreException e) {
            Files.deleteIfExists(temp);
            throw new IOException("Cannot back up to " + file + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /**
     * Replaces the library's content by the backup's, after checking the backup. Throws IOException naming the
     * backup when it cannot be used, or StoreException when the library cannot be written; the library is then unchanged.
     */
    public RestoreResult restore(Path backup) throws IOException {
        Path source = backup.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) {
            throw new IOException("There is no backup file " + source + ".");
        }
        ProtectedFiles library = protectedFilesOf(store);
        if (library.covers(backup) || library.covers(source)) {
            throw new IOException("Cannot restore from " + source + ": it is " + store.file()
                    + " itself (or a file of it), the library being restored; choose a backup file. The library was not changed.");
        }
        Path libraryFile = store.file().toAbsolutePath().normalize();
        Path checked = Files.createTempFile(libraryFile.getParent(), "." + libraryFile.getFileName() + ".restore-", ".db");
        Path previous = null;
        try {
            Files.copy(source, checked, StandardCopyOption.REPLACE_EXISTING);
            try {
                store.libraryFiles().checkRestorable(checked, source);
            } catch (StoreException e) {
                throw new IOException("The file " + source + " cannot be restored: " + e.getMessage() + " The library was not changed.", e);
            }
            previous = reservePreviousName(libraryFile);
            store.libraryFiles().replaceContent(checked, previous);
            return new RestoreResult(source, previous);
        } catch (IOException | RuntimeException e) {
            if (previous != null && Files.exists(previous) && Files.size(previous) == 0) {
                Files.deleteIfExists(previous);
            }
            throw e;
        } finally {
            deleteWithSidecars(checked);
        }
    }

    /**
     * A new, empty file for the library as it was: two restores in the same second get two names, and a file
     * that exists is never taken (created with create-new, which fails when the name is taken).
     */
    private Path reservePreviousName(Path library) throws IOException {
        String stem = library.getFileName() + ".before-restore-" + STAMP.format(clock.instant());
        for (int n = 1; ; n++) {
            Path candidate = library.resolveSibling(stem + (n == 1 ? "" : "-" + n) + ".db");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException taken) {
                if (n == 10_000) {
                    throw taken;
                }
            }
        }
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the move durable on POSIX systems; elsewhere a folder cannot be opened, and the move is journaled by the file system. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupportedHere) {
            return;
        }
    }

    private static void deleteWithSidecars(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-wal"));
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-shm"));
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-journal"));
    }
}
