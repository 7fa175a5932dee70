package dev.margin.service;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule for which actor a typed name means, and when a mention's words become an alias. */
class ActorNamingTest {
    private static Actor actor(long id, String name, String... aliases) {
        return new Actor(id, name, List.of(aliases), ActorType.PERSON, "", null, null, List.of());
    }

    private static final Actor OKAFOR = actor(1, "Adaeze Okafor", "the transport minister");
    private static final Actor NWOSU = actor(2, "Chidi Nwosu");
    private static final Actor HOLDINGS = actor(3, "Nwosu Holdings Ltd");
    private static final Actor BELLO_A = actor(4, "Musa Bello");
    private static final Actor BELLO_B = actor(5, "Amina Bello");
    private static final List<Actor> LIBRARY = List.of(OKAFOR, NWOSU, HOLDINGS, BELLO_A, BELLO_B);

    @Test
    void aNameThenAnAliasThenAUniqueSurname() {
        assertThat(ActorNaming.resolve(LIBRARY, " adaeze OKAFOR ")).contains(OKAFOR);
        assertThat(ActorNaming.resolve(LIBRARY, "The Transport Minister")).contains(OKAFOR);
        assertThat(ActorNaming.resolve(LIBRARY, "Okafor")).contains(OKAFOR);
        assertThat(ActorNaming.resolve(LIBRARY, "Nwosu")).as("the name ending with it wins over one holding it").contains(NWOSU);
        assertThat(ActorNaming.resolve(LIBRARY, "Holdings")).as("a unique part of a name").contains(HOLDINGS);
    }

    @Test
    void anAmbiguousOrUnknownNameMeansNoOne() {
        assertThat(ActorNaming.resolve(LIBRARY, "Bello")).isEmpty();
        assertThat(ActorNaming.resolve(LIBRARY, "Kofi Mensah")).isEmpty();
        assertThat(ActorNaming.resolve(LIBRARY, "Oka")).as("part of a word is no name").isEmpty();
        assertThat(ActorNaming.resolve(LIBRARY, "  ")).isEmpty();
        assertThat(ActorNaming.resolve(LIBRARY, null)).isEmpty();
    }

    @Test
    void aNameBeatsAnAliasAndTheOldestWinsATie() {
        Actor namesake = actor(9, "Okafor");
        Actor aliased = actor(6, "A. Okafor", "Okafor");
        Actor twin = actor(8, "Okafor");
        assertThat(ActorNaming.resolve(List.of(aliased, namesake, twin), "okafor")).contains(twin);
        assertThat(ActorNaming.resolve(List.of(OKAFOR, aliased), "Okafor")).contains(aliased);
    }

    @Test
    void aMentionWordedOtherwiseAddsItsWordsWithoutThePossessive() {
        assertThat(ActorNaming.withMentionAlias(OKAFOR, "Okafor’s").aliases()).containsExactly("the transport minister", "Okafor");
        assertThat(ActorNaming.withMentionAlias(OKAFOR, "Adaeze Okafor")).isSameAs(OKAFOR);
        assertThat(ActorNaming.withMentionAlias(OKAFOR, "the Transport Minister")).isSameAs(OKAFOR);
        assertThat(ActorNaming.mentionWords(" Nwosu's ")).isEqualTo("Nwosu");
        assertThat(ActorNaming.mentionWords("’s")).isEqualTo("’s");
    }
}
