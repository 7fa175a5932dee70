package dev.margin.suggest;

import dev.margin.domain.ActorType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the sixteenth held-out set (a by-election count, a tariff briefing): English names with no known given
 * name are a person only where the article uses them as one, so constituencies, towns and reserves stop being persons.
 */
class PersonEvidenceTest {
    @Test
    void placesNamedInFullAndNeverShortenedAreNoPersons() {
        Suggestions s = Suggestions.of("By-election result\nTurnout in Mendip Vale was 52.3%. Counting took place at a leisure "
                + "centre in Shepton Mallet, and farmers drove up from Des Moines to the Copper Basin for the hearing.");
        assertThat(s.actors()).noneMatch(a -> a.actorType() == ActorType.PERSON);
    }

    @Test
    void aNameWithAnUnknownGivenNameIsAPersonWhereTheArticleUsesItAsOne() {
        Suggestions s = Suggestions.of("Tariffs\nJapan’s trade minister, Kenta Morishima, called the duties unjustified. "
                + "Bec Hollis, whose shop sells vapes, was not convinced. Ararat Mirzoyan, Armenia’s foreign minister, did not speak. "
                + "The coach Mateus Rocha was booked. Tomasz Wielgus said the rules were unfair. Zoltan Kerekes was there too, "
                + "and Kerekes later left.");
        assertThat(s.actors()).filteredOn(a -> a.actorType() == ActorType.PERSON).extracting(Suggestion::actor).contains(
                "Kenta Morishima", "Bec Hollis", "Ararat Mirzoyan", "Mateus Rocha", "Tomasz Wielgus", "Zoltan Kerekes");
    }

    @Test
    void aBodyNamedAfterItsNounIsThatBodyWhenItOpensALaterSentence() {
        Suggestions s = Suggestions.of("Singer dies\nThe band sold 30 million records, according to its longtime label, Cumberland "
                + "Sound Records.\nCumberland Sound Records, which released all nine albums, said it was “heartbroken”.");
        assertThat(s.actors()).extracting(Suggestion::actor).containsOnly("Cumberland Sound Records");
        assertThat(s.actors()).allMatch(a -> a.actorType() == ActorType.ORGANISATION);
        assertThat(s.quote("heartbroken").speaker()).isEqualTo("Cumberland Sound Records");
    }

    @Test
    void aGivenNameAloneIsAPersonWithAnAgeAndThePersonNamedInFullBefore() {
        Suggestions s = Suggestions.of("Plant\nOutside the gate, Maria, 34, said she had worked there for a decade. \"It is over,\" she "
                + "said.\nTom Bradley runs the canteen. Tom said the queue was longer than ever. Brent rose 1.2 percent.");
        assertThat(s.quote("she had worked there for a decade").speaker()).isEqualTo("Maria");
        assertThat(s.quote("the queue was longer than ever").speaker()).isEqualTo("Tom Bradley");
        assertThat(s.actorNames()).containsExactlyInAnyOrder("Maria", "Tom Bradley");
    }
}
