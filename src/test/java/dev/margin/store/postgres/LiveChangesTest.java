package dev.margin.store.postgres;

import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.read.RemoteChange;
import dev.margin.store.ConnectionLostException;
import dev.margin.store.LibraryChanges;
import dev.margin.store.sqlite.StoreFixtures;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two people on one team library, each with their own login and connections: what one saves reaches the other's
 * subscription within two seconds (LISTEN / NOTIFY, migration V004), and no one hears their own changes. And the
 * server going away mid-session: said at once, a save during the outage refused as not saved, everything
 * acknowledged still there after the server is back, without reopening the library.
 */
class LiveChangesTest {
    private static final long TWO_SECONDS = 2_000;

    /** A subscription that records what it is told. */
    private static final class Recorder implements LibraryChanges.Listener {
        final BlockingQueue<RemoteChange> changes = new LinkedBlockingQueue<>();
        final BlockingQueue<String> connection = new LinkedBlockingQueue<>();

        @Override
        public void changed(List<RemoteChange> list) {
            changes.addAll(list);
        }

        @Override
        public void connectionLost(String message) {
            connection.add("lost: " + message);
        }

        @Override
        public void connectionRestored() {
            connection.add("restored");
        }

        RemoteChange next() throws InterruptedException {
            RemoteChange change = changes.poll(TWO_SECONDS, TimeUnit.MILLISECONDS);
            assertThat(change).as("a change announced within two seconds").isNotNull();
            return change;
        }
    }

    @Test
    void whatOnePersonSavesReachesTheOtherWithinTwoSecondsAndNoOneHearsTheirOwn() throws Exception {
        PostgresTestServer server = PostgresTestServer.get();
        String database = server.freshDatabase();
        TeamLibraryAddress owner = server.address(database, PostgresTestServer.SUPERUSER);
        TeamSetup.addUser(owner, () -> null, "lena", "annotator");
        TeamSetup.addUser(owner, () -> null, "omar", "editor");
        try (PostgresStore lena = PostgresStore.open(server.address(database, "lena"), () -> null);
             PostgresStore omar = PostgresStore.open(server.address(database, "omar"), () -> null)) {
            Recorder lenaHears = new Recorder();
            Recorder omarHears = new Recorder();
            lena.libraryChanges().subscribe(lenaHears);
            omar.libraryChanges().subscribe(omarHears);

            long start = System.nanoTime();
            Article rail = omar.articles().insert(StoreFixtures.railDraft(), StoreFixtures.T0);
            RemoteChange article = lenaHears.next();
            assertThat(article).isEqualTo(new RemoteChange(RemoteChange.Subject.ARTICLE, RemoteChange.Kind.CREATED,
                    String.valueOf(rail.id()), rail.id(), 1));

            Annotation quote = StoreFixtures.quote(rail.id(), null);
            omar.annotations().insert(quote);
            RemoteChange created = nextAbout(lenaHears, quote);
            assertThat(created.kind()).isEqualTo(RemoteChange.Kind.CREATED);
            assertThat(created.articleId()).isEqualTo(rail.id());
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));

            omar.annotations().update(quote.withNote("Checked against the budget speech.", StoreFixtures.T0));
            RemoteChange changed = nextAbout(lenaHears, quote);
            assertThat(changed.kind()).isEqualTo(RemoteChange.Kind.CHANGED);
            assertThat(changed.version()).isGreaterThan(created.version());
            assertThat(lena.annotations().find(quote.id()).orElseThrow().note()).isEqualTo("Checked against the budget speech.");

            omar.annotations().delete(quote.id());
            assertThat(nextAbout(lenaHears, quote).kind()).isEqualTo(RemoteChange.Kind.DELETED);

            Annotation lenasHighlight = StoreFixtures.highlight(rail.id(), "Adaeze Okafor");
            lena.annotations().insert(lenasHighlight);
            assertThat(nextAbout(omarHears, lenasHighlight).kind()).isEqualTo(RemoteChange.Kind.CREATED);
            Thread.sleep(500);
            assertThat(lenaHears.changes).as("lena does not hear her own highlight").isEmpty();
        }
    }

    /** The next change announced about {@code annotation} (its evidence and tags are announced as its changes too). */
    private static RemoteChange nextAbout(Recorder recorder, Annotation annotation) throws InterruptedException {
        while (true) {
            RemoteChange change = recorder.next();
            if (change.subject() == RemoteChange.Subject.ANNOTATION && change.id().equals(annotation.id().toString())) {
                return change;
            }
        }
    }

    @Test
    void theServerStoppingMidSessionIsSaidAtOnceAndTheLibraryWorksAgainWhenItIsBack() throws Exception {
        PostgresTestServer server = PostgresTestServer.get();
        String database = server.freshDatabase();
        TeamLibraryAddress address = server.address(database, PostgresTestServer.SUPERUSER);
        try (PostgresStore store = PostgresStore.open(address, () -> null)) {
            Recorder heard = new Recorder();
            store.libraryChanges().subscribe(heard);
            Article rail = store.articles().insert(StoreFixtures.railDraft(), StoreFixtures.T0);
            Annotation acknowledged = StoreFixtures.quote(rail.id(), null);
            store.annotations().insert(acknowledged);

            server.stopForOutage();
            try {
                String lost = heard.connection.poll(5, TimeUnit.SECONDS);
                assertThat(lost).as("the loss is said within seconds, with no save needed to notice it")
                        .startsWith("lost: ").contains(address.shown());
                Annotation duringOutage = StoreFixtures.highlight(rail.id(), "Adaeze Okafor");
                assertThatThrownBy(() -> store.annotations().insert(duringOutage))
                        .isInstanceOf(ConnectionLostException.class)
                        .hasMessageContaining(address.shown());
            } finally {
                server.startAgain();
            }
            assertThat(heard.connection.poll(10, TimeUnit.SECONDS)).isEqualTo("restored");

            Annotation afterwards = StoreFixtures.highlight(rail.id(), "Adaeze Okafor");
            store.annotations().insert(afterwards);
            assertThat(store.annotations().forArticle(rail.id())).extracting(Annotation::id)
                    .containsExactlyInAnyOrder(acknowledged.id(), afterwards.id());
        }
    }
}
