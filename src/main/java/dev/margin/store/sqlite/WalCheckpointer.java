package dev.margin.store.sqlite;

import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Copies the write-ahead log back into the library file in the background, on its own connection, so that
 * no save has to wait for a checkpoint (a checkpoint syncs the file to disk and can take tens of
 * milliseconds on a busy machine; SQLite's automatic checkpoint would run it inside whichever commit
 * crossed the threshold). PASSIVE checkpoints never block the store's own writes or other processes.
 *
 * <p>SQLite's automatic checkpoint stays on at a high threshold as a safety net, should this thread
 * fall behind; closing the store's last connection checkpoints the rest.
 */
final class WalCheckpointer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(WalCheckpointer.class.getName());
    private static final long INTERVAL_MILLIS = 500;

    private final Connection connection;
    private final Path file;
    private final ScheduledExecutorService executor;

    private WalCheckpointer(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "margin-wal-checkpoint");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::checkpoint, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }

    static WalCheckpointer start(Path file, int busyTimeoutMillis) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(busyTimeoutMillis);
        return new WalCheckpointer(config.createConnection("jdbc:sqlite:" + file), file);
    }

    private void checkpoint() {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
        } catch (SQLException e) {
            // Harmless: the log keeps the data, and the next round (or SQLite's own checkpoint) catches up.
            LOG.log(System.Logger.Level.DEBUG, "background checkpoint of " + file + " skipped: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "background checkpoint of " + file + " did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "closing the checkpoint connection of " + file + " failed: " + e.getMessage(), e);
        }
    }
}
