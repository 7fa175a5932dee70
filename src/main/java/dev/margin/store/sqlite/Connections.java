package dev.margin.store.sqlite;

import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** The ways Margin connects to a library file: to read and write it, only to read it, or to read a file nobody can change. */
final class Connections {
    private Connections() {
    }

    static Connection readWrite(Path file, int busyTimeoutMillis) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(busyTimeoutMillis);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    /** Reads the file and its log; never writes either (it may create the shared-memory index beside them). */
    static Connection readOnly(Path file, int busyTimeoutMillis) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(busyTimeoutMillis);
        config.setReadOnly(true);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    /**
     * Reads a file in a folder nobody can write: no locks and no shared-memory file (which could not be created
     * there). Only right when no log with unsaved pages lies beside the file, as SQLite then ignores it.
     */
    static Connection immutable(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setReadOnly(true);
        return config.createConnection("jdbc:sqlite:file:" + uriPath(file) + "?mode=ro&immutable=1");
    }

    /** The path as an SQLite URI path: the characters that would end or escape it are percent-encoded. */
    private static String uriPath(Path file) {
        String text = file.toAbsolutePath().toString().replace('\\', '/');
        StringBuilder uri = new StringBuilder(text.startsWith("/") ? "" : "/");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '%' -> uri.append("%25");
                case '?' -> uri.append("%3f");
                case '#' -> uri.append("%23");
                default -> uri.append(c);
            }
        }
        return uri.toString();
    }
}
