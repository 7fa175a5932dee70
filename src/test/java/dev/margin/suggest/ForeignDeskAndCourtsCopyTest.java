package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the thirty-eighth held-out set (a science story, a Middle East diplomacy story, a sentencing story),
 * read after its one blind run: Arabic names opening a sentence, bodies described after their names, a member of a
 * group the aside names, makers before a document, model years, and a listener after "told".
 */
class ForeignDeskAndCourtsCopyTest {
    @Test
    void aNameOpeningTheSentenceWithAnApposedRoleIsAPersonsWholeName() {
        Suggestions s = Suggestions.ofLanguage("Talks\nHamed bin Saleh al-Kuwari, the Qatari envoy, said Doha would mediate. "
                + "Nadim Abu Sakher, a researcher at Chatham House, said the talks could fail.", "en");
        assertThat(s.quote("Doha would mediate").speaker()).isEqualTo("Hamed bin Saleh al-Kuwari");
        assertThat(s.quote("the talks could fail").speaker()).isEqualTo("Nadim Abu Sakher");
    }

    @Test
    void anUnknownNameWhoseRoleIsOnASubjectOrRunsIntoARelativeClauseSpeaks() {
        Suggestions s = Suggestions.ofLanguage("Talks\nRenad Abu Shaqra, a researcher on Iraqi armed groups, said the demands were designed to win support. "
                + "\"Nobody can release prisoners to a group like this,\" she said. "
                + "Tariq Zubaidi, an analyst who has followed the talks for a decade, said they would fail.", "en");
        assertThat(s.quote("the demands were designed to win support").speaker()).isEqualTo("Renad Abu Shaqra");
        assertThat(s.quote("Nobody can release prisoners to a group like this,").speaker()).isEqualTo("Renad Abu Shaqra");
        assertThat(s.quote("they would fail").speaker()).isEqualTo("Tariq Zubaidi");
    }

    @Test
    void aReporterNamedAfterHerBroadcasterSpeaksForHerself() {
        Suggestions s = Suggestions.ofLanguage("Talks\nAl Jazeera's Yusra Abu Nimah, reporting from Amman, said the mood had shifted. "
                + "\"Nobody expected this,\" she said.", "en");
        assertThat(s.quote("the mood had shifted").speaker()).isEqualTo("Yusra Abu Nimah");
        assertThat(s.quote("Nobody expected this,").speaker()).isEqualTo("Yusra Abu Nimah");
    }

    @Test
    void aBodyDescribedInTheAppositionAfterItsNameIsAnOrganisation() {
        Suggestions s = Suggestions.ofLanguage("Credits\nGreen Tally, a Dublin-based registry that certifies offsets, said in a "
                + "statement that it \"welcomes scrutiny\".", "en");
        assertThat(s.quote("welcomes scrutiny").speaker()).isEqualTo("Green Tally");
        assertThat(s.actors()).anySatisfy(a -> assertThat(a.actor()).isEqualTo("Green Tally"));
    }

    @Test
    void oneOfThemIsTheFirmItsAsideNames() {
        Suggestions s = Suggestions.ofLanguage("Credits\nSeveral companies sell such credits. One of them, the Bergen-based firm "
                + "Kelpwise Carbon, which runs two farms, states on its website that most of the carbon \"stays in the deep ocean\".", "en");
        assertThat(s.quote("stays in the deep ocean").speaker()).isEqualTo("Kelpwise Carbon");
    }

    @Test
    void aPoliceReportSpeaksForThePoliceNamedBeforeIt() {
        Suggestions s = Suggestions.ofLanguage("Crash\nThe driver was arrested a week later, according to a Worcester police report. "
                + "Tax receipts rose by 4 percent, according to a Treasury report.", "en");
        assertThat(s.quote("The driver was arrested a week later").speaker()).isEqualTo("Worcester police");
        assertThat(s.quote("Tax receipts rose by 4 percent").speaker()).isEqualTo("Treasury");
    }

    @Test
    void aCarAfterItsModelYearIsNobody() {
        Suggestions s = Suggestions.ofLanguage("Crash\nInvestigators matched a mirror to a 2015 Nissan Pathfinder registered to "
                + "his brother, Dana Ruiz said.", "en");
        assertThat(s.actorNames()).doesNotContain("Nissan Pathfinder");
    }

    @Test
    void theListenerAfterToldIsNotTheSpeakerOfTheQuotedWords() {
        Suggestions s = Suggestions.ofLanguage("Sentence\nThe judge paused after the boy's mother told a Middlesex Superior Court "
                + "judge that her son \"was coming home\" when he died.", "en");
        assertThat(s.quote("was coming home").speaker()).isNotEqualTo("Middlesex Superior Court");
    }
    @Test
    void aPronounGoesToTheSentencesSubjectOfItsSexBeforeALaterNameOfUnknownSex() {
        Suggestions s = Suggestions.ofLanguage("Plant\nOwen Pritchard, the finance director, who joined last year from the engineer "
                + "Halvard Brisk, says the move will save money. He concedes that the first two years will be \"messy\".", "en");
        assertThat(s.quote("the first two years will be \"messy\"").speaker()).isEqualTo("Owen Pritchard");
    }

    @Test
    void theCompanyAfterACorporateRoleIsABodyAndTheRoleIsThePersonTheParagraphOpenedWith() {
        Suggestions s = Suggestions.ofLanguage("Plant\nFiona Carrick does not look like someone who has just cut 600 jobs. Standing "
                + "on the factory floor, the chief executive of Brimley Fasteners says the decision was \"the hardest I have made\".", "en");
        assertThat(s.actors()).anySatisfy(a -> {
            assertThat(a.actor()).isEqualTo("Brimley Fasteners");
            assertThat(a.actorType()).isEqualTo(dev.margin.domain.ActorType.ORGANISATION);
        });
        assertThat(s.quote("the hardest I have made").speaker()).isEqualTo("Fiona Carrick");
    }

    @Test
    void aTimeOfDayIsNoColonIntroducingWhatASpeakerSaid() {
        Suggestions s = Suggestions.ofLanguage("Letter\nThe chief executive of Brimley Fasteners wrote to the senator.\nRavi Ortega, a "
                + "spokesman for the senator, said the letter was emailed to Brimley Fasteners at 9:12 a.m. Monday.", "en");
        assertThat(s.quote("the letter was emailed to Brimley Fasteners at 9:12 a.m. Monday").speaker()).isEqualTo("Ravi Ortega");
    }
    @Test
    void southIndianInitialsOpenAPersonsNameAndDoNotEndTheAttribution() {
        Suggestions s = Suggestions.ofLanguage("Deal\nT.A. Shameer, the transport minister, said buses would arrive by March. "
                + "\"This is wrong,\" said M.V. Sasidharan.", "en");
        assertThat(s.actors()).filteredOn(a -> a.actor().equals("T.A. Shameer"))
                .allSatisfy(a -> assertThat(a.actorType()).isEqualTo(dev.margin.domain.ActorType.PERSON)).isNotEmpty();
        assertThat(s.quote("This is wrong,").speaker()).isEqualTo("M.V. Sasidharan");
    }

    @Test
    void aNounOfNationalityStandsForThePersonNamedLast() {
        Suggestions s = Suggestions.ofLanguage("Match\nBrentford's head coach, Mikkel Sørlie, said he had seen nothing wrong. "
                + "\"The rules are the rules,\" the Dane said.", "en");
        assertThat(s.quote("The rules are the rules,").speaker()).isEqualTo("Mikkel Sørlie");
        assertThat(s.actorNames()).doesNotContain("Dane");
    }
}
