package dev.margin.store.postgres;

import dev.margin.domain.Article;
import dev.margin.store.sqlite.StoreFixtures;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network between Margin and the team library's server fails while a window saves a highlight every few
 * milliseconds: every connection is cut three times, then the network stops passing anything for four seconds (a
 * {@link LoopbackProxy} stands for it). Nothing acknowledged may be lost; every save that failed is kept as unsaved
 * and saved by the retry; and once the network is back the same open library works again, without reopening it.
 */
class NetworkFaultTest {
    @Test
    void cutConnectionsAndASilentNetworkLoseNothingAcknowledgedAndTheOpenLibraryWorksAgain() throws Exception {
        PostgresTestServer server = PostgresTestServer.get();
        String database = server.freshDatabase();
        long articleId;
        try (PostgresStore owner = PostgresStore.open(server.address(database, PostgresTestServer.SUPERUSER), () -> null)) {
            Article rail = owner.articles().insert(StoreFixtures.railDraft(), StoreFixtures.T0);
            articleId = rail.id();
        }
        try (LoopbackProxy network = new LoopbackProxy(server.port())) {
            // a short wait for answers, so that the silent network is noticed in two seconds rather than thirty
            TeamLibraryAddress throughProxy = new TeamLibraryAddress("127.0.0.1", network.port(), database,
                    PostgresTestServer.SUPERUSER, Map.of("sslmode", "disable", "socketTimeout", "2"));
            try (PostgresStore store = PostgresStore.open(throughProxy, () -> null)) {
                SavesUnderFault saves = new SavesUnderFault(store, articleId);
                saves.start();
                Thread.sleep(500);
                for (int cut = 0; cut < 3; cut++) {
                    network.cutAll();
                    Thread.sleep(300);
                }
                int beforeSilence = saves.acknowledgedCount();
                int keptBeforeSilence = saves.keptAsUnsaved();
                int duringSilence;
                int keptDuringSilence;
                network.blackhole();
                try {
                    Thread.sleep(4_000);
                    duringSilence = saves.acknowledgedCount() - beforeSilence;
                    keptDuringSilence = saves.keptAsUnsaved() - keptBeforeSilence;
                } finally {
                    network.restore();
                }
                Thread.sleep(1_000);
                saves.stop();

                assertThat(keptDuringSilence).as("a save on the silent network is reported as not saved once the"
                        + " answer is overdue, not left waiting for the network").isPositive();
                assertThat(duringSilence).as("nothing acknowledged while nothing reached the server").isLessThanOrEqualTo(1);
                assertThat(saves.keptAsUnsaved()).as("the faults hit saves, which were kept as unsaved").isPositive();
                String report = saves.retryAndCheck(server, database);
                System.out.println("NetworkFaultTest: " + report);

                // the same open library, not reopened: a save and a read work
                saves.save();
                assertThat(store.annotations().forArticle(articleId)).hasSizeGreaterThanOrEqualTo(saves.acknowledgedCount());
            }
        }
    }
}
