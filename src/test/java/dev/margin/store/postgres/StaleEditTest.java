package dev.margin.store.postgres;

import dev.margin.domain.Actor;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.store.StaleRowException;
import dev.margin.store.sqlite.StoreFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two people edit the same records: the second edit made on a stale copy is refused, naming who changed it. */
class StaleEditTest {
    private PostgresTestServer server;
    private String database;

    @BeforeEach
    void library() {
        server = PostgresTestServer.get();
        database = server.freshDatabase();
        TeamLibraryAddress owner = server.address(database, PostgresTestServer.SUPERUSER);
        TeamSetup.addUser(owner, () -> null, "erin", "editor");
        TeamSetup.addUser(owner, () -> null, "ed", "editor");
    }

    private PostgresStore open(String user) {
        return PostgresStore.open(server.address(database, user), () -> null);
    }

    @Test
    void anEditOnAStaleCopyIsRefusedAndTheOtherPersonsChangeStays() throws Exception {
        try (PostgresStore erin = open("erin"); PostgresStore ed = open("ed")) {
            Article rail = erin.articles().insert(StoreFixtures.railDraft(), StoreFixtures.T0);
            Annotation quote = StoreFixtures.quote(rail.id(), null);
            erin.annotations().insert(quote);

            Annotation erinsCopy = erin.annotations().find(quote.id()).orElseThrow();
            Annotation edsCopy = ed.annotations().find(quote.id()).orElseThrow();
            ed.annotations().update(edsCopy.withNote("ed: the figure is from 2019", StoreFixtures.T0));

            assertThatThrownBy(() -> erin.annotations().update(erinsCopy.withNote("erin: fine", StoreFixtures.T0)))
                    .isInstanceOf(StaleRowException.class)
                    .hasMessageContaining("annotation " + quote.id())
                    .hasMessageContaining("changed by ed")
                    .satisfies(e -> assertThat(((StaleRowException) e).changedBy()).isEqualTo("ed"));
            assertThat(erin.annotations().find(quote.id()).orElseThrow().note()).isEqualTo("ed: the figure is from 2019");

            // Having reloaded it, erin's edit goes through, and the row says so.
            erin.annotations().update(erin.annotations().find(quote.id()).orElseThrow().withNote("erin: agreed", StoreFixtures.T0));
            try (Connection connection = server.connect(database, "ed"); Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT version, created_by, modified_by FROM margin.annotation WHERE id = '"
                         + quote.id() + "'")) {
                row.next();
                assertThat(row.getInt("version")).isEqualTo(3);
                assertThat(row.getString("created_by")).isEqualTo("erin");
                assertThat(row.getString("modified_by")).isEqualTo("erin");
            }
        }
    }

    @Test
    void aDeleteOfAChangedRecordAndAnEditOfADeletedOneAreRefused() {
        try (PostgresStore erin = open("erin"); PostgresStore ed = open("ed")) {
            Article rail = erin.articles().insert(StoreFixtures.railDraft(), StoreFixtures.T0);
            Annotation quote = StoreFixtures.quote(rail.id(), null);
            erin.annotations().insert(quote);
            Actor okafor = erin.actors().insert(StoreFixtures.okafor());
            Actor edsOkafor = ed.actors().find(okafor.id()).orElseThrow();
            ed.annotations().find(quote.id()).orElseThrow();

            erin.annotations().update(quote.withNote("erin changed it", StoreFixtures.T0));
            assertThatThrownBy(() -> ed.annotations().delete(quote.id())).isInstanceOf(StaleRowException.class)
                    .hasMessageContaining("changed by erin");
            assertThat(erin.annotations().find(quote.id())).isPresent();

            erin.actors().delete(okafor.id());
            assertThatThrownBy(() -> ed.actors().update(edsOkafor.withAliases(java.util.List.of("Madam Minister"))))
                    .isInstanceOf(StaleRowException.class).hasMessageContaining("deleted by someone else");
        }
    }
}
