package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the English half of the thirty-first held-out set (a Reuters story on ceasefire talks, a CNN story on
 * a White House briefing), after its one blind run: where a reported clause begins and ends.
 */
class WireAndCableCopyTest {
    @Test
    void aWeekdayAfterTheVerbIsWhenNotWhatAndTheWritersParticipleEndsTheClause() {
        Suggestions s = Suggestions.of("Rail money frozen\nThe White House said Tuesday it was freezing $1.6 billion for a light-rail "
                + "line in Portland, Oregon, escalating a weekslong feud with the state's governor.");
        assertThat(s.quote("it was freezing $1.6 billion for a light-rail line in Portland, Oregon").speaker()).isEqualTo("White House");
    }

    @Test
    void aLongListenerBeforeThatIsNoPartOfTheClause() {
        Suggestions s = Suggestions.of("Talks\nForeign Minister Arkady Voronin told reporters on the sidelines of a meeting of BRICS "
                + "foreign ministers in Rio de Janeiro that Moscow was open to any format.");
        assertThat(s.quote("Moscow was open to any format").speaker()).isEqualTo("Arkady Voronin");
    }

    @Test
    void aSceneInAParticipleBeforeTheSpeakerIsNotWhatTheySaid() {
        Suggestions s = Suggestions.of("Rail money frozen\nGov. Teresa Lindgren called the freeze unlawful.\nSpeaking to reporters in Salem "
                + "later Tuesday, Lindgren said her office had received no warning.");
        assertThat(s.quoteTexts()).contains("her office had received no warning").doesNotContain("Speaking to reporters in Salem later Tuesday");
    }

    @Test
    void aSecondThatClauseIsASecondReportOfTheSameSpeaker() {
        Suggestions s = Suggestions.of("Talks\nThe Kremlin said a broader truce was \"not on the agenda\" and that a breakthrough within days "
                + "was unlikely.");
        assertThat(s.quote("a broader truce was \"not on the agenda\"").speaker()).isEqualTo("Kremlin");
        assertThat(s.quote("a breakthrough within days was unlikely").speaker()).isEqualTo("Kremlin");
    }

    @Test
    void wordsQuotedInTheSecondReportAreTheSpeakersNotThoseOfTheManNamedInIt() {
        Suggestions s = Suggestions.of("Nurses\nRep. Brent Maddox, a Georgia Republican, spoke on Thursday.\nMaddox was unrepentant. “I’m not "
                + "going to apologize,” he told Fox News’ host Dale Whitacre on Thursday night. Later in the interview he said the nurses "
                + "were “hiding behind a union card” and that the medical center’s director, Dr. Harold Brennan, should be “fired on day one.”");
        assertThat(s.quote("fired on day one.").speaker()).isEqualTo("Brent Maddox");
    }

    @Test
    void aFirstNameAloneNamesAVoxPopSpeakerEvenWhenTheSurnameIsWithheld() {
        Suggestions s = Suggestions.of("Ferry\nDonald, a crofter at Balephuil who asked that his surname not be used, said he had been due to "
                + "take 22 store cattle to the mart in Oban on Wednesday.\n“You see the orange in the sky and you just go,” said Priya, whose "
                + "husband works at the sawmill.");
        assertThat(s.quote("he had been due to take 22 store cattle to the mart in Oban on Wednesday").speaker()).isEqualTo("Donald");
        assertThat(s.quote("You see the orange in the sky and you just go,").speaker()).isEqualTo("Priya");
    }

    @Test
    void aNationalBodyNamedForItsCountrySpeaksAndACountryOpeningASentenceStaysWhole() {
        Suggestions s = Suggestions.of("Water\nIn a statement, Local Government New Zealand said the rise was steep and unfair. New Zealand "
                + "said it would help the councils.");
        assertThat(s.quote("the rise was steep and unfair").speaker()).isEqualTo("Local Government New Zealand");
        assertThat(s.quote("it would help the councils").speaker()).isEqualTo("New Zealand");
        assertThat(s.actorNames()).doesNotContain("Zealand");
    }

    @Test
    void stateAndIrishOfficesAreTitlesAndABodyNamedForItsCountryIsOneWhenItRepresents() {
        Suggestions s = Suggestions.of("Levy\nAssemblywoman Renata Obi said the bill was overdue. Taoiseach Declan Fahy told the Dáil the levy was "
                + "fair. In a statement, Cloud Infrastructure Ireland, which represents 31 operators, said it was disappointed.");
        assertThat(s.quote("the bill was overdue").speaker()).isEqualTo("Renata Obi");
        assertThat(s.quote("the levy was fair").speaker()).isEqualTo("Declan Fahy");
        assertThat(s.quote("it was disappointed").speaker()).isEqualTo("Cloud Infrastructure Ireland");
    }

    @Test
    void arabicFamilyNamesStayWholeAndAnAgencyPassingWordsOnIsNotTheirSpeaker() {
        Suggestions s = Suggestions.of("Talks\nOman's Foreign Minister Saif bin Nasser al-Harthy said the talks went well. Bahraini Foreign Minister "
                + "Nabeel al-Sayegh told the cabinet the deal was fair. Iranian Foreign Minister Mohammad-Reza Karimabadi said the deal was "
                + "\"a victory for regional dialogue\", the official IRNA news agency reported, in a swipe at the United States.");
        assertThat(s.quote("the talks went well").speaker()).isEqualTo("Saif bin Nasser al-Harthy");
        assertThat(s.quote("the deal was fair").speaker()).isEqualTo("Nabeel al-Sayegh");
        assertThat(s.quote("the deal was \"a victory for regional dialogue\"").speaker()).isEqualTo("Mohammad-Reza Karimabadi");
        assertThat(s.quote("a victory for regional dialogue").speaker()).isEqualTo("Mohammad-Reza Karimabadi");
    }

    @Test
    void aCaucusIsABody() {
        Suggestions s = Suggestions.of("Stopgap\nThe House Freedom Caucus said its members would not support the bill.");
        assertThat(s.actors()).filteredOn(a -> a.actor().equals("House Freedom Caucus"))
                .allMatch(a -> a.actorType() == dev.margin.domain.ActorType.ORGANISATION).isNotEmpty();
    }

    @Test
    void aPartysMembersOfAHouseAreAGroupNotAPerson() {
        Suggestions s = Suggestions.of("Pay\nLabour MPs warned the award would hurt schools.");
        assertThat(s.actors()).filteredOn(a -> a.actor().equals("Labour MPs"))
                .allMatch(a -> a.actorType() == dev.margin.domain.ActorType.GROUP).isNotEmpty();
    }
}
