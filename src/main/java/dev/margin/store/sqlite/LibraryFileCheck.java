package dev.margin.store.sqlite;

import dev.margin.store.StoreException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decides whether a file may be opened as a Margin library before anything writes to it: a file that is
 * not SQLite, a damaged one, another program's database or a library from a newer Margin is refused
 * with a message naming it, and its bytes stay as they were.
 */
final class LibraryFileCheck {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** An SQLite file is at least one page; its header alone is 100 bytes. */
    private static final int HEADER_LENGTH = 100;
    /**
     * Files up to this size get SQLite's quick_check (every page read) before they are opened; it takes a few
     * hundred milliseconds at this size. A larger library opens without it, to keep start-up quick: damage in
     * it is reported as a "damaged" StoreException when the damaged part is first read (a failed statement
     * writes nothing), and {@link dev.margin.store.Store#integrityCheck()} checks the whole file on request.
     */
    static final long QUICK_CHECK_LIMIT = 32L * 1024 * 1024;

    private LibraryFileCheck() {
    }

    /** Checks what can be told from the bytes alone; a missing file is a new library. */
    static void checkBytes(Path file) {
        checkBytes(file, file);
    }

    /**
     * As {@link #checkBytes(Path)}, naming {@code shownAs} in messages (a private copy is checked under the user's name
     * for it). An empty file is refused: Margin never leaves one (a new library appears complete, see
     * {@link NewLibrary}), so an empty file named as the library was cut short by something else, and taking it
     * as a new library would hide that the library is lost.
     */
    static void checkBytes(Path file, Path shownAs) {
        if (Files.isDirectory(file)) {
            throw new StoreException(shownAs + " is a folder, not a Margin library file.");
        }
        if (!Files.exists(file)) {
            return;
        }
        byte[] header;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            header = in.readNBytes(HEADER_LENGTH);
        } catch (IOException e) {
            throw new StoreException("The library " + shownAs + " cannot be read: " + e.getMessage(), e);
        }
        if (size == 0) {
            throw new StoreException("The library " + shownAs + " is an empty file (0 bytes): it is not a Margin library, or it"
                    + " was cut short by a full disk or a copy or sync program. Margin left it unchanged; restore it from a backup,"
                    + " or move it away to start a new library.");
        }
        if (header.length < SQLITE_HEADER.length
                || !Arrays.equals(Arrays.copyOf(header, SQLITE_HEADER.length), SQLITE_HEADER)) {
            throw new StoreException(shownAs + " is not a Margin library: it is not an SQLite database. "
                    + "Margin left it unchanged; choose another file or folder.");
        }
        // (but a log beside it may hold the pages a checkpoint was writing when its process died, after it had written
        // the header: SQLite reads them from the log on opening, and quick_check below still reads every page)
        if (header.length < HEADER_LENGTH || size < declaredSize(header) && !hasLog(file)) {
            throw new StoreException("The library " + shownAs + " is damaged: it is cut short (" + size
                    + " bytes). Margin left it unchanged; restore it from a backup.");
        }
    }

    /** Whether a write-ahead log with content lies beside {@code file} ({@code margin.db-wal}). */
    private static boolean hasLog(Path file) {
        Path log = file.resolveSibling(file.getFileName() + "-wal");
        try {
            return Files.isRegularFile(log) && Files.size(log) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The file size the header declares (page count times page size), or 0 when the header's count is not
     * known to be current (SQLite's rule: valid only when the change counter equals the version-valid-for number).
     */
    private static long declaredSize(byte[] header) {
        ByteBuffer fields = ByteBuffer.wrap(header);
        int pageSizeField = Short.toUnsignedInt(fields.getShort(16));
        long pageSize = pageSizeField == 1 ? 65536 : pageSizeField;
        long pageCount = Integer.toUnsignedLong(fields.getInt(28));
        boolean countIsCurrent = fields.getInt(24) == fields.getInt(92);
        return countIsCurrent ? pageCount * pageSize : 0;
    }

    /**
     * Checks, through a connection that has not written anything yet, that the file is a Margin library
     * this version can open, and (up to {@link #QUICK_CHECK_LIMIT}) that SQLite finds it sound.
     * Returns the file's schema version.
     */
    static int checkDatabase(Connection connection, Path file) throws SQLException, IOException {
        return checkDatabase(connection, file, file);
    }

    /** As {@link #checkDatabase(Connection, Path)}, naming {@code shownAs} in messages. */
    static int checkDatabase(Connection connection, Path file, Path shownAs) throws SQLException, IOException {
        int version = Migrations.version(connection);
        if (version > Migrations.latestVersion()) {
            throw new StoreException("The library " + shownAs + " was written by a newer version of Margin (library version "
                    + version + "; this Margin knows up to " + Migrations.latestVersion()
                    + "). Margin left it unchanged; update Margin to open it.");
        }
        if (version == 0 && hasTables(connection)) {
            throw new StoreException(shownAs + " is an SQLite database of another program, not a Margin library. "
                    + "Margin left it unchanged; choose another file or folder.");
        }
        if (version > 0 && Migrations.applicationId(connection) != Migrations.APPLICATION_ID) {
            throw new StoreException(shownAs + " is an SQLite database of another program, not a Margin library. "
                    + "Margin left it unchanged; choose another file or folder.");
        }
        List<String> problems = Files.size(file) <= QUICK_CHECK_LIMIT ? quickCheck(connection) : List.of("ok");
        if (!problems.equals(List.of("ok"))) {
            throw new StoreException("The library " + shownAs + " is damaged (" + String.join("; ", problems)
                    + "). Margin left it unchanged; restore it from a backup.");
        }
        return version;
    }

    /** SQLite's result code when the schema changed under a statement (another process migrating the library). */
    private static final int SQLITE_SCHEMA = 17;
    private static final int SCHEMA_CHANGE_RETRIES = 20;

    /**
     * The read-only check, tried again while another process is upgrading the same library: its migration changes
     * the schema under the check's statements (SQLITE_SCHEMA), which says nothing about the file, so the check waits
     * a moment and reads the upgraded schema instead. Bounded: after the busy timeout the failure is reported.
     */
    private static int checkWhileOthersMayUpgrade(Path file, int busyTimeoutMillis) throws SQLException, IOException {
        long giveUpAt = System.nanoTime() + busyTimeoutMillis * 1_000_000L;
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = Connections.readOnly(file, busyTimeoutMillis)) {
                return checkDatabase(connection, file);
            } catch (SQLException e) {
                boolean schemaChanged = (e.getErrorCode() & 0xff) == SQLITE_SCHEMA;
                if (!schemaChanged || attempt >= SCHEMA_CHANGE_RETRIES || System.nanoTime() > giveUpAt) {
                    throw e;
                }
                try {
                    Thread.sleep(20L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /**
     * Checks an existing library through a read-only connection of its own, before any connection that could write
     * is opened: a refused library and the log beside it stay byte for byte as they were (a read-write connection
     * folds the log into the file when it closes). Returns the file's schema version.
     */
    static int checkUntouched(Path file, int busyTimeoutMillis) {
        Path log = SqliteLibraryFiles.companionsOf(file).get(1);
        Path sharedMemory = SqliteLibraryFiles.companionsOf(file).get(2);
        boolean hadLog = Files.exists(log);
        boolean hadSharedMemory = Files.exists(sharedMemory);
        try {
            return checkWhileOthersMayUpgrade(file, busyTimeoutMillis);
        } catch (SQLException e) {
            StoreException failure = StoreErrors.translate(file, "checking the library", e);
            removeWhatTheCheckCreated(log, hadLog, sharedMemory, hadSharedMemory, failure);
            throw failure;
        } catch (IOException e) {
            throw new StoreException("The library " + file + " cannot be read: " + e.getMessage(), e);
        } catch (StoreException refused) {
            removeWhatTheCheckCreated(log, hadLog, sharedMemory, hadSharedMemory, refused);
            throw refused;
        }
    }

    /**
     * A read-only connection creates a shared-memory index (and, when there was none, an empty log) beside a library in
     * log mode, and leaves them. For a refused library they go again, so its folder is as it was. The log only while it
     * is still empty: a program that opened the file meanwhile (a newer Margin, say) may have written to it.
     */
    private static void removeWhatTheCheckCreated(Path log, boolean hadLog, Path sharedMemory, boolean hadSharedMemory,
                                                  RuntimeException failure) {
        try {
            if (!hadSharedMemory) {
                Files.deleteIfExists(sharedMemory);
            }
            if (!hadLog && Files.exists(log) && Files.size(log) == 0) {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static boolean hasTables(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            return rows.next() && rows.getInt(1) > 0;
        }
    }

    private static List<String> quickCheck(Connection connection) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA quick_check(5)")) {
            while (rows.next()) {
                problems.add(rows.getString(1));
            }
        }
        return problems;
    }
}
