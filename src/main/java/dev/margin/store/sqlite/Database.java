package dev.margin.store.sqlite;

import dev.margin.store.StoreException;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The one JDBC connection of a {@link SqliteStore}, with what every DAO needs around it: a lock that
 * serialises calls from any thread, nestable transactions, a cache of prepared statements, and the
 * translation of {@link SQLException} into {@link StoreException} messages that name the file.
 *
 * <p>Transactions are explicit {@code BEGIN IMMEDIATE}/{@code COMMIT} statements on an auto-commit
 * connection: IMMEDIATE takes the write lock up front, so a second process waits (busy timeout)
 * instead of failing half-way when a read would have to be upgraded to a write.
 *
 * <p>A thread that must never wait on disk (the window's) can be refused: see {@link #refuseCallsFrom}.
 */
final class Database implements AutoCloseable {
    private final Connection connection;
    private final Path file;
    /** Recorded as the maker of what this library saves: the computer's user name (see ProvenanceDao). */
    private final String user = localUser();
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private int depth;
    private boolean rollbackOnly;
    private boolean closed;
    private volatile String forbiddenThread = "";
    private volatile BooleanSupplier onForbiddenThread = () -> false;

    Database(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** The name recorded as maker and last editor of what this library saves. */
    String user() {
        return user;
    }

    private static String localUser() {
        String name = System.getProperty("user.name", "").strip();
        return name.isEmpty() ? "unknown" : name;
    }

    /** From now on, every call made where {@code onThatThread} answers true fails before it touches the file. */
    void refuseCallsFrom(String threadName, BooleanSupplier onThatThread) {
        forbiddenThread = threadName;
        onForbiddenThread = onThatThread;
    }

    /** Runs {@code work} under the lock; {@code what} describes it for an error message ("saving annotation X"). */
    <T> T call(String what, SqlWork<T> work) {
        checkThread(what);
        lock.lock();
        try {
            checkOpen();
            return work.run();
        } catch (SQLException e) {
            throw StoreErrors.translate(file, what, e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code work} in one transaction; a nested call joins the outer one. */
    <T> T transaction(Supplier<T> work) {
        checkThread("a transaction");
        lock.lock();
        try {
            checkOpen();
            if (depth > 0) {
                return nested(work);
            }
            execute("BEGIN IMMEDIATE", "starting a transaction");
            depth = 1;
            rollbackOnly = false;
            T result;
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                rollback(e);
                throw e;
            } finally {
                depth = 0;
            }
            if (rollbackOnly) {
                StoreException failure = new StoreException("Nothing was saved to " + file
                        + ": a step of the change failed and was caught, so the whole change was undone.");
                rollback(failure);
                throw failure;
            }
            try {
                execute("COMMIT", "saving the change");
            } catch (StoreException e) {
                // A deferred constraint (a claim citing a missing quote) fails at COMMIT and leaves the transaction open.
                rollback(e);
                throw e;
            }
            return result;
        } finally {
            lock.unlock();
        }
    }

    private <T> T nested(Supplier<T> work) {
        depth++;
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            // The outer transaction must not commit what is left of this one, even if its caller catches e.
            rollbackOnly = true;
            throw e;
        } finally {
            depth--;
        }
    }

    private void rollback(Throwable cause) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** Runs BEGIN or COMMIT through a cached statement: a single save runs both, and preparing them each time shows. */
    private void execute(String sql, String what) {
        try {
            prepare(sql).execute();
        } catch (SQLException e) {
            throw StoreErrors.translate(file, what, e);
        }
    }

    /** The cached prepared statement for {@code sql}; only call inside {@link #call}. */
    PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    /** The raw connection, for work that has no reusable statement (pragmas, scripts); only inside {@link #call}. */
    Connection connection() {
        return connection;
    }

    /**
     * A programming error, not a failure of the file: it is thrown as IllegalStateException, so it is not shown as
     * "could not save" and reaches the thread's uncaught handler and the log.
     */
    private void checkThread(String what) {
        if (onForbiddenThread.getAsBoolean()) {
            throw new IllegalStateException("The library " + file + " was called on " + forbiddenThread + " (thread \""
                    + Thread.currentThread().getName() + "\") for " + what + "; that thread must never wait on the disk:"
                    + " run the call as a background task.");
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new StoreException("The library " + file + " is closed.");
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            SQLException failure = null;
            for (PreparedStatement statement : statements.values()) {
                try {
                    statement.close();
                } catch (SQLException e) {
                    failure = failure == null ? e : failure;
                }
            }
            statements.clear();
            try {
                connection.close();
            } catch (SQLException e) {
                failure = failure == null ? e : failure;
            }
            if (failure != null) {
                throw StoreErrors.translate(file, "closing the library", failure);
            }
        } finally {
            lock.unlock();
        }
    }
}
