package dev.margin.service;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorRole;
import dev.margin.domain.ActorType;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.store.StoreException;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.store.sqlite.StoreFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActorServiceTest {
    @TempDir
    Path dir;
    private SqliteStore store;
    private TickingClock clock;
    private ActorService actors;
    private Article rail;

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("margin.db"));
        clock = new TickingClock(Instant.parse("2026-03-05T10:00:00Z"));
        actors = new ActorService(store, clock);
        rail = store.articles().insert(StoreFixtures.railDraft(), StoreFixtures.T0);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void createCleansTheAliases() {
        Actor created = actors.create(Actor.named("Adaeze Okafor", ActorType.PERSON)
                .withAliases(List.of(" Okafor ", "okafor", "", "ADAEZE OKAFOR", "the transport minister")));
        assertThat(created.aliases()).containsExactly("Okafor", "the transport minister");
        assertThat(store.actors().find(created.id())).contains(created);
    }

    @Test
    void editsAreSaved() {
        Actor okafor = actors.create(StoreFixtures.okafor());
        Actor government = actors.create(Actor.named("Federal Government of Nigeria", ActorType.STATE));

        actors.rename(okafor.id(), "Adaeze N. Okafor");
        actors.setAliases(okafor.id(), List.of("Mrs Okafor", "Adaeze N. Okafor"));
        actors.setType(okafor.id(), ActorType.PERSON);
        actors.setDescription(okafor.id(), "Transport minister, 2025–");
        actors.setExternalId(okafor.id(), " Q999 ");
        actors.setRoles(okafor.id(), List.of(new ActorRole("transport minister", LocalDate.of(2026, 3, 3), rail.id())));
        Actor saved = actors.setParent(okafor.id(), government.id());

        assertThat(store.actors().find(okafor.id())).contains(saved);
        assertThat(saved.name()).isEqualTo("Adaeze N. Okafor");
        assertThat(saved.aliases()).containsExactly("Mrs Okafor");
        assertThat(saved.description()).isEqualTo("Transport minister, 2025–");
        assertThat(saved.externalId()).isEqualTo("Q999");
        assertThat(saved.roles()).containsExactly(new ActorRole("transport minister", LocalDate.of(2026, 3, 3), rail.id()));
        assertThat(saved.parentId()).isEqualTo(government.id());
    }

    @Test
    void aParentCycleIsRefused() {
        Actor government = actors.create(Actor.named("Federal Government of Nigeria", ActorType.STATE));
        Actor ministry = actors.create(Actor.named("Ministry of Transport", ActorType.ORGANISATION));
        actors.setParent(ministry.id(), government.id());

        assertThatThrownBy(() -> actors.setParent(government.id(), ministry.id())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> actors.setParent(government.id(), government.id())).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.actors().find(government.id()).orElseThrow().parentId()).isNull();
    }

    @Test
    void findOrCreateFindsByNameOrAliasAndCreatesOtherwise() {
        Actor okafor = actors.create(StoreFixtures.okafor());
        Actor namesake = actors.create(Actor.named("Okafor", ActorType.ORGANISATION));

        assertThat(actors.findOrCreate("the TRANSPORT minister", ActorType.PERSON)).isEqualTo(okafor);
        assertThat(actors.findOrCreate("okafor", ActorType.PERSON)).as("a name beats an alias").isEqualTo(namesake);
        Actor created = actors.findOrCreate(" Kofi Mensah ", ActorType.PERSON);
        assertThat(created.name()).isEqualTo("Kofi Mensah");
        assertThat(created.type()).isEqualTo(ActorType.PERSON);
        assertThat(actors.findOrCreate("kofi mensah", ActorType.OTHER)).isEqualTo(created);
        assertThat(store.actors().list()).hasSize(3);
    }

    @Test
    void mergeRepointsEveryLinkAndUnitesNamesAndRoles() {
        Actor kept = actors.create(new Actor(0, "Adaeze Okafor", List.of("the transport minister"), ActorType.PERSON, "",
                null, null, List.of(new ActorRole("transport minister", LocalDate.of(2026, 3, 3), rail.id()))));
        Actor absorbed = actors.create(new Actor(0, "Okafor", List.of("A. Okafor", "Adaeze Okafor"), ActorType.OTHER,
                "Nigerian politician", "Q000001", null,
                List.of(new ActorRole("senator", LocalDate.of(2019, 6, 11), null),
                        new ActorRole("transport minister", LocalDate.of(2026, 3, 3), rail.id()))));
        Actor aide = actors.create(Actor.named("Chidi Eze", ActorType.PERSON));
        actors.setParent(aide.id(), absorbed.id());
        Annotation quote = StoreFixtures.quote(rail.id(), absorbed.id());
        Annotation claim = StoreFixtures.claim(rail.id(), absorbed.id(), quote.id());
        Annotation mention = StoreFixtures.mention(rail.id(), absorbed.id());
        Annotation keptMention = StoreFixtures.mention(rail.id(), kept.id());
        store.annotations().insertAll(List.of(quote, claim, mention, keptMention));

        ActorService.MergeOutcome outcome = actors.merge(kept.id(), absorbed.id());

        assertThat(outcome.annotationsRepointed()).isEqualTo(3);
        assertThat(outcome.childActorsRepointed()).isEqualTo(1);
        Actor merged = store.actors().find(kept.id()).orElseThrow();
        assertThat(merged).isEqualTo(outcome.actor());
        assertThat(merged.name()).isEqualTo("Adaeze Okafor");
        assertThat(merged.aliases()).containsExactly("the transport minister", "Okafor", "A. Okafor");
        assertThat(merged.roles()).containsExactly(
                new ActorRole("transport minister", LocalDate.of(2026, 3, 3), rail.id()),
                new ActorRole("senator", LocalDate.of(2019, 6, 11), null));
        assertThat(merged.type()).isEqualTo(ActorType.PERSON);
        assertThat(merged.description()).isEqualTo("Nigerian politician");
        assertThat(merged.externalId()).isEqualTo("Q000001");

        assertThat(store.actors().find(absorbed.id())).isEmpty();
        assertThat(store.annotations().forActor(absorbed.id())).isEmpty();
        assertThat(store.annotations().find(quote.id()).orElseThrow().quote().speakerActorId()).isEqualTo(kept.id());
        assertThat(store.annotations().find(claim.id()).orElseThrow().claim().claimantActorId()).isEqualTo(kept.id());
        assertThat(store.annotations().find(mention.id()).orElseThrow().actorId()).isEqualTo(kept.id());
        assertThat(store.annotations().find(quote.id()).orElseThrow().modified()).isAfter(quote.modified());
        assertThat(store.annotations().find(keptMention.id())).contains(keptMention);
        assertThat(store.annotations().forActor(kept.id())).hasSize(4);
        assertThat(store.actors().find(aide.id()).orElseThrow().parentId()).isEqualTo(kept.id());
        assertThat(actors.findOrCreate("A. Okafor", ActorType.OTHER)).isEqualTo(merged);
    }

    @Test
    void mergingAnActorIntoItsOwnChildLeavesNoSelfParent() {
        Actor government = actors.create(Actor.named("Federal Government", ActorType.STATE));
        Actor duplicate = actors.create(Actor.named("FG", ActorType.STATE));
        actors.setParent(government.id(), duplicate.id());

        Actor merged = actors.merge(government.id(), duplicate.id()).actor();

        assertThat(merged.parentId()).isNull();
        assertThat(store.actors().list()).containsExactly(merged);
    }

    @Test
    void aFailedMergeChangesNothing() {
        Actor okafor = actors.create(StoreFixtures.okafor());
        store.annotations().insert(StoreFixtures.mention(rail.id(), okafor.id()));

        assertThatThrownBy(() -> actors.merge(okafor.id(), 999)).isInstanceOf(StoreException.class).hasMessageContaining("999");
        assertThatThrownBy(() -> actors.merge(okafor.id(), okafor.id())).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.actors().list()).containsExactly(okafor);
        assertThat(store.annotations().forActor(okafor.id())).hasSize(1);
    }
}
