package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the fifty-first held-out set (a Brussels council story, ceasefire talks in Doha, a tennis final told
 * through the news conferences), read after its one blind run: portfolios before names, nations standing for players
 * and governments, credit lines, headlines that name their speaker after a dash.
 */
class BrusselsDohaAndCourtsideCopyTest {
    @Test
    void aPortfolioAfterATitleIsRoleUpToTheName() {
        Suggestions s = Suggestions.ofLanguage("Grid\n“We will not sign up to this text,” German State Secretary for Energy Jörg Lindemann told reporters. "
                + "Secretary of State for Transport Heidi Alexander said the roads were closed.", "en");
        assertThat(s.quote("We will not sign up to this text,").speaker()).isEqualTo("Jörg Lindemann");
        assertThat(s.quote("the roads were closed").speaker()).isEqualTo("Heidi Alexander");
        assertThat(s.actorNames()).doesNotContain("Energy Jörg Lindemann", "Transport Heidi Alexander");
    }

    @Test
    void aPortfolioJoinedByAndIsNoName() {
        Suggestions s = Suggestions.ofLanguage("Grid\nThe Minister of Economic Affairs and Climate Policy said the roads were closed.", "en");
        assertThat(s.actorNames()).doesNotContain("Climate Policy");
    }

    @Test
    void aCapitalWhoseNameHoldsTheArticleStandsForItsStateAndArguesAfterIt() {
        Suggestions s = Suggestions.ofLanguage("Grid\nThe Hague argues that an EU-wide ranking would cut across national queues.", "en");
        assertThat(s.actorNames()).contains("Netherlands").doesNotContain("Hague");
        assertThat(s.quote("an EU-wide ranking would cut across national queues").speaker()).isEqualTo("Netherlands");
    }

    @Test
    void aNationsPaperSpeaksForItsGovernment() {
        Suggestions s = Suggestions.ofLanguage("Grid\nParis has pushed for what a French position paper calls “firm low-carbon capacity,” "
                + "diplomatic shorthand for nuclear power.", "en");
        assertThat(s.quote("firm low-carbon capacity,").speaker()).isEqualTo("France");
    }

    @Test
    void aCreditLineNamesNoActor() {
        Suggestions s = Suggestions.ofLanguage("Grid\nThe ministers will meet again in March.\nMarianne Oosterlinck contributed reporting.", "en");
        assertThat(s.actorNames()).doesNotContain("Marianne Oosterlinck");
    }

    @Test
    void aMotherOfFiveAndAnAgeAfterAnUnknownNameMakeAPerson() {
        Suggestions s = Suggestions.ofLanguage("Talks\nIn Sake, west of Goma, Esperance Mukamana, a 34-year-old mother of five, said she had fled twice. "
                + "Amani Bahati, a mother of three, said the roads were closed.", "en");
        assertThat(s.quote("she had fled twice").speaker()).isEqualTo("Esperance Mukamana");
        assertThat(s.quote("the roads were closed").speaker()).isEqualTo("Amani Bahati");
    }

    @Test
    void aNationsNounIsThePlayerOfThatNationNotTheOneNamedLast() {
        Suggestions s = Suggestions.ofLanguage("Final\nBritish number two Ellie Marchbank lost the final to Marketa Holubova.\n"
                + "Holubova, 27, won her second grass-court title.\n"
                + "The Czech, who lost in the first round last year, saved two break points before Marchbank's double faults handed her the break.\n"
                + "\"I love this place,\" she said in her on-court interview.\n"
                + "In her news conference, the Czech said Marchbank \"deserved better\" than to finish the final hampered.\n"
                + "\"I tried to keep my own game,\" she said.", "en");
        assertThat(s.quote("I love this place,").speaker()).isEqualTo("Marketa Holubova");
        assertThat(s.quote("deserved better").speaker()).isEqualTo("Marketa Holubova");
        assertThat(s.quote("I tried to keep my own game,").speaker()).isEqualTo("Marketa Holubova");
    }

    @Test
    void aQuoteOpeningAParagraphContinuesTheSubjectOpeningTheSentenceBefore() {
        Suggestions s = Suggestions.ofLanguage("Final\nEllie Marchbank lost the final.\n"
                + "Tournament director Rachel Moffatt said the final had drawn a record crowd.\n"
                + "Moffatt said Marchbank \"deserved better\" than the ending she got.\n"
                + "\"We have had rain every day. I will take that,\" she said.", "en");
        assertThat(s.quote("We have had rain every day. I will take that,").speaker()).isEqualTo("Rachel Moffatt");
    }

    @Test
    void aQuoteOpeningAParagraphDoesNotGoToSomeoneNamedInsideTheSentenceBefore() {
        Suggestions s = Suggestions.ofLanguage("Court\nConnor Whitlock admitted causing death by careless driving.\n"
                + "In a statement, which he read while Whitlock stared at the floor, her husband, Martin Abernethy (57), said the family had been hollowed out.\n"
                + "'Ruth was the person everyone went to,' he said.", "en");
        assertThat(s.quote("Ruth was the person everyone went to,").speaker()).isEqualTo("Martin Abernethy");
    }

    @Test
    void aHeadlineQuoteNamesItsSpeakerAfterADash() {
        Suggestions s = Suggestions.ofLanguage("'I'm not going to miss Wimbledon' - Marchbank plays down injury\n"
                + "British number two Ellie Marchbank insists she will be fit for Wimbledon.", "en");
        assertThat(s.quote("I'm not going to miss Wimbledon").speaker()).isEqualTo("Ellie Marchbank");
    }
}
