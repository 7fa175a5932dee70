package dev.margin.store.postgres;

import dev.margin.store.Store;
import dev.margin.store.contract.ActorNameSearchContract;

import java.nio.file.Path;

/** Searching by speakers', actors' and claimants' names on a team library (tsvector, migration V003). */
class PostgresActorNameSearchTest extends ActorNameSearchContract {
    @Override
    protected Store openStore(Path file) {
        return TestTeamLibraries.open(file);
    }
}
