package dev.margin.service;

import dev.margin.domain.Annotation;
import dev.margin.domain.read.RemoteChange;
import dev.margin.importer.ArticleImporter;
import dev.margin.store.postgres.PostgresStore;
import dev.margin.store.postgres.PostgresTestServer;
import dev.margin.store.postgres.TeamLibraryAddress;
import dev.margin.store.postgres.TeamSetup;
import dev.margin.store.sqlite.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live updates through the service layer: two people, each with their own login and their own services over a real
 * PostgreSQL server; what one saves through a service, the other's services hear within two seconds. A local
 * library is not shared and announces nothing; a failure to reach the server is told apart from a refusal.
 */
class LiveUpdatesTest {
    @TempDir
    Path dir;

    @Test
    void whatOneAnnotatorSavesTheOthersServicesHearWithinTwoSeconds() throws Exception {
        PostgresTestServer server = PostgresTestServer.get();
        String database = server.freshDatabase();
        TeamLibraryAddress owner = server.address(database, PostgresTestServer.SUPERUSER);
        TeamSetup.addUser(owner, () -> null, "nadia", "annotator");
        TeamSetup.addUser(owner, () -> null, "pavel", "annotator");
        long articleId;
        try (LibraryServices editor = LibraryServices.over(PostgresStore.open(owner, () -> null), Clock.systemUTC())) {
            articleId = new SampleLibrary(editor, new ArticleImporter(), Clock.systemUTC()).seed(); // its verdicts are an editor's
        }
        try (LibraryServices nadia = LibraryServices.over(PostgresStore.open(server.address(database, "nadia"), () -> null), Clock.systemUTC());
             LibraryServices pavel = LibraryServices.over(PostgresStore.open(server.address(database, "pavel"), () -> null), Clock.systemUTC())) {
            BlockingQueue<RemoteChange> heard = new LinkedBlockingQueue<>();
            assertThat(pavel.liveUpdates().isShared()).isTrue();
            try (LiveUpdates.Subscription subscription = pavel.liveUpdates().subscribe(new LiveUpdates.Listener() {
                @Override
                public void changed(List<RemoteChange> changes) {
                    heard.addAll(changes);
                }

                @Override
                public void connectionLost(String message) {
                }

                @Override
                public void connectionRestored() {
                }
            })) {
                String text = nadia.library().read(articleId).article().text();
                int start = text.indexOf("water");
                Annotation saved = nadia.annotations().createHighlight(articleId, start, start + 5);
                RemoteChange change;
                do {
                    change = heard.poll(2, TimeUnit.SECONDS);
                    assertThat(change).as("nadia's highlight announced to pavel within two seconds").isNotNull();
                } while (!change.id().equals(saved.id().toString()));
                assertThat(change.kind()).isEqualTo(RemoteChange.Kind.CREATED);
                assertThat(change.articleId()).isEqualTo(articleId);
                assertThat(pavel.library().read(articleId).annotations()).extracting(Annotation::id).contains(saved.id());
            }
        }
    }

    @Test
    void aLocalLibraryIsNotSharedAndOnlyAnUnreachableServerCountsAsAConnectionLoss() {
        try (LibraryServices local = LibraryServices.over(SqliteStore.open(dir.resolve("margin.db")), Clock.systemUTC())) {
            assertThat(local.liveUpdates().isShared()).isFalse();
            local.liveUpdates().subscribe(null).close();
        }
        assertThat(LiveUpdates.isConnectionLoss(new RuntimeException("wrapped",
                new dev.margin.store.ConnectionLostException("gone", null)))).isTrue();
        assertThat(LiveUpdates.isConnectionLoss(new dev.margin.store.StoreException("refused"))).isFalse();
    }
}
