package dev.margin.store.postgres;

import dev.margin.store.Store;
import dev.margin.store.contract.ReviewStatsActorsAndSavedFiltersContract;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;

/** The ReviewStatsActorsAndSavedFilters contract on a team library in a real PostgreSQL server (see {@link PostgresTestServer}). */
class PostgresReviewStatsActorsAndSavedFiltersTest extends ReviewStatsActorsAndSavedFiltersContract {
    @Override
    protected Store openStore(Path file) {
        return TestTeamLibraries.open(file);
    }

    @Override
    protected void writeSavedFilterJson(Path file, String json) throws Exception {
        try (Connection connection = PostgresTestServer.get().connect(TestTeamLibraries.database(file), PostgresTestServer.SUPERUSER);
             PreparedStatement update = connection.prepareStatement("UPDATE margin.saved_filter SET filter_json = ?::jsonb")) {
            update.setString(1, json);
            update.executeUpdate();
        }
    }
}
