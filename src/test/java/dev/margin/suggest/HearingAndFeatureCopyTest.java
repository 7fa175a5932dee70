package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the twenty-fourth held-out set (a Senate confirmation hearing, a village pub's last night): a report
 * ends before "and" and a verb that characterises ("and praised her as …"), whose subject is the first verb's; a role
 * noun opening a sentence with a capital ("Landlady Jackie Fenwick") is no part of the name.
 */
class HearingAndFeatureCopyTest {
    @Test
    void aReportEndsBeforeACharacterisingVerbThatSharesItsSubject() {
        Suggestions s = Suggestions.of("Nominee heard\nSen. Harlan Pruett chairs the committee. Pruett said he expected to hold a "
                + "vote next week and praised her as \"the first nominee in a decade who has run a safety department.\"");
        assertThat(s.quote("he expected to hold a vote next week").speaker()).isEqualTo("Harlan Pruett");
    }

    @Test
    void theSecondVerbAfterAndTakesTheFirstVerbsSubjectPastAQuotedWord() {
        Suggestions s = Suggestions.of("Tariffs\nPress secretary Dana Kessler took questions. Pressed on prices, she said the "
                + "administration's analysis showed \"minimal\" effects on prices and accused reporters of \"reading Tokyo's talking points.\"");
        assertThat(s.quote("reading Tokyo's talking points.").speaker()).isEqualTo("Dana Kessler");
    }

    @Test
    void aRoleNounOpeningTheSentenceIsNoPartOfTheName() {
        Suggestions s = Suggestions.of("Last orders\nLandlady Jackie Fenwick pulled the last pint at 11pm. ‘There were tears, and not "
                + "just mine,’ she said.");
        assertThat(s.actorNames()).contains("Jackie Fenwick").doesNotContain("Landlady Jackie Fenwick");
        assertThat(s.quote("There were tears, and not just mine,").speaker()).isEqualTo("Jackie Fenwick");
    }

    @Test
    void aQuestionedOpeningIsNoReportAndAPronounSkipsWhoeverAskedTheQuestion() {
        Suggestions s = Suggestions.of("Hearing\nSen. Teresa Quaid asked questions. Carolyn Ashby-Grant answered.\nQuestioned about the crash "
                + "by Quaid near the end of the hearing, Ashby-Grant said she had met the families. \"I carry that flight with me,\" she said.");
        assertThat(s.quoteTexts()).doesNotContain("Questioned about the crash by Quaid near the end of the hearing");
        assertThat(s.quote("she had met the families").speaker()).isEqualTo("Carolyn Ashby-Grant");
        assertThat(s.quote("I carry that flight with me,").speaker()).isEqualTo("Carolyn Ashby-Grant");
    }

    @Test
    void playersAndOfficialsNamedWithTheirPostOpeningTheSentenceKeepOnlyTheirNames() {
        Suggestions s = Suggestions.of("Coach fired\nQuarterback Tavion Brooks said the players learned of it on their phones. Regent Carol "
                + "Ann Whitley said the vote was 7-2.");
        assertThat(s.actorNames()).contains("Tavion Brooks", "Carol Ann Whitley")
                .doesNotContain("Quarterback Tavion Brooks", "Regent Carol Ann Whitley");
    }

    @Test
    void aBodyNamedAfterAPluralPossessiveIsOneName() {
        Suggestions s = Suggestions.of("Rates rise\nThe Whanganui Ratepayers’ Association said the vote showed the council had lost touch.");
        assertThat(s.actorNames()).contains("Whanganui Ratepayers’ Association").doesNotContain("Association");
    }
}
