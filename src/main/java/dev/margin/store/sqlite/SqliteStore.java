package dev.margin.store.sqlite;

import dev.margin.store.ActorDao;
import dev.margin.store.AnnotationDao;
import dev.margin.store.ArticleDao;
import dev.margin.store.LibraryFiles;
import dev.margin.store.ReviewDao;
import dev.margin.store.ProvenanceDao;
import dev.margin.store.RejectedSuggestionDao;
import dev.margin.store.SearchDao;
import dev.margin.store.Store;
import dev.margin.store.StoreException;
import dev.margin.store.TagDao;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A Margin library in one SQLite file, behind the {@link Store} contract.
 *
 * <p>How the file is kept safe:
 * <ul>
 *   <li>Before anything writes to it, {@link LibraryFileCheck} refuses a file that is not SQLite, is empty, is damaged,
 *       belongs to another program or to a newer Margin, through a read-only connection: such a file's bytes, and
 *       those of its log, are never changed. A new library appears complete or not at all ({@link NewLibrary}).</li>
 *   <li>A library whose file or folder cannot be written is opened read-only: it can be read and listed.</li>
 *   <li>WAL journal: readers never block the writer, and a second process (a second window, the command
 *       line) may open the same library; writers queue on the busy timeout. Every write transaction
 *       starts with {@code BEGIN IMMEDIATE} (see {@link Database}).</li>
 *   <li>{@code synchronous = NORMAL}: with WAL a commit is in the WAL file (in the operating system's
 *       cache) when it returns, so a killed process loses nothing that was saved (CrashSafetyTest kills a
 *       writer with SIGKILL and finds every saved row); only a power cut may lose the last commits, and
 *       even then the file stays consistent.</li>
 *   <li>Checkpoints (copying the log back into the file) run in the background, so saves do not wait for
 *       them; see {@link WalCheckpointer}.</li>
 *   <li>{@code foreign_keys = ON}: an annotation never outlives its article.</li>
 * </ul>
 * Every DAO call goes through one connection and is serialised by {@link Database}'s lock; the store's only
 * other connection belongs to {@link WalCheckpointer} and never reads or writes rows.
 */
public final class SqliteStore implements Store {
    /** How long a call waits for another process's write to finish before giving up. */
    public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofMillis(5000);
    /** About 80 MB of log before SQLite checkpoints inside a commit, should the background checkpointer fall behind. */
    private static final int AUTOCHECKPOINT_PAGES = 20_000;

    private final Database db;
    private final WalCheckpointer checkpointer;
    private final SqliteLibraryFiles libraryFiles;
    private final SqliteArticleDao articles;
    private final SqliteAnnotationDao annotations;
    private final SqliteActorDao actors;
    private final SqliteTagDao tags;
    private final SqliteSearchDao search;
    private final SqliteReviewDao review;
    private final SqliteRejectedSuggestionDao rejectedSuggestions;
    private final SqliteProvenanceDao provenance;

    /** {@code checkpointer} is null for a library opened read-only. */
    private SqliteStore(Database db, WalCheckpointer checkpointer, SqliteLibraryFiles.Connector connector, int busyTimeoutMillis) {
        this.db = db;
        this.checkpointer = checkpointer;
        this.libraryFiles = new SqliteLibraryFiles(db, checkpointer == null, connector, busyTimeoutMillis);
        this.articles = new SqliteArticleDao(db);
        this.annotations = new SqliteAnnotationDao(db);
        this.actors = new SqliteActorDao(db);
        this.tags = new SqliteTagDao(db);
        this.search = new SqliteSearchDao(db);
        this.review = new SqliteReviewDao(db, actors);
        this.rejectedSuggestions = new SqliteRejectedSuggestionDao(db);
        this.provenance = new SqliteProvenanceDao(db);
    }

    /** Opens the library {@code file}, creating it (and its folder) when missing, and brings its schema up to date. */
    public static SqliteStore open(Path file) {
        return open(file, DEFAULT_BUSY_TIMEOUT);
    }

    /**
     * As {@link #open(Path)}, waiting at most {@code busyTimeout} whenever another process holds the file. A library
     * whose file or folder cannot be written is opened read-only (see {@link dev.margin.store.LibraryFiles#readOnly()}).
     */
    public static SqliteStore open(Path file, Duration busyTimeout) {
        Path library = file.toAbsolutePath().normalize();
        LibraryFileCheck.checkBytes(library);
        int timeoutMillis = (int) Math.min(Integer.MAX_VALUE, busyTimeout.toMillis());
        if (!Files.exists(library)) {
            createFolder(library);
            NewLibrary.create(library, timeoutMillis);
        }
        if (!Files.isWritable(library) || !Files.isWritable(library.getParent())) {
            return openReadOnly(library, timeoutMillis);
        }
        LibraryFileCheck.checkUntouched(library, timeoutMillis);
        Connection connection = connect(library, timeoutMillis);
        try {
            try (Statement statement = connection.createStatement()) {
                enableWal(statement, library, timeoutMillis);
                statement.execute("PRAGMA synchronous = NORMAL");
            }
            Migrations.migrate(connection);
            try (Statement statement = connection.createStatement()) {
                // 64 MB of page cache keeps the indexes of a large library in memory between calls.
                statement.execute("PRAGMA cache_size = -65536");
                // Checkpoints run in the background (WalCheckpointer); this is only the safety net.
                statement.execute("PRAGMA wal_autocheckpoint = " + AUTOCHECKPOINT_PAGES);
            }
            Database db = new Database(connection, library);
            SqliteProvenanceDao.claimUnattributed(db);
            WalCheckpointer checkpointer = WalCheckpointer.start(library, timeoutMillis);
            return new SqliteStore(db, checkpointer, () -> Connections.readWrite(library, timeoutMillis), timeoutMillis);
        } catch (SQLException e) {
            StoreException failure = StoreErrors.translate(library, "opening the library", e);
            closeQuietly(connection, failure);
            throw failure;
        } catch (RuntimeException e) {
            closeQuietly(connection, e);
            throw e;
        }
    }

    /**
     * A library in a folder (or a file) that cannot be written: read it without writing anything, not even the
     * shared-memory file SQLite keeps beside a library. Nothing can be saved; a library that would need its schema
     * brought up to date first is refused.
     */
    private static SqliteStore openReadOnly(Path library, int timeoutMillis) {
        Path log = SqliteLibraryFiles.companionsOf(library).get(1);
        boolean unsavedLog = Files.exists(log) && sizeOrZero(log) > 0;
        SqliteLibraryFiles.Connector connector = unsavedLog
                ? () -> Connections.readOnly(library, timeoutMillis)
                : () -> Connections.immutable(library);
        Connection connection;
        try {
            connection = connector.connect();
        } catch (SQLException e) {
            throw new StoreException("The library " + library + " is in a folder that cannot be written, and its log of recent"
                    + " saves cannot be read from there (" + e.getMessage() + "). Copy the folder somewhere writable, or make it"
                    + " writable, and open it again.", e);
        }
        try {
            int version = LibraryFileCheck.checkDatabase(connection, library);
            if (version < Migrations.latestVersion()) {
                throw new StoreException("The library " + library + " cannot be written (read-only) and was made by an older"
                        + " Margin: it needs an upgrade that cannot be saved there. Make the folder writable and open it again.");
            }
            return new SqliteStore(new Database(connection, library), null, connector, timeoutMillis);
        } catch (SQLException e) {
            StoreException failure = StoreErrors.translate(library, "opening the library read-only", e);
            closeQuietly(connection, failure);
            throw failure;
        } catch (IOException e) {
            StoreException failure = new StoreException("The library " + library + " cannot be read: " + e.getMessage(), e);
            closeQuietly(connection, failure);
            throw failure;
        } catch (RuntimeException e) {
            closeQuietly(connection, e);
            throw e;
        }
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException gone) {
            return 0;
        }
    }

    /**
     * Refuses, from now on, every call made on a thread for which {@code onThatThread} answers true: it fails at once
     * with an IllegalStateException naming {@code threadName}, before touching the file. The window's composition root
     * refuses the JavaFX application thread, which must never wait on the disk; the store itself knows nothing of JavaFX.
     */
    public SqliteStore refuseCallsFrom(String threadName, BooleanSupplier onThatThread) {
        db.refuseCallsFrom(threadName, onThatThread);
        return this;
    }

    /** The schema version this build writes: the number of migration scripts. */
    public static int schemaVersion() {
        return Migrations.latestVersion();
    }

    private static void createFolder(Path library) {
        Path folder = library.getParent();
        if (folder == null || Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("The folder " + folder + " for the library cannot be created: " + e.getMessage(), e);
        }
    }

    private static Connection connect(Path library, int busyTimeoutMillis) {
        try {
            return Connections.readWrite(library, busyTimeoutMillis);
        } catch (SQLException e) {
            throw StoreErrors.translate(library, "opening the library", e);
        }
    }

    /** SQLite's result code for a file locked by another connection. */
    private static final int SQLITE_BUSY = 5;

    /**
     * Switches the library to its write-ahead log, waiting while another process holds the lock. The switch needs the
     * file to itself and SQLite answers "busy" at once instead of calling its busy handler when several openers race
     * for it (three processes opening an older library together), so it is tried again until the busy timeout.
     */
    private static void enableWal(Statement statement, Path library, int busyTimeoutMillis) throws SQLException {
        long giveUpAt = System.nanoTime() + busyTimeoutMillis * 1_000_000L;
        for (int attempt = 1; ; attempt++) {
            try {
                switchToWal(statement, library);
                return;
            } catch (SQLException e) {
                if ((e.getErrorCode() & 0xff) != SQLITE_BUSY || System.nanoTime() > giveUpAt) {
                    throw e;
                }
                try {
                    Thread.sleep(Math.min(200L, 10L * attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static void switchToWal(Statement statement, Path library) throws SQLException {
        try (ResultSet rows = statement.executeQuery("PRAGMA journal_mode = WAL")) {
            String mode = rows.next() ? rows.getString(1) : "";
            if (!"wal".equalsIgnoreCase(mode)) {
                throw new StoreException("The library " + library + " cannot use a write-ahead log (journal mode stayed "
                        + mode + "); Margin needs one to keep the file safe. Is it on a network drive?");
            }
        }
    }

    private static void closeQuietly(Connection connection, Throwable failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    @Override
    public ArticleDao articles() {
        return articles;
    }

    @Override
    public AnnotationDao annotations() {
        return annotations;
    }

    @Override
    public ActorDao actors() {
        return actors;
    }

    @Override
    public TagDao tags() {
        return tags;
    }

    @Override
    public SearchDao search() {
        return search;
    }

    @Override
    public ReviewDao review() {
        return review;
    }

    @Override
    public RejectedSuggestionDao rejectedSuggestions() {
        return rejectedSuggestions;
    }

    @Override
    public ProvenanceDao provenance() {
        return provenance;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return db.transaction(work);
    }

    @Override
    public Path file() {
        return db.file();
    }

    @Override
    public LibraryFiles libraryFiles() {
        return libraryFiles;
    }

    @Override
    public String integrityCheck() {
        return db.call("checking the library", () -> {
            List<String> lines = new ArrayList<>();
            try (Statement statement = db.connection().createStatement();
                 ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
            return String.join("\n", lines);
        });
    }

    @Override
    public void close() {
        if (checkpointer != null) {
            checkpointer.close();
        }
        db.close();
    }
}
