package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, eighteenth session, from the sixty-fifth held-out set (a Senate debate), read again: in "“…,” Kessler, a former
 * state senator, said" the word "state" is a noun in an apposition, not the verb of an unnamed "a former"; and, from the
 * seventy-sixth set, a wire dateline ("ANKENY, Iowa — ") is not the subject of a sentence's second verb; from the
 * seventy-seventh, the dots of "U.S." do not end an apposition (", chief U.S. economist at Carraway Securities,"), and an
 * apposition may close its sentence ("… was Lloyd Kessler, a 68-year-old corn and soybean farmer from Ankeny.").
 */
class StateAsNounCopyTest {
    @Test
    void stateAfterAnArticleAndAnAdjectiveIsANoun() {
        Suggestions s = Suggestions.ofLanguage("Senate debate\nThe contest is close. Dana Kessler and Tom Birch debated on Tuesday.\n“Nobody "
                + "owns me. Not a processor, not a PAC,” Kessler, a former state senator who ran her family’s business for two decades, "
                + "said as the crowd rose.", "en");
        assertThat(s.quote("Nobody owns me. Not a processor, not a PAC,").speaker()).isEqualTo("Dana Kessler");
    }

    @Test
    void aPastFormAfterARoleIsStillTheVerb() {
        Suggestions s = Suggestions.ofLanguage("Housing bill\nPremier Gord Halloran defended the bill on Tuesday.\n“Nobody in my caucus is "
                + "nervous about building homes,” the premier said, before leaving for an announcement in Vaughan.", "en");
        assertThat(s.quote("Nobody in my caucus is nervous about building homes,").speaker()).isEqualTo("Gord Halloran");
    }

    @Test
    void aDatelineIsNoSubjectOfTheVerbsThatFollow() {
        Suggestions s = Suggestions.ofLanguage("Ashby takes aim at Redfern\nANKENY, Iowa — Gov. Lorraine Ashby of Tennessee climbed onto a hay wagon "
                + "outside a seed dealership here on Saturday and told a few hundred bundled-up Iowans that Senator Paul Redfern’s farm plan "
                + "would “hand the heartland to the hedge funds,” her sharpest attack yet.", "en");
        assertThat(s.quote("hand the heartland to the hedge funds,").speaker()).isEqualTo("Lorraine Ashby");
    }

    @Test
    void anAbbreviationsDotsDoNotEndAnApposition() {
        Suggestions s = Suggestions.ofLanguage("Tax plan\nLorna Maitland, an economist at the Tax Foundation, called the plan costly.\nPeter Vandeveer, "
                + "chief U.S. economist at Carraway Securities, was more sympathetic.\nHe said investors would shrug. “Markets care about the "
                + "deficit when it becomes real,” the economist said.", "en");
        assertThat(s.quote("Markets care about the deficit when it becomes real,").speaker()).isEqualTo("Peter Vandeveer");
    }

    @Test
    void anAppositionClosingItsSentenceGivesTheRole() {
        Suggestions s = Suggestions.ofLanguage("Rally\nCole Brandt spoke for an hour to a packed barn in Des Moines.\nAmong those in the front rows was "
                + "Lloyd Kessler, a 68-year-old corn and soybean farmer from Ankeny.\n“I came in here leaning Whitcombe. I’m walking out leaning "
                + "Brandt,” the farmer told Breitbart News.", "en");
        assertThat(s.quote("I came in here leaning Whitcombe. I’m walking out leaning Brandt,").speaker()).isEqualTo("Lloyd Kessler");
    }

    @Test
    void aClauseWithItsVerbAfterAPlaceIsNoApposition() {
        Suggestions s = Suggestions.ofLanguage("Typhoon\nThe storm flattened rice fields across the north. Farm losses are likely to climb as "
                + "assessments come in from Isabela and Cagayan, a department official said.", "en");
        assertThat(s.actors()).noneMatch(a -> a.exact().equals("Cagayan") && a.actorType() == dev.margin.domain.ActorType.PERSON);
    }
}
