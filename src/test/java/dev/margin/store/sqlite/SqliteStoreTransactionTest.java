package dev.margin.store.sqlite;

import dev.margin.store.Store;
import dev.margin.store.contract.StoreTransactionContract;

import java.nio.file.Path;

/** The StoreTransaction contract on a SQLite library file. */
class SqliteStoreTransactionTest extends StoreTransactionContract {
    @Override
    protected Store openStore(Path file) {
        return SqliteStore.open(file);
    }
}
