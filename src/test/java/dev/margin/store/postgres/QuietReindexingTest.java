package dev.margin.store.postgres;

import dev.margin.domain.Actor;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleAssessment;
import dev.margin.domain.ArticleInfo;
import dev.margin.domain.read.RemoteChange;
import dev.margin.store.LibraryChanges;
import dev.margin.store.sqlite.StoreFixtures;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Re-indexing for search (an actor renamed, an article's tags or note changed: migration V003 rewrites the search
 * column of every annotation concerned) changes nothing anyone sees, so it must not announce those annotations to
 * every open window, which would re-read each one (migration V007). A real edit is still announced within two seconds.
 */
class QuietReindexingTest {
    private static final int QUOTES = 40;

    @Test
    void renamingAnActorReindexesItsQuotesWithoutAnnouncingThemWhileARealEditIsStillAnnounced() throws Exception {
        PostgresTestServer server = PostgresTestServer.get();
        String database = server.freshDatabase();
        TeamLibraryAddress owner = server.address(database, PostgresTestServer.SUPERUSER);
        TeamSetup.addUser(owner, () -> null, "vera", "editor");
        TeamSetup.addUser(owner, () -> null, "lena", "reader");
        try (PostgresStore vera = PostgresStore.open(server.address(database, "vera"), () -> null);
             PostgresStore lena = PostgresStore.open(server.address(database, "lena"), () -> null)) {
            Article rail = vera.articles().insert(StoreFixtures.railDraft(), StoreFixtures.T0);
            Actor okafor = vera.actors().insert(StoreFixtures.okafor());
            List<UUID> quotes = new ArrayList<>();
            for (int i = 0; i < QUOTES; i++) {
                Annotation quote = StoreFixtures.quote(rail.id(), okafor.id());
                vera.annotations().insert(quote);
                quotes.add(quote.id());
            }
            BlockingQueue<RemoteChange> heard = new LinkedBlockingQueue<>();
            lena.libraryChanges().subscribe(new LibraryChanges.Listener() {
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
            });
            Thread.sleep(300);
            heard.clear();

            // an actor renamed: every quote it spoke is indexed again under the new name
            vera.actors().update(vera.actors().find(okafor.id()).orElseThrow().withName("Adaeze Okafor-Bello"));
            // the article's tags and note changed: every annotation of the article is indexed again
            vera.articles().updateInfo(rail.id(), ArticleInfo.of(rail, new ArticleAssessment("Checked with the ministry.",
                    List.of("transport", "budget"), null)));
            // and the same done by hand, as a future migration or an admin in psql would: still no one's edit
            try (Connection psql = server.connect(database, PostgresTestServer.SUPERUSER);
                 Statement statement = psql.createStatement()) {
                statement.executeUpdate("UPDATE margin.annotation SET search = search || to_tsvector('simple', 'reindexed')");
            }

            assertThat(searchMatches(server, database, "okafor-bello")).as("the rename re-indexed every quote").isEqualTo(QUOTES);
            assertThat(searchMatches(server, database, "ministry")).as("the article's note re-indexed them").isEqualTo(QUOTES);
            assertThat(searchMatches(server, database, "reindexed")).isEqualTo(QUOTES);
            assertThat(count(server, database, "SELECT count(*) FROM margin.annotation WHERE version <> 1 OR modified_by <> 'vera'"))
                    .as("re-indexing raised no version and stamped no one, so no open copy turned stale").isZero();

            Thread.sleep(1_500);
            List<RemoteChange> announced = new ArrayList<>();
            heard.drainTo(announced);
            assertThat(announced).as("the actor and the article are announced").extracting(RemoteChange::subject)
                    .contains(RemoteChange.Subject.ACTOR, RemoteChange.Subject.ARTICLE);
            assertThat(announced).as("no annotation announced for a change of its search column only")
                    .noneMatch(change -> change.subject() == RemoteChange.Subject.ANNOTATION);

            Annotation edited = vera.annotations().find(quotes.get(7)).orElseThrow();
            long start = System.nanoTime();
            vera.annotations().update(edited.withNote("Said again on the radio.", StoreFixtures.T0));
            RemoteChange change;
            do {
                change = heard.poll(2_000 - (System.nanoTime() - start) / 1_000_000, TimeUnit.MILLISECONDS);
                assertThat(change).as("the real edit is announced within two seconds").isNotNull();
            } while (change.subject() != RemoteChange.Subject.ANNOTATION);
            assertThat(change.id()).isEqualTo(edited.id().toString());
            assertThat(change.kind()).isEqualTo(RemoteChange.Kind.CHANGED);
        }
    }

    private static int count(PostgresTestServer server, String database, String sql) throws Exception {
        try (Connection connection = server.connect(database, PostgresTestServer.SUPERUSER);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static int searchMatches(PostgresTestServer server, String database, String word) throws Exception {
        try (Connection connection = server.connect(database, PostgresTestServer.SUPERUSER);
             PreparedStatement count = connection.prepareStatement(
                     "SELECT count(*) FROM margin.annotation WHERE search @@ to_tsquery('simple', ?)")) {
            count.setString(1, word);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
