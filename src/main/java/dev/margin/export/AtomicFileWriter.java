package dev.margin.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Replaces a file only with a complete new version: the content goes to a temporary file in the
 * same folder, is forced to disk, and is then moved over the target in one atomic step. When
 * anything fails (the folder is read-only, the disk fills, the exporter throws half-way) the
 * temporary file is removed, the old file stays as it was, and the exception names the file.
 *
 * <p>Every caller says which files must never be replaced ({@link ProtectedFiles}: the library and its
 * companions); a target that is one of them, however its path is spelled, is refused before anything is written.
 */
public final class AtomicFileWriter {
    /** What to write; may throw at any point. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFileWriter() {
    }

    /** Writes {@code content} to {@code target}, unless the target is one of {@code protectedFiles}. */
    public static void write(Path target, ProtectedFiles protectedFiles, Content content) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        protectedFiles.check(target);
        protectedFiles.check(file);
        Path folder = file.getParent();
        if (folder == null) {
            throw new IOException("Cannot write " + file + ": it has no parent folder");
        }
        if (Files.isDirectory(file)) {
            throw new IOException("Cannot write " + file + ": a folder of that name is in the way; choose a file name");
        }
        if (!Files.isDirectory(folder)) {
            throw new IOException("Cannot write " + file + ": the folder " + folder + " does not exist");
        }
        Path temp;
        try {
            temp = createTemporaryBeside(file, folder);
        } catch (AccessDeniedException e) {
            throw new IOException("Cannot write " + file + ": the folder " + folder + " is not writable (permission denied)", e);
        } catch (FileSystemException e) {
            throw new IOException("Cannot write " + file + ": " + reason(e), e);
        }
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepPermissionsOf(file, temp);
            // Again just before the rename: a link could have been pointed at the library meanwhile.
            protectedFiles.check(file);
            moveIntoPlace(temp, file);
        } catch (IOException | RuntimeException | Error failure) {
            deleteQuietlyInto(temp, failure);
            if (failure instanceof IOException io) {
                throw new IOException("Could not write " + file + ": " + reason(io) + ". The previous file, if any, is unchanged.", io);
            }
            throw failure;
        }
        syncFolder(folder);
    }

    /**
     * An empty file with a fresh name in the target's folder. Made with {@code createFile}, so the user's umask
     * applies as to any file they save; {@code createTempFile} would make an export readable by its owner only.
     */
    private static Path createTemporaryBeside(Path file, Path folder) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path candidate = folder.resolve("." + file.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException taken) {
                if (attempt == 10) {
                    throw taken;
                }
            }
        }
    }

    /** A replaced file keeps the permissions it had (a report shared with a group stays shared). */
    private static void keepPermissionsOf(Path file, Path temp) {
        try {
            if (Files.exists(file)) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
            }
        } catch (UnsupportedOperationException | IOException notPosixOrNotOurs) {
            // Windows, or a file we may replace but not read the permissions of: the new file has the defaults.
            return;
        }
    }

    private static void moveIntoPlace(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this only happens on unusual file systems; a plain replace is the best left.
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable on POSIX systems; Windows cannot open a folder as a channel, where NTFS journals the rename. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupportedHere) {
            // The new file is complete and in place; only the durability of the rename across a power cut is weaker here.
            return;
        }
    }

    private static void deleteQuietlyInto(Path temp, Throwable failure) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
