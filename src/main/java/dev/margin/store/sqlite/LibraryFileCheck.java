package dev.margin.store.sqlite;

import dev.margin.store.StoreException;

import java.io.IOException;
import java.io.InputStream;
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

    private LibraryFileCheck() {
    }

    /** Checks what can be told from the bytes alone; a missing or empty file is a new library. */
    static void checkBytes(Path file) {
        if (Files.isDirectory(file)) {
            throw new StoreException(file + " is a folder, not a Margin library file.");
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
            throw new StoreException("The library " + file + " cannot be read: " + e.getMessage(), e);
        }
        if (size == 0) {
            return;
        }
        if (header.length < SQLITE_HEADER.length
                || !Arrays.equals(Arrays.copyOf(header, SQLITE_HEADER.length), SQLITE_HEADER)) {
            throw new StoreException(file + " is not a Margin library: it is not an SQLite database. "
                    + "Margin left it unchanged; choose another file or folder.");
        }
        if (header.length < HEADER_LENGTH) {
            throw new StoreException("The library " + file + " is damaged: it is cut short (" + size
                    + " bytes). Margin left it unchanged; restore it from a backup.");
        }
    }

    /**
     * Checks, through a connection that has not written anything yet, that the file is a Margin library
     * this version can open, and that SQLite finds it sound. Returns the file's schema version.
     */
    static int checkDatabase(Connection connection, Path file) throws SQLException {
        int version = Migrations.version(connection);
        if (version > Migrations.latestVersion()) {
            throw new StoreException("The library " + file + " was written by a newer version of Margin (library version "
                    + version + "; this Margin knows up to " + Migrations.latestVersion()
                    + "). Margin left it unchanged; update Margin to open it.");
        }
        if (version == 0 && hasTables(connection)) {
            throw new StoreException(file + " is an SQLite database of another program, not a Margin library. "
                    + "Margin left it unchanged; choose another file or folder.");
        }
        if (version > 0 && Migrations.applicationId(connection) != Migrations.APPLICATION_ID) {
            throw new StoreException(file + " is an SQLite database of another program, not a Margin library. "
                    + "Margin left it unchanged; choose another file or folder.");
        }
        List<String> problems = quickCheck(connection);
        if (!problems.equals(List.of("ok"))) {
            throw new StoreException("The library " + file + " is damaged (" + String.join("; ", problems)
                    + "). Margin left it unchanged; restore it from a backup.");
        }
        return version;
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
