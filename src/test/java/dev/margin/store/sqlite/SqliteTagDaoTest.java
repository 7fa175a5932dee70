package dev.margin.store.sqlite;

import dev.margin.store.Store;
import dev.margin.store.contract.TagDaoContract;

import java.nio.file.Path;

/** The TagDao contract on a SQLite library file. */
class SqliteTagDaoTest extends TagDaoContract {
    @Override
    protected Store openStore(Path file) {
        return SqliteStore.open(file);
    }
}
