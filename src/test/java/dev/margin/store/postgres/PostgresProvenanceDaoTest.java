package dev.margin.store.postgres;

import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.Provenance;
import dev.margin.store.Store;
import dev.margin.store.StoreException;
import dev.margin.store.contract.ProvenanceDaoContract;
import dev.margin.store.sqlite.StoreFixtures;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ProvenanceDao contract on a team library in a real PostgreSQL server (see {@link PostgresTestServer}), and
 * the server's rule that only an editor may record someone else as maker (migration V005).
 */
class PostgresProvenanceDaoTest extends ProvenanceDaoContract {
    @Override
    protected Store openStore(Path file) {
        return TestTeamLibraries.open(file);
    }

    @Test
    void anAnnotatorMayNotRecordOthersAsMakersNorChangeTheirVersions() throws Exception {
        PostgresTestServer server = PostgresTestServer.get();
        String database = server.freshDatabase();
        TeamLibraryAddress owner = server.address(database, PostgresTestServer.SUPERUSER);
        TeamSetup.addUser(owner, () -> null, "alice", "annotator");
        TeamSetup.addUser(owner, () -> null, "erin", "editor");
        Annotation highlight;
        try (PostgresStore alice = PostgresStore.open(server.address(database, "alice"), () -> null)) {
            Article rail = alice.articles().insert(StoreFixtures.railDraft(), StoreFixtures.T0);
            highlight = StoreFixtures.highlight(rail.id(), "Lagos");
            alice.annotations().insert(highlight);
            assertThat(alice.provenance().mayRecordOthersWork()).isFalse();
            assertThatThrownBy(() -> alice.provenance().stampAnnotations(Map.of(highlight.id(), new Provenance("erin", "erin", 9))))
                    .isInstanceOf(StoreException.class).hasMessageContaining("Only an editor or admin");
            assertThat(alice.provenance().annotations(rail.id())).containsEntry(highlight.id(), Provenance.madeBy("alice"));
        }
        // Plain SQL as alice would send it with psql: the setting alone changes nothing, the server stamps her.
        try (var connection = server.connect(database, "alice"); var statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("SELECT set_config('margin.copying', 'on', true)");
            statement.executeUpdate("UPDATE margin.annotation SET created_by = 'erin', version = 40 WHERE id = '" + highlight.id() + "'");
            connection.commit();
            try (var row = statement.executeQuery("SELECT created_by, version FROM margin.annotation WHERE id = '" + highlight.id() + "'")) {
                row.next();
                assertThat(row.getString(1)).isEqualTo("alice");
                assertThat(row.getInt(2)).isEqualTo(2);
            }
        }
        try (PostgresStore erin = PostgresStore.open(server.address(database, "erin"), () -> null)) {
            assertThat(erin.provenance().mayRecordOthersWork()).isTrue();
            erin.provenance().stampAnnotations(Map.of(highlight.id(), new Provenance("tomas", "ana", 5)));
            assertThat(erin.provenance().annotations(highlight.articleId())).containsEntry(highlight.id(), new Provenance("tomas", "ana", 5));
        }
    }
}
