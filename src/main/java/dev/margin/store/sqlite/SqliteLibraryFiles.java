package dev.margin.store.sqlite;

import dev.margin.store.LibraryFiles;
import dev.margin.store.StoreException;
import org.sqlite.ProgressHandler;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Backup and restore of an SQLite library, and the files it is made of.
 *
 * <p>Backup is {@code VACUUM INTO} on a connection of its own: one read transaction copies the whole library
 * as it was when it began, while other connections and processes keep saving into the log (SQLite's online
 * backup in small steps starts over after each of their saves, and never ends under a busy writer). The copy
 * is a single file in rollback-journal mode, checked with {@code integrity_check} and forced to disk.
 *
 * <p>Restore takes the library's write lock on the store's own connection ({@code BEGIN IMMEDIATE}), copies the
 * library as it is into the previous-library file from a second connection (which reads everything committed,
 * as nobody else can commit now), then replaces every table's rows by the checked copy's and commits: one
 * transaction, so another process's save lands either before it (and is in the previous copy) or after it.
 */
final class SqliteLibraryFiles implements LibraryFiles {
    private static final String SOURCE = "restore_source";
    private static final int PROGRESS_EVERY_OPS = 10_000;

    /** Opens another connection on the library, the way the store opened its own. */
    @FunctionalInterface
    interface Connector {
        Connection connect() throws SQLException;
    }

    private final Database db;
    private final Path file;
    private final boolean readOnly;
    private final Connector connector;
    private final int busyTimeoutMillis;

    SqliteLibraryFiles(Database db, boolean readOnly, Connector connector, int busyTimeoutMillis) {
        this.db = db;
        this.file = db.file();
        this.readOnly = readOnly;
        this.connector = connector;
        this.busyTimeoutMillis = busyTimeoutMillis;
    }

    @Override
    public List<Path> files() {
        return companionsOf(file);
    }

    static List<Path> companionsOf(Path file) {
        String name = file.getFileName().toString();
        return List.of(file, file.resolveSibling(name + "-wal"), file.resolveSibling(name + "-shm"), file.resolveSibling(name + "-journal"));
    }

    @Override
    public int schemaVersion() {
        return db.call("reading the library's version", () -> Migrations.version(db.connection()));
    }

    @Override
    public boolean readOnly() {
        return readOnly;
    }

    @Override
    public void copyTo(Path target, CopyProgress progress) {
        if (Files.exists(target)) {
            throw new StoreException("The backup of " + file + " must go to a new file; " + target + " already exists.");
        }
        long total = sizeOf(file) + sizeOf(companionsOf(file).get(1));
        boolean done = false;
        try {
            try (Connection source = connector.connect(); PreparedStatement vacuum = source.prepareStatement("VACUUM INTO ?")) {
                ProgressHandler.setHandler(source, PROGRESS_EVERY_OPS, new ProgressHandler() {
                    @Override
                    protected int progress() {
                        if (progress.cancelled()) {
                            return 1;
                        }
                        progress.copied(sizeOf(target), total);
                        return 0;
                    }
                });
                vacuum.setString(1, target.toString());
                vacuum.execute();
            } catch (SQLException e) {
                if (progress.cancelled()) {
                    throw new CancellationException("The backup of " + file + " was cancelled; nothing was written.");
                }
                throw StoreErrors.translate(file, "backing up the library to " + target, e);
            }
            String check = integrityCheckOf(target);
            if (!"ok".equals(check)) {
                throw new StoreException("The backup copy of " + file + " failed its integrity check (" + check + "); nothing was written.");
            }
            try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            progress.copied(sizeOf(target), sizeOf(target));
            done = true;
        } catch (IOException e) {
            throw new StoreException("The backup copy of " + file + " at " + target + " could not be written: " + e.getMessage(), e);
        } finally {
            deleteCompanions(target, !done);
        }
    }

    /** PRAGMA integrity_check of a single-file copy, on a connection that leaves no companion files behind. */
    private String integrityCheckOf(Path copy) {
        try (Connection connection = Connections.readWrite(copy, busyTimeoutMillis); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = DELETE");
            return joined(statement, "PRAGMA integrity_check");
        } catch (SQLException e) {
            return "unreadable: " + e.getMessage();
        }
    }

    @Override
    public void checkRestorable(Path copy, Path shownAs) {
        LibraryFileCheck.checkBytes(copy, shownAs);
        if (!Files.exists(copy)) {
            throw new StoreException("There is no backup file " + shownAs + ".");
        }
        try (Connection connection = Connections.readWrite(copy, busyTimeoutMillis); Statement statement = connection.createStatement()) {
            int version = LibraryFileCheck.checkDatabase(connection, copy, shownAs);
            if (version == 0) {
                throw new StoreException(shownAs + " is not a Margin library: it is an SQLite database without any tables.");
            }
            Migrations.migrate(connection);
            statement.execute("PRAGMA journal_mode = DELETE");
            List<String> missing = new ArrayList<>(db.call("listing the library's tables", () -> tablesOf(db.connection(), "main")));
            missing.removeAll(tablesOf(connection, "main"));
            if (!missing.isEmpty()) {
                throw new StoreException(shownAs + " is not a complete Margin library: the table(s) " + String.join(", ", missing) + " are missing.");
            }
            String check = joined(statement, "PRAGMA integrity_check");
            if (!"ok".equals(check)) {
                throw new StoreException("The backup " + shownAs + " is damaged (" + check + ").");
            }
        } catch (SQLException e) {
            throw StoreErrors.translate(shownAs, "checking the backup", e);
        } catch (IOException e) {
            throw new StoreException("The backup " + shownAs + " cannot be read: " + e.getMessage(), e);
        } finally {
            deleteCompanions(copy, false);
        }
    }

    @Override
    public void replaceContent(Path checkedCopy, Path previous) {
        db.call("restoring the library from " + checkedCopy, () -> {
            Connection connection = db.connection();
            try (PreparedStatement attach = connection.prepareStatement("ATTACH DATABASE ? AS " + SOURCE)) {
                attach.setString(1, checkedCopy.toString());
                attach.execute();
            }
            try (Statement statement = connection.createStatement()) {
                Exception failure = null;
                try {
                    statement.execute("BEGIN IMMEDIATE");
                    try {
                        copyLiveLibraryInto(previous);
                        replaceRows(connection, statement);
                        statement.execute("COMMIT");
                    } catch (SQLException | RuntimeException e) {
                        rollback(statement, e);
                        throw e;
                    }
                } catch (SQLException | RuntimeException e) {
                    failure = e;
                    throw e;
                } finally {
                    detach(statement, failure);
                }
            }
            return null;
        });
    }

    /** Called under the write lock: what a second connection reads now is every save committed so far. */
    private void copyLiveLibraryInto(Path previous) throws SQLException {
        try (Connection reader = connector.connect(); PreparedStatement vacuum = reader.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, previous.toString());
            vacuum.execute();
        }
        try (FileChannel channel = FileChannel.open(previous, StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            throw new StoreException("The copy of the library as it was, " + previous + ", could not be written: " + e.getMessage(), e);
        }
    }

    private static void replaceRows(Connection connection, Statement statement) throws SQLException {
        int ours = pragmaInt(statement, "PRAGMA main.user_version");
        int theirs = pragmaInt(statement, "PRAGMA " + SOURCE + ".user_version");
        if (ours != theirs) {
            throw new StoreException("The library is at schema version " + ours + " and the backup at " + theirs
                    + " (another Margin changed the library meanwhile?); nothing was restored.");
        }
        // Rows are deleted children first and inserted parents first; checks of references wait for the commit.
        statement.execute("PRAGMA defer_foreign_keys = ON");
        List<String> tables = RestoreOrder.tables(connection);
        for (int i = tables.size() - 1; i >= 0; i--) {
            statement.executeUpdate("DELETE FROM main." + quoted(tables.get(i)));
        }
        for (String table : tables) {
            String columns = RestoreOrder.columns(connection, table);
            statement.executeUpdate("INSERT INTO main." + quoted(table) + " (" + columns + ") SELECT " + columns
                    + " FROM " + SOURCE + "." + quoted(table));
            long copied = count(statement, "main." + quoted(table));
            long expected = count(statement, SOURCE + "." + quoted(table));
            if (copied != expected) {
                throw new StoreException("Restoring the table " + table + " gave " + copied + " rows instead of " + expected
                        + "; nothing was restored.");
            }
        }
    }

    static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static long count(Statement statement, String table) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    private static int pragmaInt(Statement statement, String pragma) throws SQLException {
        try (ResultSet rows = statement.executeQuery(pragma)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private static List<String> tablesOf(Connection connection, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA " + schema + ".table_list")) {
            while (rows.next()) {
                if ("table".equals(rows.getString("type")) && !rows.getString("name").startsWith("sqlite_")) {
                    names.add(rows.getString("name"));
                }
            }
        }
        return names;
    }

    private static String joined(Statement statement, String query) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                lines.add(rows.getString(1));
            }
        }
        return String.join("; ", lines);
    }

    /** After a commit the restore is done: a failed detach only leaves the copy attached until the store closes. */
    private static void detach(Statement statement, Exception failure) {
        try {
            statement.execute("DETACH DATABASE " + SOURCE);
        } catch (SQLException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }

    private static void rollback(Statement statement, Exception failure) {
        try {
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static long sizeOf(Path path) {
        try {
            return Files.size(path);
        } catch (IOException missing) {
            return 0;
        }
    }

    /** Removes the journal, log and shared-memory files of a copy, and the copy itself when {@code alsoTheFile}. */
    private static void deleteCompanions(Path copy, boolean alsoTheFile) {
        for (Path path : companionsOf(copy)) {
            if (path.equals(copy) && !alsoTheFile) {
                continue;
            }
            try {
                Files.deleteIfExists(path);
            } catch (IOException leftBehind) {
                // Reported by the caller's check of what is left, if it matters; nothing here to undo.
            }
        }
    }
}
