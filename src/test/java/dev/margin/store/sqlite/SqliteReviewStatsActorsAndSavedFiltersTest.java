package dev.margin.store.sqlite;

import dev.margin.store.Store;
import dev.margin.store.contract.ReviewStatsActorsAndSavedFiltersContract;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

/** The ReviewStatsActorsAndSavedFilters contract on a SQLite library file. */
class SqliteReviewStatsActorsAndSavedFiltersTest extends ReviewStatsActorsAndSavedFiltersContract {
    @Override
    protected Store openStore(Path file) {
        return SqliteStore.open(file);
    }

    @Override
    protected void writeSavedFilterJson(Path file, String json) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement update = connection.prepareStatement("UPDATE saved_filter SET filter_json = ?")) {
            update.setString(1, json);
            update.executeUpdate();
        }
    }
}
