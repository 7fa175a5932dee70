/**
 * Margin's use cases: each public method of a service is one user action, run in one store
 * transaction, over the DAO interfaces of {@code dev.margin.store} only (never SQL). Services take
 * the {@link dev.margin.store.Store} and a {@link java.time.Clock} through their constructors; the
 * clock stamps created / modified / imported-at times, so tests can fix it.
 */
package dev.margin.service;
