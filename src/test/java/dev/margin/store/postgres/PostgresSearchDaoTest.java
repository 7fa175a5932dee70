package dev.margin.store.postgres;

import dev.margin.store.Store;
import dev.margin.store.contract.SearchDaoContract;

import java.nio.file.Path;

/** The SearchDao contract on a team library in a real PostgreSQL server (see {@link PostgresTestServer}). */
class PostgresSearchDaoTest extends SearchDaoContract {
    @Override
    protected Store openStore(Path file) {
        return TestTeamLibraries.open(file);
    }
}
