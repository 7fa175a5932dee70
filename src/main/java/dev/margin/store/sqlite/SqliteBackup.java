package dev.margin.store.sqlite;

import dev.margin.store.StoreException;
import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * SQLite's online backup, through sqlite-jdbc's {@code backup to} and {@code restore from}
 * statements, on a connection of its own: the copy is made page by page inside SQLite while the
 * application keeps its library open and may keep writing (the WAL lets readers and one writer
 * share the file), and the result is a consistent snapshot.
 */
public final class SqliteBackup {
    private static final Duration BUSY_TIMEOUT = Duration.ofSeconds(10);

    private SqliteBackup() {
    }

    /** Writes a complete copy of {@code library} to {@code target} (replaced if present). */
    public static void backup(Path library, Path target) {
        try (Connection connection = connect(library, false); Statement statement = connection.createStatement()) {
            statement.executeUpdate("backup to " + quoted(target));
        } catch (SQLException e) {
            throw new StoreException("The library " + library + " could not be backed up to " + target + ": " + e.getMessage(), e);
        }
    }

    /** Replaces the content of {@code library} by that of {@code backup}, in place, while other connections stay open. */
    public static void restore(Path library, Path backup) {
        try (Connection connection = connect(library, false); Statement statement = connection.createStatement()) {
            statement.executeUpdate("restore from " + quoted(backup));
        } catch (SQLException e) {
            throw new StoreException("The library " + library + " could not be restored from " + backup + ": " + e.getMessage(), e);
        }
    }

    /** PRAGMA integrity_check of a file opened read-only: "ok", or the problems it lists. */
    public static String integrityCheck(Path file) {
        try (Connection connection = connect(file, true); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
            StringBuilder result = new StringBuilder();
            while (rows.next()) {
                result.append(result.length() == 0 ? "" : "; ").append(rows.getString(1));
            }
            return result.toString();
        } catch (SQLException e) {
            return "unreadable: " + e.getMessage();
        }
    }

    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout((int) BUSY_TIMEOUT.toMillis());
        config.setReadOnly(readOnly);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath().normalize());
    }

    /** The path as sqlite-jdbc's backup statements take it: in double quotes, or single ones when it holds a double quote. */
    private static String quoted(Path path) {
        String text = path.toAbsolutePath().normalize().toString();
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        throw new StoreException("The path " + text + " holds both kinds of quotation mark, which SQLite's backup cannot name; choose another file name.");
    }
}
