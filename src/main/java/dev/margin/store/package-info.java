/**
 * The store's contracts: one DAO interface per table, {@link dev.margin.store.Store} to open a library
 * file and run work in one transaction, and {@link dev.margin.store.StoreException} for every failure.
 *
 * <p>The SQLite implementation lives in {@code dev.margin.store.sqlite}. Callers above this layer
 * (service, cli, ui) see only these interfaces. Every method may throw {@link StoreException};
 * none returns null.
 */
package dev.margin.store;
