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
}
