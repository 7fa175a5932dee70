package dev.margin.store.postgres;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorType;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.ClaimStatus;
import dev.margin.store.StoreException;
import dev.margin.store.sqlite.StoreFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rights of readers, annotators, editors and admins are the server's: shown both through Margin's store and
 * through plain SQL sent as each person would send it with psql.
 */
class TeamRightsTest {
    private static PostgresTestServer server;
    private static String database;
    private static Article rail;
    private static Annotation alicesQuote;
    private static Annotation alicesClaim;
    private static Actor okafor;

    @BeforeAll
    static void team() {
        server = PostgresTestServer.get();
        database = server.freshDatabase();
        TeamLibraryAddress owner = server.address(database, PostgresTestServer.SUPERUSER);
        TeamSetup.addUser(owner, () -> null, "rita", "reader");
        TeamSetup.addUser(owner, () -> null, "alice", "annotator");
        TeamSetup.addUser(owner, () -> null, "bob", "annotator");
        TeamSetup.addUser(owner, () -> null, "erin", "editor");
        TeamSetup.addUser(owner, () -> null, "adam", "admin");
        try (PostgresStore alice = open("alice")) {
            rail = alice.articles().insert(StoreFixtures.railDraft(), StoreFixtures.T0);
            okafor = alice.actors().insert(StoreFixtures.okafor());
            alicesQuote = StoreFixtures.quote(rail.id(), okafor.id());
            alice.annotations().insert(alicesQuote);
            Annotation claim = StoreFixtures.claim(rail.id(), okafor.id(), alicesQuote.id());
            alicesClaim = withStatus(claim, ClaimStatus.UNVERIFIED);
            alice.annotations().insert(alicesClaim);
        }
    }

    private static PostgresStore open(String user) {
        return PostgresStore.open(server.address(database, user), () -> null);
    }

    private static Annotation withStatus(Annotation claim, ClaimStatus status) {
        ClaimDetails c = claim.claim();
        return claim.withClaim(new ClaimDetails(c.statement(), c.claimantActorId(), c.claimantIsOutlet(), c.kind(), status,
                c.evidence(), c.quoteId()), StoreFixtures.T0);
    }

    private static int sql(String user, String statementText) throws SQLException {
        try (Connection connection = server.connect(database, user); Statement statement = connection.createStatement()) {
            return statement.executeUpdate(statementText);
        }
    }

    private static String createdBy(String id) throws SQLException {
        try (Connection connection = server.connect(database, "rita"); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT created_by FROM margin.annotation WHERE id = '" + id + "'")) {
            return row.next() ? row.getString(1) : null;
        }
    }

    @Test
    void everyRowSaysWhoMadeItAndAnAnnotatorCannotClaimToBeSomeoneElse() throws SQLException {
        assertThat(createdBy(alicesQuote.id().toString())).isEqualTo("alice");
        sql("bob", "INSERT INTO margin.annotation (id, article_id, revision, kind, start_offset, end_offset, exact, anchor_state,"
                + " created, modified, created_by, modified_by) VALUES ('00000000-0000-0000-0000-00000000b0b1', " + rail.id()
                + ", 1, 'HIGHLIGHT', 0, 4, 'Rail', 'OK', '2026-03-03T09:15:30.000000000Z', '2026-03-03T09:15:30.000000000Z', 'alice', 'alice')");
        assertThat(createdBy("00000000-0000-0000-0000-00000000b0b1")).isEqualTo("bob");
    }

    @Test
    void aReaderSeesEverythingAndChangesNothing() throws SQLException {
        try (PostgresStore rita = open("rita")) {
            assertThat(rita.annotations().forArticle(rail.id())).extracting(Annotation::id).contains(alicesQuote.id(), alicesClaim.id());
            assertThat(rita.libraryFiles().readOnly()).isTrue();
            assertThatThrownBy(() -> rita.annotations().insert(StoreFixtures.highlight(rail.id(), "Abuja")))
                    .isInstanceOf(StoreException.class).hasMessageContaining("not allowed for you");
        }
        assertThatThrownBy(() -> sql("rita", "UPDATE margin.annotation SET note = 'mine now'"))
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> sql("rita", "DELETE FROM margin.article")).hasMessageContaining("permission denied");
    }

    @Test
    void anAnnotatorChangesOnlyTheirOwnAnnotations() throws SQLException {
        try (PostgresStore bob = open("bob")) {
            Annotation quote = bob.annotations().find(alicesQuote.id()).orElseThrow();
            assertThatThrownBy(() -> bob.annotations().update(quote.withNote("bob was here", StoreFixtures.T0)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("made by alice");
            assertThatThrownBy(() -> bob.annotations().delete(quote.id()))
                    .isInstanceOf(StoreException.class).hasMessageContaining("made by alice");
        }
        // The same with psql: the rows are simply not there to change.
        assertThat(sql("bob", "UPDATE margin.annotation SET note = 'bob was here' WHERE id = '" + alicesQuote.id() + "'")).isZero();
        assertThat(sql("bob", "DELETE FROM margin.evidence WHERE annotation_id = '" + alicesClaim.id() + "'")).isZero();
        assertThat(sql("bob", "DELETE FROM margin.annotation WHERE created_by = 'alice'")).isZero();
        assertThatThrownBy(() -> sql("bob", "UPDATE margin.actor SET name = 'Someone' WHERE id = " + okafor.id()))
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> sql("bob", "DELETE FROM margin.article")).hasMessageContaining("permission denied");
        try (PostgresStore alice = open("alice")) {
            Annotation quote = alice.annotations().find(alicesQuote.id()).orElseThrow();
            assertThat(quote.note()).doesNotContain("bob");
            alice.annotations().update(quote.withNote("checked by alice", StoreFixtures.T0));
            assertThat(alice.annotations().find(alicesQuote.id()).orElseThrow().note()).isEqualTo("checked by alice");
        }
    }

    @Test
    void onlyAnEditorSetsAClaimsVerdict() throws SQLException {
        try (PostgresStore alice = open("alice")) {
            Annotation claim = alice.annotations().find(alicesClaim.id()).orElseThrow();
            assertThatThrownBy(() -> alice.annotations().update(withStatus(claim, ClaimStatus.REFUTED)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("only an editor");
        }
        assertThatThrownBy(() -> sql("alice", "UPDATE margin.annotation SET claim_status = 'SUPPORTED' WHERE id = '"
                + alicesClaim.id() + "'")).hasMessageContaining("only an editor");
        try (PostgresStore erin = open("erin")) {
            Annotation claim = erin.annotations().find(alicesClaim.id()).orElseThrow();
            erin.annotations().update(withStatus(claim, ClaimStatus.REFUTED));
            assertThat(erin.annotations().find(alicesClaim.id()).orElseThrow().claim().status()).isEqualTo(ClaimStatus.REFUTED);
            Actor renamed = erin.actors().find(okafor.id()).orElseThrow();
            erin.actors().update(new Actor(renamed.id(), "Adaeze N. Okafor", renamed.aliases(), ActorType.PERSON,
                    renamed.description(), renamed.externalId(), renamed.parentId(), renamed.roles()));
        }
    }

    @Test
    void onlyAnAdminAddsPeople() throws SQLException {
        assertThatThrownBy(() -> TeamSetup.addUser(server.address(database, "erin"), () -> null, "mallory", "admin"))
                .isInstanceOf(StoreException.class).hasMessageContaining("Only an admin");
        assertThatThrownBy(() -> sql("erin", "CREATE ROLE mallory LOGIN")).hasMessageContaining("permission denied");
        TeamSetup.addUser(server.address(database, "adam"), () -> null, "carol", "annotator");
        try (PostgresStore carol = open("carol")) {
            assertThat(carol.libraryFiles().readOnly()).isFalse();
            carol.annotations().insert(StoreFixtures.highlight(rail.id(), "Abuja"));
        }
    }
}
