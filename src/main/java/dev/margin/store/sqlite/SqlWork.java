package dev.margin.store.sqlite;

import java.sql.SQLException;

/** A piece of JDBC work that returns a value; {@link Database#call} runs it under the store's lock. */
@FunctionalInterface
interface SqlWork<T> {
    T run() throws SQLException;
}
