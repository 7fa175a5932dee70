package dev.margin.suggest;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Actors: people with titles, organisations, states and capitals, surname joining, known actors. */
class ActorTest {
    @Test
    void titleIsSplitIntoRoleAndName() {
        Suggestions s = Suggestions.of("Foreign Minister Jane Roe arrived in Accra on Monday.");
        Suggestion roe = s.actors().get(0);
        assertThat(roe.exact()).isEqualTo("Jane Roe");
        assertThat(roe.actor()).isEqualTo("Jane Roe");
        assertThat(roe.actorType()).isEqualTo(ActorType.PERSON);
        assertThat(roe.role()).isEqualTo("Foreign Minister");
    }

    @Test
    void laterMentionsBySurnameJoinTheFullName() {
        Suggestions s = Suggestions.of("Adaeze Okafor, the transport minister, spoke first. Later, Okafor said the line was ready. Mr. Okafor's aides agreed.");
        assertThat(s.actors()).extracting(Suggestion::actor).containsOnly("Adaeze Okafor");
        assertThat(s.actors()).hasSize(3);
        assertThat(s.actors().get(0).role()).isEqualTo("transport minister");
    }

    @Test
    void organisationsByTheirWords() {
        String text = "Officials at the Ministry of Finance, Lagos State University and Acme Holdings Ltd met staff of the "
                + "Progressive People's Party and the World Health Organization (WHO) last week. NATO declined to comment.";
        Suggestions s = Suggestions.of(text);
        assertThat(s.actorNames()).contains("Ministry of Finance", "Lagos State University", "Acme Holdings Ltd",
                "World Health Organization", "North Atlantic Treaty Organization", "Progressive People's Party");
        assertThat(s.actorOf("WHO")).isEqualTo("World Health Organization");
        assertThat(s.actors()).allMatch(a -> a.actorType() == ActorType.ORGANISATION);
    }

    @Test
    void statesAndACapitalStandingForItsGovernment() {
        Suggestions s = Suggestions.of("Canada and Nigeria signed the deal. Ottawa said it would review it. Tourists flocked to Ottawa.");
        assertThat(s.actorOf("Ottawa")).isEqualTo("Canada");
        assertThat(s.actors()).filteredOn(a -> a.exact().equals("Ottawa")).hasSize(1);
        assertThat(s.actorNames()).containsExactlyInAnyOrder("Canada", "Nigeria");
    }

    @Test
    void sentenceStartsMonthsAndDaysAreNoActors() {
        Suggestions s = Suggestions.of("However, the vote was delayed. On Tuesday, March 4, turnout fell. Yesterday the count resumed.");
        assertThat(s.actors()).isEmpty();
    }

    @Test
    void datelinesAndBylinesNameNoActors() {
        Suggestions s = Suggestions.of("By Tolu Adebayo\nLAGOS, March 3 (Meridian Wire) — Shares fell sharply on Monday.");
        assertThat(s.actors()).isEmpty();
    }

    @Test
    void knownActorsAreMatchedByNameAndAlias() {
        Actor known = new Actor(42, "Economic Community of West African States", List.of("ECOWAS", "the regional bloc"),
                ActorType.ORGANISATION, "", null, null, List.of());
        Suggestions s = Suggestions.of("ECOWAS met on Friday. The regional bloc said sanctions would stay.", List.of(known));
        assertThat(s.actors()).hasSize(2).allMatch(a -> a.knownActorId() == 42L
                && a.actor().equals("Economic Community of West African States"));
    }

    @Test
    void institutionsAfterTheAcronymLedNamesAndGroups() {
        Suggestions s = Suggestions.of("The Senate voted on Tuesday. NHS England said waiting lists grew. Republicans said the bill spent too much.");
        assertThat(s.actorOf("Senate")).isEqualTo("Senate");
        assertThat(s.actorOf("NHS England")).isEqualTo("NHS England");
        assertThat(s.actors()).filteredOn(a -> a.exact().equals("Republicans")).extracting(Suggestion::actorType)
                .containsExactly(ActorType.GROUP);
    }

    @Test
    void aPartyMemberDescribedByStateAndPartyIsNoPerson() {
        Suggestions s = Suggestions.of("“We keep kicking the can down the road,” said Rep. Dale Munroe, a Texas Republican who voted no.");
        assertThat(s.actors()).filteredOn(a -> a.actorType() == ActorType.PERSON).extracting(Suggestion::actor).containsExactly("Dale Munroe");
    }

    @Test
    void membersOfABodyAreAGroupNotAPerson() {
        Suggestions s = Suggestions.of("Senate Republicans blocked the bill. House Democrats said the vote was a mistake. Chris Evans said nothing.");
        assertThat(s.actors()).filteredOn(a -> a.actorType() == ActorType.GROUP).extracting(Suggestion::actor)
                .contains("Senate Republicans", "House Democrats");
        assertThat(s.actorOf("Chris Evans")).isEqualTo("Chris Evans");
    }

    @Test
    void aSurnameShortenedToItsInitialKeepsItsStop() {
        Suggestions s = Suggestions.ofLanguage("Im Prozess hat der Angeklagte Thomas K. am Dienstag geschwiegen.", "de");
        assertThat(s.actorNames()).containsExactly("Thomas K.");
    }

    /** "Downing" ends like the adjectives that open sentences ("Embattled Acme Ltd"), but the run is a known name. */
    @Test
    void aKnownNameOpeningASentenceKeepsItsFirstWord() {
        Suggestions s = Suggestions.ofLanguage("Downing Street said the prime minister had spoken to both leaders. "
                + "Embattled Acme Ltd said nothing.", "en");
        assertThat(s.quote("the prime minister had spoken to both leaders").speaker()).isEqualTo("Downing Street");
        assertThat(s.actorOf("Downing Street")).isEqualTo("Downing Street");
        assertThat(s.actorNames()).doesNotContain("Embattled Acme Ltd");
    }

    @Test
    void aPartysMembersSpeakAsAGroupPastARelativeClause() {
        Suggestions s = Suggestions.ofLanguage("Republicans, who had demanded deeper cuts, said the bill spent too much.", "en");
        assertThat(s.quote("the bill spent too much").speaker()).isEqualTo("Republicans");
        assertThat(s.actors()).singleElement().satisfies(a -> assertThat(a.actorType()).isEqualTo(ActorType.GROUP));
    }
}
