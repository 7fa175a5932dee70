package dev.margin.store.postgres;

import dev.margin.store.Store;
import dev.margin.store.contract.RejectedSuggestionDaoContract;

import java.nio.file.Path;

/** The RejectedSuggestionDao contract on a team library in a real PostgreSQL server (see {@link PostgresTestServer}). */
class PostgresRejectedSuggestionDaoTest extends RejectedSuggestionDaoContract {
    @Override
    protected Store openStore(Path file) {
        return TestTeamLibraries.open(file);
    }
}
