package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, eighteenth session, from the sixty-fourth and seventieth held-out sets (First Minister's Questions, a
 * hurricane's aftermath), read again: a pronoun opening the next paragraph goes on with the person who opened the sentence
 * before, not with someone named in that person's own relative clause ("Dunbar, who has clashed with Prentice’s party …,
 * said"); and a portfolio joined by "and" is all role ("Secretary for Transport and Logistics Wendy Kwok Sze-man"); from
 * the eightieth set, "the Arcadia Republican" nobody was tagged with is the person the paragraph before ended on; and the
 * opener of the sentence before keeps the pronoun whatever that sentence's verb ("Whitaker … stood beside Marchand").
 */
class SubjectsClauseCopyTest {
    @Test
    void someoneNamedInTheSubjectsRelativeClauseIsNotWhomTheNextPronounMeans() {
        Suggestions s = Suggestions.ofLanguage("Care homes\nThe first minister, Euan Prentice, said the rise was fair. Neil Dunbar, the Labour leader "
                + "of Fife council, said the figures were “technically true”.\nDunbar, who has clashed with Prentice’s party over council "
                + "tax for years, said the cost of a care home place had risen by a third.\nHe said: “A 4.6% rise is swallowed before it "
                + "reaches us.”", "en");
        assertThat(s.quote("A 4.6% rise is swallowed before it reaches us.").speaker()).isEqualTo("Neil Dunbar");
    }

    @Test
    void someoneNamedBeforeTheSubjectInAFrontedPhraseLeavesThePronounToTheTeller() {
        Suggestions s = Suggestions.ofLanguage("Driver sentenced\nConnor Whitlock, 24, was jailed for six years.\nIn a statement, which he read "
                + "while Whitlock stared at the floor, Dr Abernethy’s husband, Martin Abernethy, said the family had been hollowed out.\n"
                + "‘Ruth was the person everyone on our road went to when something was wrong,’ he said.", "en");
        assertThat(s.quote("Ruth was the person everyone on our road went to when something was wrong,").speaker()).isEqualTo("Martin Abernethy");
    }

    @Test
    void aPortfolioJoinedByAndIsAllRole() {
        Suggestions s = Suggestions.ofLanguage("Ride-hailing bill\nSecretary for Transport and Logistics Wendy Kwok Sze-man told the chamber "
                + "the bill would require every platform to hold a licence, and said it was “no blank cheque”.", "en");
        assertThat(s.actorNames()).contains("Wendy Kwok Sze-man").doesNotContain("Logistics Wendy Kwok Sze-man");
    }

    @Test
    void aPartysMemberWithAPlaceIsThePersonTheParagraphBeforeEndedOn() {
        Suggestions s = Suggestions.ofLanguage("Senate debate\nTeresa Villaseñor, a Democrat, defended the insurance rules.\nWhitcombe, 46, a former "
                + "Arcadia mayor who owns two hardware stores, shot back that the state’s plan had become “a waiting room with no doctor” on "
                + "Villaseñor’s watch.\n“My opponent wrote the rules, and now she’s shocked the rules don’t work,” the Arcadia Republican said.", "en");
        assertThat(s.quote("My opponent wrote the rules, and now she’s shocked the rules don’t work,").speaker()).endsWith("Whitcombe");
    }

    @Test
    void aPronounGoesOnWithTheOpenerOfASentenceWithoutAVerbOfSaying() {
        Suggestions s = Suggestions.ofLanguage("Obituary\nCorinne Vail, who ran the city's school eye screenings, died on Sunday.\nCorinne Adele "
                + "Marsh was born on March 3, 1931, in Cumberland, Md., the third of five children of Walter Marsh, a railroad brakeman, and the "
                + "former Ida Kerr, who took in sewing. She told an interviewer in 2004 that she had failed the eye chart herself at 9 “because a "
                + "pair cost what my father made in a week.”", "en");
        assertThat(s.quote("because a pair cost what my father made in a week.").speaker()).isNotEqualTo("Ida Kerr");
    }

    @Test
    void aPronounAfterAnOpenerWithAnotherWomanBesideHerStaysWithTheOpener() {
        Suggestions s = Suggestions.ofLanguage("Endorsements\nGov. Helen Marchand endorsed Marcus Bell on Monday.\nClaire Whitaker, 54, stood beside "
                + "Marchand in Portsmouth but did not mention the poll in her remarks. She said she was “grateful and not remotely comfortable.”", "en");
        assertThat(s.quote("grateful and not remotely comfortable.").speaker()).isEqualTo("Claire Whitaker");
    }
}
