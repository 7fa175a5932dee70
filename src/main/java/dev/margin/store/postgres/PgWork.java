package dev.margin.store.postgres;

import java.sql.SQLException;

/** A piece of JDBC work that returns a value; {@link PgDatabase#call} runs it under the store's lock. */
@FunctionalInterface
interface PgWork<T> {
    T run() throws SQLException;
}
