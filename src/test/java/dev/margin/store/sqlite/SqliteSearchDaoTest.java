package dev.margin.store.sqlite;

import dev.margin.store.Store;
import dev.margin.store.contract.SearchDaoContract;

import java.nio.file.Path;

/** The SearchDao contract on a SQLite library file. */
class SqliteSearchDaoTest extends SearchDaoContract {
    @Override
    protected Store openStore(Path file) {
        return SqliteStore.open(file);
    }
}
