package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the twentieth held-out set (an Indian state assembly row, a drug trial): Indian honorifics before a
 * name, a long aside after the subject ("…, a specialist at … who was not involved in the study, called …"), and from a
 * match report an acronym with an aside opening a paragraph, which is no dateline; from the nineteenth (an earnings story,
 * a council vote): "Feb 4 (Reuters) -", companies named "… Dynamics", a ward "St John’s", and "said Kestrel's"; from
 * the twenty-first (a sentencing, a typhoon): an age in brackets, a long aside after a quote, a statement read out.
 */
class WireCopyTest {
    @Test
    void anIndianHonorificOpensAPersonsNameAndSaysNothingOfTheirRole() {
        Suggestions s = Suggestions.of("Leader of the Opposition Smt Rajwinder Kaur Sekhon alleged that the tender had been priced "
                + "38 per cent above the rates paid by Haryana.\nSekhon, a four-time MLA from Gidderbaha, said while speaking to "
                + "reporters outside the Assembly that the suspension was “a murder of democracy”.");
        assertThat(s.actorNames()).contains("Rajwinder Kaur Sekhon");
        assertThat(s.quote("a murder of democracy").speaker()).isEqualTo("Rajwinder Kaur Sekhon");
    }

    @Test
    void aLongAsideAfterTheSubjectDoesNotHideIt() {
        Suggestions s = Suggestions.of("Dr Tobias Ferreira, a heart failure specialist at Johns Hopkins University School of Medicine "
                + "in Baltimore who was not involved in the study, called the findings “genuinely encouraging” but said the "
                + "headline figure risked being misread.");
        assertThat(s.quote("genuinely encouraging").speaker()).isEqualTo("Tobias Ferreira");
    }

    @Test
    void aBodysAcronymOpeningAParagraphWithAnAsideSpeaksButADatelineDoesNot() {
        Suggestions s = Suggestions.of("Reddish was booked.\nPGMOL, the body responsible for match officials in England, said in a "
                + "statement that the review had followed \"the correct process\". \"The VAR identified the arm,\" the statement said.\n"
                + "LAGOS, March 3 - Nigeria's central bank held rates.");
        assertThat(s.quote("the correct process").speaker()).isEqualTo("PGMOL");
        assertThat(s.quote("The VAR identified the arm,").speaker()).isEqualTo("PGMOL");
        assertThat(s.actorNames()).doesNotContain("LAGOS");
    }

    @Test
    void aReutersDatelineAWardInBracketsAndAPossessiveAfterSaidNameNoPerson() {
        Suggestions s = Suggestions.of("Feb 4 (Reuters) - Kestrel Dynamics (KSTD.N) cut its fiscal 2027 revenue forecast on Wednesday.\n"
                + "Helen Achterberg, an analyst at Morningstar, said Kestrel's balance sheet gave it room. \"This is a timing problem,\" "
                + "she told Reuters.\nCllr Martin Fairclough (Con, Churchdown St John’s), whose ward includes the site, said he was "
                + "‘bitterly disappointed’. ‘Every one of those objections came from someone who lives here,’ he said.");
        assertThat(s.actors()).filteredOn(a -> a.actorType() == dev.margin.domain.ActorType.PERSON).extracting(Suggestion::actor)
                .containsOnly("Helen Achterberg", "Martin Fairclough");
        assertThat(s.quote("This is a timing problem,").speaker()).isEqualTo("Helen Achterberg");
        assertThat(s.quote("Every one of those objections came from someone who lives here,").speaker()).isEqualTo("Martin Fairclough");
    }

    @Test
    void aCapitalisedTitleAfterTheStandsForWhoHoldsIt() {
        Suggestions s = Suggestions.of("Trouble began after Question Hour. Speaker Gurmeet Singh Raikoti disallowed the motion. "
                + "Congress leader Partap Singh Bajwa "
                + "protested loudly.\n“The House cannot be held hostage,” the "
                + "Speaker said, “by a handful of members who have no respect for the Chair.”");
        assertThat(s.quote("The House cannot be held hostage,").speaker()).isEqualTo("Gurmeet Singh Raikoti");
    }

    @Test
    void anAgeInBracketsALongAsideAfterAQuoteAndAStatementReadOutAreRead() {
        Suggestions s = Suggestions.of("The couple’s daughter, Hannah (22), wrote a statement. ‘I wanted her to be there,’ she wrote.\n"
                + "The council had reported 26 deaths. “We are still in the search-and-rescue phase,” Bernardo Ilagan, a spokesman for the "
                + "Office of Civil Defense, which runs the council’s operations center, told a briefing in Quezon City.\n"
                + "Ana Torres said in a statement read to the court that she was sorry.");
        assertThat(s.actorNames()).contains("Hannah");
        assertThat(s.quote("We are still in the search-and-rescue phase,").speaker()).isEqualTo("Bernardo Ilagan");
        assertThat(s.quote("she was sorry").speaker()).isEqualTo("Ana Torres");
    }

    @Test
    void aPluralPossessiveInsideABodysNameKeepsItWholeButNotBeforeAnotherBody() {
        Suggestions s = Suggestions.of("The Department of Veterans’ Affairs said it would comply. The breach was reported to the "
                + "Department of Health and Human Services’ Office for Civil Rights, officials said.");
        assertThat(s.actorNames()).contains("Department of Veterans’ Affairs", "Office for Civil Rights")
                .doesNotContain("Department of Veterans", "Affairs");
    }
}
