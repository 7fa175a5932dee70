package dev.margin.store.postgres;

import dev.margin.store.StoreException;
import dev.margin.store.sqlite.StoreFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A connection the server drops is said at once, naming the library's server, and nothing half-saved remains. */
class ConnectionLossTest {
    @Test
    void aDroppedConnectionIsAStoreExceptionNamingTheServer() {
        PostgresTestServer server = PostgresTestServer.get();
        String database = server.freshDatabase();
        TeamLibraryAddress address = server.address(database, PostgresTestServer.SUPERUSER);
        try (PostgresStore store = PostgresStore.open(address, () -> null)) {
            store.articles().insert(StoreFixtures.railDraft(), StoreFixtures.T0);
            server.admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");

            assertThatThrownBy(() -> store.articles().insert(StoreFixtures.portDraft(), StoreFixtures.T0))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("The connection to the team library " + address.shown() + " was lost")
                    .hasMessageContaining("was not saved");
        }
        try (PostgresStore again = PostgresStore.open(address, () -> null)) {
            assertThat(again.articles().count()).isEqualTo(1);
        }
    }
}
