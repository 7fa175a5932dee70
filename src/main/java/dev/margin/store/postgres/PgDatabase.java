package dev.margin.store.postgres;

import dev.margin.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The one JDBC connection of a {@link PostgresStore}, with what every DAO needs around it: a lock that
 * serialises calls from any thread, nestable transactions, a cache of prepared statements, and the translation
 * of {@link SQLException} into {@link StoreException} messages naming the server and database.
 *
 * <p>Outside a transaction the connection auto-commits, so a single read or write is its own transaction. A
 * transaction turns auto-commit off until it commits or rolls back; a failure inside it rolls all of it back.
 */
final class PgDatabase implements AutoCloseable {
    private final Connection connection;
    private final String library;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private int depth;
    private boolean rollbackOnly;
    private boolean closed;

    PgDatabase(Connection connection, String library) {
        this.connection = connection;
        this.library = library;
    }

    /** The library as shown to a user: {@code host:port/database}. */
    String library() {
        return library;
    }

    /** Runs {@code work} under the lock; {@code what} describes it for an error message ("saving annotation X"). */
    <T> T call(String what, PgWork<T> work) {
        lock.lock();
        try {
            checkOpen();
            return work.run();
        } catch (SQLException e) {
            if (depth > 0) {
                rollbackOnly = true;
            }
            throw PgErrors.translate(library, what, e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code work} in one transaction; a nested call joins the outer one. */
    <T> T transaction(Supplier<T> work) {
        lock.lock();
        try {
            checkOpen();
            if (depth > 0) {
                return nested(work);
            }
            setAutoCommit(false, "starting a transaction");
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
                StoreException failure = new StoreException("Nothing was saved to the team library " + library
                        + ": a step of the change failed and was caught, so the whole change was undone.");
                rollback(failure);
                throw failure;
            }
            try {
                connection.commit();
            } catch (SQLException e) {
                StoreException failure = PgErrors.translate(library, "saving the change", e);
                rollback(failure);
                throw failure;
            }
            setAutoCommit(true, "ending a transaction");
            return result;
        } finally {
            lock.unlock();
        }
    }

    boolean inTransaction() {
        return depth > 0;
    }

    private <T> T nested(Supplier<T> work) {
        depth++;
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            rollbackOnly = true;
            throw e;
        } finally {
            depth--;
        }
    }

    private void rollback(Throwable cause) {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private void setAutoCommit(boolean on, String what) {
        try {
            connection.setAutoCommit(on);
        } catch (SQLException e) {
            throw PgErrors.translate(library, what, e);
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

    /** The raw connection, for statements made once; only inside {@link #call}. */
    Connection connection() {
        return connection;
    }

    private void checkOpen() {
        if (closed) {
            throw new StoreException("The team library " + library + " is closed.");
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
            for (PreparedStatement statement : statements.values()) {
                try {
                    statement.close();
                } catch (SQLException ignored) {
                    // the connection is closed next, which releases its statements anyway
                }
            }
            statements.clear();
            try {
                connection.close();
            } catch (SQLException e) {
                throw PgErrors.translate(library, "closing the library", e);
            }
        } finally {
            lock.unlock();
        }
    }
}
