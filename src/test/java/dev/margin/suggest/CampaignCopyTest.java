package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, US campaign copy (probes written for the political-news corpus the issue names): aides named after the
 * candidate they work for, spokeswomen set off by commas after their body, surnames that also name places, and party
 * members called by their state.
 */
class CampaignCopyTest {
    @Test
    void anAideNamedAfterTheCandidateTheyWorkForIsTheSpeaker() {
        Suggestions s = Suggestions.of("Race\nVivian Brandt spoke in Ohio on Monday.\n"
                + "Brandt campaign chairman Thomas Reyes said in a statement that the nominee had no plan. "
                + "Brandt's spokesman Nick Ode said the event would go ahead.\n\"It is a disgrace,\" Brandt campaign manager Lisa Hu said.");
        assertThat(s.quote("the nominee had no plan").speaker()).isEqualTo("Thomas Reyes");
        assertThat(s.quote("the event would go ahead").speaker()).isEqualTo("Nick Ode");
        assertThat(s.quote("It is a disgrace,").speaker()).isEqualTo("Lisa Hu");
        // the candidate herself, with only titles before her, still speaks
        Suggestions alone = Suggestions.of("Race\nDemocratic nominee Vivian Brandt said the plan would start a war.");
        assertThat(alone.quote("the plan would start a war").speaker()).isEqualTo("Vivian Brandt");
    }

    @Test
    void aSpokeswomanSetOffByCommasAfterHerBodyIsAPersonEvenWithASurnameThatNamesPlaces() {
        Suggestions s = Suggestions.of("Race\nA spokeswoman for the Republican National Committee, Alison Park, said the party's "
                + "turnout operation was the best it had ever had. Dr. Min-ji Park said the vaccine was safe.");
        assertThat(s.quote("the party's turnout operation was the best it had ever had").speaker()).isEqualTo("Alison Park");
        assertThat(s.quote("the vaccine was safe").speaker()).isEqualTo("Min-ji Park");
        Suggestions park = Suggestions.of("Race\nThousands gathered in Stanley Park on Sunday. Organisers said the march was peaceful.");
        assertThat(park.actorNames()).doesNotContain("Stanley Park");
    }

    @Test
    void aPartyMemberCalledByTheirStateIsThePersonNamedLast() {
        Suggestions s = Suggestions.of("Race\nSen. Dale Mercer (R-Texas), who endorsed Harlow in July, told CNN that the nominee "
                + "needed to stay on message. The Texas Republican added that he had spoken to Harlow twice this week.");
        assertThat(s.quote("he had spoken to Harlow twice this week").speaker()).isEqualTo("Dale Mercer");
    }

    @Test
    void thePartyMemberFromAStateIsThePersonTaggedWithThatPartyAndState() {
        Suggestions s = Suggestions.of("Aid\nThe deal was negotiated by Sen. Renata Vollmer (D-Ohio) and Sen. Curtis Hale (R-Ky.). "
                + "Senate Minority Leader Wendell Aiken (R-S.D.) said that was a decision for the speaker.\n"
                + "The Ohio Democrat said she had spoken twice with the speaker. The Kentucky Republican predicted it would pass.");
        assertThat(s.quote("she had spoken twice with the speaker").speaker()).isEqualTo("Renata Vollmer");
        assertThat(s.quote("it would pass").speaker()).isEqualTo("Curtis Hale");
    }

    @Test
    void aStatesAbbreviationInATagDoesNotEndTheAttributionAfterAQuote() {
        Suggestions s = Suggestions.of("Aid\nThe Senate voted on Tuesday.\n\"Disaster aid, yes. A blank check, no,\" "
                + "Rep. Travis Odell (R-Tex.) wrote on X on Tuesday night.");
        assertThat(s.quote("Disaster aid, yes. A blank check, no,").speaker()).isEqualTo("Travis Odell");
    }

    @Test
    void aRoleNamesItsHolderAlsoLongAfterTheHolderWasIntroduced() {
        String filler = "The river crested at 14.2 feet above flood stage, the highest level since 1937, and state officials "
                + "estimate that more than 40,000 homes were damaged along its banks in three states.\n";
        Suggestions s = Suggestions.of("Aid\nWhite House press secretary Monica Threlkeld said the president wanted the bill.\n"
                + filler.repeat(16) + "Pressed on the cuts, the press secretary said the administration would look at any bill.");
        assertThat(s.quote("the administration would look at any bill").speaker()).isEqualTo("Monica Threlkeld");
    }

    @Test
    void aCandidatesCampaignSpeaksForItselfAndIsTheCampaignNamedAfterwards() {
        Suggestions s = Suggestions.of("Race\nLucía Ocampo leads the polls. Erik Halvorsen spoke in Concord.\nThe Ocampo campaign called "
                + "that figure \"made up,\" pointing to an estimate. The campaign also said on Sunday it had raised $6.8 million in "
                + "January.\nAccording to his campaign, he has spent 31 days in New Hampshire.");
        assertThat(s.quote("made up,").speaker()).isEqualTo("Ocampo campaign");
        assertThat(s.quote("it had raised $6.8 million in January").speaker()).isEqualTo("Ocampo campaign");
        assertThat(s.quote("he has spent 31 days in New Hampshire").speaker()).isEqualTo("Halvorsen campaign");
    }

    @Test
    void aCommaBetweenPartnersNamesBeforeAnAmpersandIsInsideTheFirmsName() {
        Suggestions s = Suggestions.of("Bid\nOther analysts were more cautious. Patricia L. Odum, who follows the paper industry for "
                + "Kessler, Rand & Co., said the financing appeared weak.");
        assertThat(s.quote("the financing appeared weak").speaker()).isEqualTo("Patricia L. Odum");
        assertThat(s.actorNames()).contains("Kessler, Rand & Co.");
    }

    @Test
    void theDemocratIsThePersonTheTextCallsDemocraticAndALegislaturesWordIsNoPartOfASurname() {
        Suggestions s = Suggestions.of("Debate\nMILWAUKEE — Democratic Gov. Marian Kessler and her Republican challenger, former state "
                + "Senate Majority Leader Doug Brandvold, clashed on Tuesday.\nKessler, 61, shot back that the Legislature Brandvold led "
                + "for six years had \"starved\" cities. \"You kept the money in Madison,\" the Democrat said. \"Nobody asked you,\" "
                + "the Republican replied.");
        assertThat(s.quote("You kept the money in Madison,").speaker()).isEqualTo("Marian Kessler");
        assertThat(s.quote("Nobody asked you,").speaker()).isEqualTo("Doug Brandvold");
        assertThat(s.actorNames()).doesNotContain("Legislature Brandvold");
    }

    @Test
    void anInitialismWithDotsKeepsItsLastDotAndIsTheBodyWhoseInitialsItSpells() {
        Suggestions s = Suggestions.of("Airline\nThe Federal Aviation Administration opened an inquiry in March.\nThe F.A.A. said in a "
                + "statement that it “takes all reports seriously” and does not comment.\nMechanics in the Fargo, N.D., hangar said "
                + "they were rushed.");
        assertThat(s.quote("takes all reports seriously").speaker()).isEqualTo("Federal Aviation Administration");
        assertThat(s.actorNames()).containsOnly("Federal Aviation Administration");
    }

    @Test
    void unnamedSourcesStayUnnamedThroughAsidesAndSecondReports() {
        Suggestions s = Suggestions.of("Race\nBrent Maddox spoke in Atlanta.\n“Every day we spend arguing is a day lost,” said one veteran "
                + "GOP strategist in Atlanta, who requested anonymity to speak candidly.\nSen. Margaret Ellison drafted the bill. An Ellison "
                + "aide, who spoke on the condition of anonymity, said that change alone could save $14 billion.\nA spokeswoman for "
                + "Peachtree Research said the firm “stands by its methodology” and noted that the margin of error was 3.4 points.");
        assertThat(s.quote("Every day we spend arguing is a day lost,").resolution()).isEqualTo(dev.margin.domain.SpeakerResolution.ANONYMOUS);
        assertThat(s.quote("change alone could save $14 billion").resolution()).isEqualTo(dev.margin.domain.SpeakerResolution.ANONYMOUS);
        assertThat(s.quote("the margin of error was 3.4 points").resolution()).isEqualTo(dev.margin.domain.SpeakerResolution.ANONYMOUS);
    }

    @Test
    void theOneToldIsNotWhomALaterPronounOfTheTellersSexContinues() {
        Suggestions s = Suggestions.of("Race\nOn Monday the Republican candidate Brian Maddox attacked the hospital.\nMaddox was unrepentant. "
                + "“I’m not going to apologize,” he told Fox News’ host Dale Whitacre on Thursday night. Later in the interview he said "
                + "the nurses were hiding behind a union card.");
        assertThat(s.quote("I’m not going to apologize,").speaker()).isEqualTo("Brian Maddox");
        assertThat(s.quote("the nurses were hiding behind a union card").speaker()).isEqualTo("Brian Maddox");
    }
}
