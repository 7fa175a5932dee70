/**
 * The SQLite implementation of the store: {@link dev.margin.store.sqlite.SqliteStore} opens a library file
 * (checks it, enables WAL, applies the numbered migration scripts in {@code migrations/}) and hands out one
 * DAO per table group, all sharing its single serialised connection. Row mappers turn rows into domain
 * records and back; SQL stays in the DAO that owns the table.
 */
package dev.margin.store.sqlite;
