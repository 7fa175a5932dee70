package dev.margin.store.postgres;

import dev.margin.store.Store;
import dev.margin.store.contract.TagDaoContract;

import java.nio.file.Path;

/** The TagDao contract on a team library in a real PostgreSQL server (see {@link PostgresTestServer}). */
class PostgresTagDaoTest extends TagDaoContract {
    @Override
    protected Store openStore(Path file) {
        return TestTeamLibraries.open(file);
    }
}
