package dev.margin.store.postgres;

import dev.margin.store.Store;
import dev.margin.store.contract.StoreTransactionContract;

import java.nio.file.Path;

/** The StoreTransaction contract on a team library in a real PostgreSQL server (see {@link PostgresTestServer}). */
class PostgresStoreTransactionTest extends StoreTransactionContract {
    @Override
    protected Store openStore(Path file) {
        return TestTeamLibraries.open(file);
    }
}
