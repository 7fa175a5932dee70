package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, nineteenth session, from the eighty-third and eighty-fourth held-out sets (a confirmation hearing, a budget
 * veto, a farm-labour bill), read after their blind run: a group named by its members ("Americans for Lawful
 * Immigration") keeps its first word; a participle set off by a comma goes with the person the sentence opens with, not
 * the body named just before it; "cut in", "interrupted" say a quote; and from the ninetieth, a county's controller or
 * clerk is a title before a name.
 */
class HearingAndGroupCopyTest {
    @Test
    void aGroupNamedByItsMembersKeepsItsFirstWord() {
        Suggestions s = Suggestions.ofLanguage("Farm labor bill\nAmericans for Lawful Immigration, a Virginia-based group that favors lower "
                + "immigration levels, announced it would count the vote on its annual scorecard.", "en");
        assertThat(s.quote("it would count the vote on its annual scorecard").speaker()).isEqualTo("Americans for Lawful Immigration");
    }

    @Test
    void lawyersForACompanyAreStillNoPartOfItsName() {
        Suggestions s = Suggestions.ofLanguage("Mine appeal\nLawyers for Granite Peak Mining said the permit had been lawfully granted.", "en");
        assertThat(s.actorNames()).contains("Granite Peak Mining").doesNotContain("Lawyers for Granite Peak Mining");
    }

    @Test
    void aParticipleAfterACommaGoesWithTheSentencesOpener() {
        Suggestions s = Suggestions.ofLanguage("Kansas governor vetoes budget\nTOPEKA, Kan. — Gov. Helen Marsh (D) on Friday vetoed the $26.1 "
                + "billion budget passed by the Republican-controlled Kansas Legislature, calling its cuts to special education “a quiet "
                + "betrayal of the kids who need us most.”", "en");
        assertThat(s.quote("a quiet betrayal of the kids who need us most.").speaker()).isEqualTo("Helen Marsh");
    }

    @Test
    void aSenatorWhoCutsInOrInterruptsSaysTheQuote() {
        Suggestions s = Suggestions.ofLanguage("Nominee grilled\nThe nominee, Renata Voss, said her shares were in a blind trust.\nSen. Dana "
                + "Kirsch, who chairs the committee and is one of the president’s allies, cut in to ask Voss to “keep it to the numbers.”\n"
                + "Sen. Alicia Montrose interrupted to ask whether the trust was, “on its face, blind at all.”", "en");
        assertThat(s.quote("keep it to the numbers.").speaker()).isEqualTo("Dana Kirsch");
        assertThat(s.quote("on its face, blind at all.").speaker()).isEqualTo("Alicia Montrose");
    }

    @Test
    void aCountyOfficeBeforeANameIsATitle() {
        Suggestions s = Suggestions.ofLanguage("Debate in Pittsburgh\nPITTSBURGH — Two front-runners sparred on Tuesday night.\nThe third candidate, "
                + "Allegheny County Controller Raymond Szabo, 61, mostly stayed out of the exchange.\n“The two of them are arguing about who is "
                + "more electable,” the 61-year-old said.", "en");
        assertThat(s.quote("The two of them are arguing about who is more electable,").speaker()).isEqualTo("Raymond Szabo");
    }
}
