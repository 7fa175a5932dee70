package dev.margin.store.sqlite;

import dev.margin.store.Store;
import dev.margin.store.contract.ProvenanceDaoContract;

import java.nio.file.Path;

/** The ProvenanceDao contract on a SQLite library file. */
class SqliteProvenanceDaoTest extends ProvenanceDaoContract {
    @Override
    protected Store openStore(Path file) {
        return SqliteStore.open(file);
    }
}
