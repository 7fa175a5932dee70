package dev.margin.service;

import dev.margin.store.Store;
import dev.margin.store.StoreException;
import dev.margin.store.sqlite.SqliteBackup;
import dev.margin.store.sqlite.SqliteStore;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Backs the whole library up to one file and restores it, while the application has it open.
 *
 * <p>Backup: SQLite's online backup into a temporary file beside the target, an integrity check of
 * the copy, then an atomic move over the target; a failure leaves any earlier backup in place.
 * Restore: the backup is copied beside the library, opened as a library (refused with a message
 * when it is not one, is damaged or comes from a newer Margin; brought up to date when older) and
 * checked; only then is the current library saved as {@code <name>.before-restore-<time>.db} and
 * replaced in place by the backup's content, which the open store sees from its next read.
 */
public final class BackupService {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private final Store store;
    private final Clock clock;

    public BackupService(Store store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What a restore did, and where the library as it was before is kept. */
    public record RestoreResult(Path restoredFrom, Path previousLibrary) {
    }

    /** Writes a consistent copy of the library to {@code target}; returns the file's size in bytes. */
    public long backup(Path target) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new IOException("Cannot back up to " + file + ": it is a folder; choose a file name.");
        }
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("Cannot back up to " + file + ": the folder " + folder + " does not exist.");
        }
        if (file.equals(store.file().toAbsolutePath().normalize())) {
            throw new IOException("Cannot back up the library onto itself (" + file + "); choose another file.");
        }
        Path temp = Files.createTempFile(folder, "." + file.getFileName() + ".", ".part");
        try {
            SqliteBackup.backup(store.file(), temp);
            String check = SqliteBackup.integrityCheck(temp);
            if (!"ok".equals(check)) {
                throw new IOException("The backup copy of " + store.file() + " failed its integrity check (" + check + "); " + file + " was not written.");
            }
            move(temp, file);
            return Files.size(file);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /**
     * Replaces the library's content by the backup's, after checking the backup. Throws IOException or
     * StoreException naming the backup when it cannot be used; the library is then unchanged.
     */
    public RestoreResult restore(Path backup) throws IOException {
        Path source = backup.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) {
            throw new IOException("There is no backup file " + source + ".");
        }
        Path library = store.file().toAbsolutePath().normalize();
        Path checked = Files.createTempFile(library.getParent(), "." + library.getFileName() + ".restore-", ".db");
        try {
            Files.copy(source, checked, StandardCopyOption.REPLACE_EXISTING);
            verify(source, checked);
            Path previous = library.resolveSibling(library.getFileName() + ".before-restore-" + STAMP.format(clock.instant()) + ".db");
            SqliteBackup.backup(library, previous);
            SqliteBackup.restore(library, checked);
            return new RestoreResult(source, previous);
        } finally {
            deleteWithSidecars(checked);
        }
    }

    /** Opens the copy as a library (which refuses foreign or newer files and migrates older ones) and checks its integrity. */
    private static void verify(Path source, Path copy) throws IOException {
        try (SqliteStore candidate = SqliteStore.open(copy)) {
            String check = candidate.integrityCheck();
            if (!"ok".equals(check)) {
                throw new IOException("The backup " + source + " is damaged (" + check + "); the library was not changed.");
            }
        } catch (StoreException e) {
            throw new IOException("The file " + source + " cannot be restored: " + e.getMessage().replace(copy.toString(), source.toString())
                    + " The library was not changed.", e);
        }
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteWithSidecars(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-wal"));
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-shm"));
    }
}
