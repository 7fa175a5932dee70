package dev.margin.store.postgres;

import dev.margin.store.Store;
import dev.margin.store.contract.ActorDaoContract;

import java.nio.file.Path;

/** The ActorDao contract on a team library in a real PostgreSQL server (see {@link PostgresTestServer}). */
class PostgresActorDaoTest extends ActorDaoContract {
    @Override
    protected Store openStore(Path file) {
        return TestTeamLibraries.open(file);
    }
}
