package dev.margin.store.sqlite;

import dev.margin.store.StoreException;

import java.nio.file.Path;
import java.sql.SQLException;

/** Turns SQLite's result codes into messages a user can act on, each naming the library file. */
final class StoreErrors {
    static final int SQLITE_ERROR = 1;
    static final int SQLITE_BUSY = 5;
    static final int SQLITE_LOCKED = 6;
    static final int SQLITE_READONLY = 8;
    static final int SQLITE_IOERR = 10;
    static final int SQLITE_CORRUPT = 11;
    static final int SQLITE_FULL = 13;
    static final int SQLITE_CANTOPEN = 14;
    static final int SQLITE_CONSTRAINT = 19;
    static final int SQLITE_NOTADB = 26;

    private StoreErrors() {
    }

    static int primaryCode(SQLException e) {
        return e.getErrorCode() & 0xff;
    }

    static StoreException translate(Path file, String what, SQLException e) {
        String detail = e.getMessage();
        String message = switch (primaryCode(e)) {
            case SQLITE_BUSY, SQLITE_LOCKED -> "The library " + file + " is locked by another program; "
                    + what + " waited and gave up. Close the other program (or wait for it to finish) and try again.";
            case SQLITE_CORRUPT, SQLITE_NOTADB -> "The library " + file + " is damaged (" + detail + "); "
                    + what + " failed. Restore it from a backup; Margin does not write to a damaged file.";
            case SQLITE_FULL -> "The disk holding " + file + " is full; " + what + " failed and nothing was saved.";
            case SQLITE_READONLY -> "The library " + file + " cannot be written (read-only); " + what + " failed.";
            case SQLITE_CANTOPEN, SQLITE_IOERR -> "The library " + file + " could not be read or written ("
                    + detail + "); " + what + " failed.";
            case SQLITE_CONSTRAINT -> what + " in " + file + " was refused: " + detail;
            default -> what + " in " + file + " failed: " + detail;
        };
        return new StoreException(message, e);
    }
}
