package dev.margin.store.postgres;

import dev.margin.store.Store;
import dev.margin.store.contract.AnnotationDaoContract;

import java.nio.file.Path;

/** The AnnotationDao contract on a team library in a real PostgreSQL server (see {@link PostgresTestServer}). */
class PostgresAnnotationDaoTest extends AnnotationDaoContract {
    @Override
    protected Store openStore(Path file) {
        return TestTeamLibraries.open(file);
    }
}
