package dev.margin.store.contract;

import dev.margin.store.sqlite.StoreFixtures;
import dev.margin.store.Store;
import dev.margin.domain.Actor;
import dev.margin.domain.ActorRole;
import dev.margin.domain.ActorType;
import dev.margin.domain.Article;
import dev.margin.store.ActorDao;
import dev.margin.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract of the store's ActorDao part, run against every store implementation: each subclass says how to
 * open a library (a SQLite file, a PostgreSQL database) and inherits every test.
 */
public abstract class ActorDaoContract {
    /** Opens the library kept at {@code file} (the same file opens the same library again). */
    protected abstract Store openStore(Path file);

    @TempDir
    Path dir;
    private Store store;
    private ActorDao actors;

    @BeforeEach
    void open() {
        store = openStore(dir.resolve("margin.db"));
        actors = store.actors();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void insertedActorRoundTripsWithAliasesRolesAndParent() {
        Actor government = actors.insert(Actor.named("Federal Government of Nigeria", ActorType.STATE));
        Actor okafor = actors.insert(new Actor(0, "Adaeze Okafor", List.of("Okafor", "the transport minister"), ActorType.PERSON,
                "Transport minister since 2025", "Q000001", government.id(),
                List.of(new ActorRole("transport minister", LocalDate.of(2026, 3, 3), null), new ActorRole("senator", null, null))));

        assertThat(okafor.id()).isPositive();
        assertThat(actors.find(okafor.id())).contains(okafor);
        assertThat(actors.find(okafor.id() + 99)).isEmpty();
    }

    @Test
    void aRoleRemembersTheArticleItCameFromUntilThatArticleIsDeleted() {
        Article rail = store.articles().insert(StoreFixtures.railDraft(), StoreFixtures.T0);
        Actor okafor = actors.insert(Actor.named("Adaeze Okafor", ActorType.PERSON)
                .withRole(new ActorRole("transport minister", rail.publishedDate(), rail.id())));
        assertThat(actors.find(okafor.id()).orElseThrow().roles().get(0).articleId()).isEqualTo(rail.id());

        store.articles().delete(rail.id());

        ActorRole role = actors.find(okafor.id()).orElseThrow().roles().get(0);
        assertThat(role.articleId()).isNull();
        assertThat(role.asOf()).isEqualTo(LocalDate.of(2026, 3, 3));
    }

    @Test
    void updateReplacesNameAliasesAndRoles() {
        Actor okafor = actors.insert(StoreFixtures.okafor());
        Actor renamed = okafor.withName("Adaeze N. Okafor").withAliases(List.of("Mrs Okafor")).withType(ActorType.PERSON)
                .withDescription("Former transport minister");

        actors.update(renamed);

        assertThat(actors.find(okafor.id())).contains(renamed);
        assertThat(actors.findByNameOrAlias("the transport minister")).isEmpty();
        assertThat(actors.findByNameOrAlias("mrs okafor")).containsExactly(renamed);
    }

    @Test
    void findsByNameOrAliasIgnoringCaseBeyondAscii() {
        Actor celik = actors.insert(new Actor(0, "Çağrı Çelik", List.of("ÇELİK"), ActorType.PERSON, "", null, null, List.of()));
        Actor okafor = actors.insert(StoreFixtures.okafor());

        assertThat(actors.findByNameOrAlias("  çağrı çelik ")).containsExactly(celik);
        assertThat(actors.findByNameOrAlias("OKAFOR")).containsExactly(okafor);
        assertThat(actors.findByNameOrAlias("The Transport Minister")).containsExactly(okafor);
        assertThat(actors.findByNameOrAlias("Okafo")).isEmpty();
    }

    @Test
    void findsByPrefixOfNameOrAliasUpToTheLimit() {
        Actor okafor = actors.insert(StoreFixtures.okafor());
        Actor okonkwo = actors.insert(Actor.named("Okonkwo Holdings", ActorType.ORGANISATION));
        actors.insert(Actor.named("Kofi Mensah", ActorType.PERSON));

        assertThat(actors.findByPrefix("ok", 10)).containsExactly(okafor, okonkwo);
        assertThat(actors.findByPrefix("adaeze", 10)).containsExactly(okafor);
        assertThat(actors.findByPrefix("OK", 1)).hasSize(1);
        assertThat(actors.findByPrefix("z", 10)).isEmpty();
    }

    @Test
    void listIsByName() {
        Actor zed = actors.insert(Actor.named("Zainab Bello", ActorType.PERSON));
        Actor ama = actors.insert(Actor.named("ama owusu", ActorType.PERSON));
        Actor kofi = actors.insert(Actor.named("Kofi Mensah", ActorType.PERSON));
        assertThat(actors.list()).containsExactly(ama, kofi, zed);
    }

    @Test
    void anActorStillReferredToCannotBeDeleted() {
        Article rail = store.articles().insert(StoreFixtures.railDraft(), StoreFixtures.T0);
        Actor okafor = actors.insert(StoreFixtures.okafor());
        Actor government = actors.insert(Actor.named("Federal Government of Nigeria", ActorType.STATE));
        Actor minister = actors.insert(new Actor(0, "Chidi Eze", List.of(), ActorType.PERSON, "", null, government.id(), List.of()));
        store.annotations().insert(StoreFixtures.mention(rail.id(), okafor.id()));

        assertThatThrownBy(() -> actors.delete(okafor.id())).isInstanceOf(StoreException.class)
                .hasMessageContaining("still refer");
        assertThatThrownBy(() -> actors.delete(government.id())).isInstanceOf(StoreException.class)
                .hasMessageContaining("still refer");
        actors.delete(minister.id());
        actors.delete(government.id());
        assertThat(actors.list()).containsExactly(okafor);
        assertThatThrownBy(() -> actors.delete(government.id())).isInstanceOf(StoreException.class)
                .hasMessageContaining("no actor");
    }
}
