package dev.margin.store.sqlite;

import dev.margin.store.Store;
import dev.margin.store.contract.RejectedSuggestionDaoContract;

import java.nio.file.Path;

/** The RejectedSuggestionDao contract on a SQLite library file. */
class SqliteRejectedSuggestionDaoTest extends RejectedSuggestionDaoContract {
    @Override
    protected Store openStore(Path file) {
        return SqliteStore.open(file);
    }
}
