package dev.margin.store.sqlite;

import dev.margin.store.StoreException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Creates a new library so that it appears complete or not at all: the schema is built in a temporary file
 * beside it, which is then linked in under the library's name only if nothing is there yet. So a library file
 * Margin made is never empty (an empty one was cut short by something else, and {@link LibraryFileCheck}
 * refuses it), and when several processes start on a missing library at once, one of them makes it and the
 * others open that one.
 */
final class NewLibrary {
    private static final SecureRandom RANDOM = new SecureRandom();

    private NewLibrary() {
    }

    static void create(Path library, int busyTimeoutMillis) {
        Path temp = library.resolveSibling("." + library.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".new");
        try {
            try (Connection connection = Connections.readWrite(temp, busyTimeoutMillis)) {
                Migrations.migrate(connection);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            linkInPlace(temp, library);
        } catch (SQLException e) {
            throw StoreErrors.translate(library, "creating the library", e);
        } catch (IOException e) {
            throw new StoreException("The library " + library + " cannot be created: " + e.getMessage(), e);
        } finally {
            for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
                try {
                    Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + suffix));
                } catch (IOException leftBehind) {
                    // A hidden temporary file stays; it is never read as a library.
                }
            }
        }
    }

    /** A hard link fails when the name is taken, atomically; where links are not supported, a move without replacing does. */
    private static void linkInPlace(Path temp, Path library) throws IOException {
        try {
            Files.createLink(library, temp);
        } catch (FileAlreadyExistsException madeByAnotherProcess) {
            return;
        } catch (UnsupportedOperationException | IOException noLinksHere) {
            if (Files.exists(library)) {
                return;
            }
            try {
                Files.move(temp, library);
            } catch (FileAlreadyExistsException madeByAnotherProcess) {
                return;
            }
        }
    }
}
