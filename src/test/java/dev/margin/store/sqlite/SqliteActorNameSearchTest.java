package dev.margin.store.sqlite;

import dev.margin.store.Store;
import dev.margin.store.contract.ActorNameSearchContract;

import java.nio.file.Path;

/** Searching by speakers', actors' and claimants' names on a SQLite library (FTS5, migration V008). */
class SqliteActorNameSearchTest extends ActorNameSearchContract {
    @Override
    protected Store openStore(Path file) {
        return SqliteStore.open(file);
    }
}
