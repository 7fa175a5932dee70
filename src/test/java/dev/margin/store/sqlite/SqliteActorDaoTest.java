package dev.margin.store.sqlite;

import dev.margin.store.Store;
import dev.margin.store.contract.ActorDaoContract;

import java.nio.file.Path;

/** The ActorDao contract on a SQLite library file. */
class SqliteActorDaoTest extends ActorDaoContract {
    @Override
    protected Store openStore(Path file) {
        return SqliteStore.open(file);
    }
}
