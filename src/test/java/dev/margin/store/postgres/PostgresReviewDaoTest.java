package dev.margin.store.postgres;

import dev.margin.store.Store;
import dev.margin.store.contract.ReviewDaoContract;

import java.nio.file.Path;

/** The ReviewDao contract on a team library in a real PostgreSQL server (see {@link PostgresTestServer}). */
class PostgresReviewDaoTest extends ReviewDaoContract {
    @Override
    protected Store openStore(Path file) {
        return TestTeamLibraries.open(file);
    }

    @Override
    protected boolean matchesInflections() {
        return true;
    }
}
