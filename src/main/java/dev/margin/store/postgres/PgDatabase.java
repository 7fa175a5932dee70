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
 *
 * <p>When the connection breaks (the server restarted, the network dropped), the call that found out fails with a
 * ConnectionLostException and saved nothing; the next call outside a transaction connects again.
 */
final class PgDatabase implements AutoCloseable {
    private final String library;
    private final Supplier<Connection> reconnect;
    private Connection connection;
    /** The connection broke (the server said so, or the network): the next call outside a transaction makes a new one. */
    private boolean broken;
    private volatile int backendPid;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private int depth;
    private boolean rollbackOnly;
    private boolean closed;

    PgDatabase(Connection connection, String library, Supplier<Connection> reconnect) {
        this.connection = connection;
        this.library = library;
        this.reconnect = reconnect;
        this.backendPid = backendPidOf(connection);
    }

    /** The server process serving this connection, which signs the changes it announces (so they are known as ours). */
    int backendPid() {
        return backendPid;
    }

    private static int backendPidOf(Connection connection) {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery("SELECT pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            return 0;
        }
    }

    /**
     * Makes a new connection when the last one broke, before work that is not part of a transaction under way. The
     * statements prepared on the old one go with it. Throws ConnectionLostException while the server cannot be reached.
     */
    private void reconnectIfBroken() {
        if (depth > 0) {
            return;
        }
        boolean closed;
        try {
            closed = connection.isClosed();
        } catch (SQLException e) {
            closed = true;
        }
        if (!broken && !closed) {
            return;
        }
        statements.clear();
        try {
            connection.close();
        } catch (SQLException ignored) {
            // it is broken already; closing only frees what the driver still holds
        }
        Connection fresh = reconnect.get();
        connection = fresh;
        broken = false;
        backendPid = backendPidOf(fresh);
    }

    /** Remembers that the connection broke, when {@code e} says so. */
    private void noteFailure(SQLException e) {
        if (PgErrors.isConnectionLoss(e)) {
            broken = true;
        }
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
            reconnectIfBroken();
            return work.run();
        } catch (SQLException e) {
            noteFailure(e);
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
            reconnectIfBroken();
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
                noteFailure(e);
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
            noteFailure(e);
            broken = true; // a connection that cannot even roll back is not used again
            cause.addSuppressed(e);
        }
    }

    private void setAutoCommit(boolean on, String what) {
        try {
            connection.setAutoCommit(on);
        } catch (SQLException e) {
            noteFailure(e);
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
