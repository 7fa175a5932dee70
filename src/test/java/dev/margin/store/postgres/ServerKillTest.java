package dev.margin.store.postgres;

import dev.margin.domain.Article;
import dev.margin.store.sqlite.StoreFixtures;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team library's server is killed (SIGKILL to every server process: a crash, no shutdown) while a window saves a
 * highlight every few milliseconds, and started again a second later (crash recovery). Nothing acknowledged may be
 * lost; the saves that failed are kept as unsaved and saved by the retry; the open library works again without
 * reopening it.
 *
 * <p>The database has {@code synchronous_commit} on, PostgreSQL's default: an acknowledged commit is then on disk.
 * (The shared test server turns it off for speed; with it off, this test can fail, as it should: the server would
 * acknowledge commits that a crash then loses.)
 */
class ServerKillTest {
    @Test
    void theServerKilledMidSaveLosesNothingAcknowledgedAndTheOpenLibraryWorksAgain() throws Exception {
        PostgresTestServer server = PostgresTestServer.get();
        String database = server.freshDatabase();
        server.admin("ALTER DATABASE " + database + " SET synchronous_commit = on");
        long articleId;
        try (PostgresStore owner = PostgresStore.open(server.address(database, PostgresTestServer.SUPERUSER), () -> null)) {
            Article rail = owner.articles().insert(StoreFixtures.railDraft(), StoreFixtures.T0);
            articleId = rail.id();
        }
        TeamLibraryAddress address = new TeamLibraryAddress("127.0.0.1", server.port(), database,
                PostgresTestServer.SUPERUSER, Map.of("sslmode", "disable", "socketTimeout", "2"));
        try (PostgresStore store = PostgresStore.open(address, () -> null)) {
            SavesUnderFault saves = new SavesUnderFault(store, articleId);
            saves.start();
            Thread.sleep(700);
            int beforeKill = saves.acknowledgedCount();
            try {
                server.killForcibly();
                Thread.sleep(1_000);
            } finally {
                server.startAgain();
            }
            Thread.sleep(1_000);
            saves.stop();

            assertThat(beforeKill).as("saves were acknowledged before the crash").isPositive();
            assertThat(saves.keptAsUnsaved()).as("the crash hit saves, which were kept as unsaved").isPositive();
            String report = saves.retryAndCheck(server, database);
            System.out.println("ServerKillTest: " + report);

            saves.save();
            assertThat(store.annotations().forArticle(articleId)).hasSizeGreaterThanOrEqualTo(saves.acknowledgedCount());
        }
    }
}
