package dev.margin.store.sqlite;

import dev.margin.store.Store;
import dev.margin.store.contract.ReviewDaoContract;

import java.nio.file.Path;

/** The ReviewDao contract on a SQLite library file. */
class SqliteReviewDaoTest extends ReviewDaoContract {
    @Override
    protected Store openStore(Path file) {
        return SqliteStore.open(file);
    }
}
