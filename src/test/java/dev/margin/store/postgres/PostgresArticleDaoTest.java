package dev.margin.store.postgres;

import dev.margin.store.Store;
import dev.margin.store.contract.ArticleDaoContract;

import java.nio.file.Path;

/** The ArticleDao contract on a team library in a real PostgreSQL server (see {@link PostgresTestServer}). */
class PostgresArticleDaoTest extends ArticleDaoContract {
    @Override
    protected Store openStore(Path file) {
        return TestTeamLibraries.open(file);
    }
}
