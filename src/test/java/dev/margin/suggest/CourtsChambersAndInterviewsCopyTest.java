package dev.margin.suggest;

import dev.margin.domain.ActorType;
import dev.margin.domain.SpeakerResolution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the forty-eighth and forty-ninth held-out sets (a Dáil exchange, a crown court, an NFL locker room, a
 * royal commission, a Bloomberg rate decision; a Landtag debate, a Vienna trial, a Deutschlandfunk interview, a study
 * report), read after their one blind run on 8dcdb59.
 */
class CourtsChambersAndInterviewsCopyTest {
    @Test
    void aWordForWhatThePersonIsOpensTheSentenceButNotTheName() {
        Suggestions s = Suggestions.of("Browns lose\nReferee Carl Mendenhall told a pool reporter that the contact was late.\n"
                + "Backup Wyatt Sorensen, a second-year pro from Montana State, went 6 of 11.");
        assertThat(s.actorNames()).contains("Carl Mendenhall", "Wyatt Sorensen")
                .doesNotContain("Referee Carl Mendenhall", "Backup Wyatt Sorensen");
        assertThat(s.quote("the contact was late").speaker()).isEqualTo("Carl Mendenhall");
    }

    @Test
    void aMiddleNameAtTheSentencesStartStaysInTheName() {
        Suggestions s = Suggestions.of("Obituary\nCorinne Adele Marsh was born on March 3, 1931, in Cumberland, Md.");
        assertThat(s.actorNames()).contains("Corinne Adele Marsh");
    }

    @Test
    void policeRanksAreTitles() {
        Suggestions s = Suggestions.of("Fraud\nSpeaking after the verdict, Detective Constable Hannah Birch, of Kent Police, said Kettley "
                + "was \"one of the most callous offenders\" she had dealt with.");
        assertThat(s.quote("one of the most callous offenders").speaker()).isEqualTo("Hannah Birch");
    }

    @Test
    void aPartysTagInBracketsStandsBetweenTheNameAndItsVerb() {
        Suggestions s = Suggestions.of("Dáil\nCathal Duibhir (SF) said the figures were a scandal.\nThe Sinn Féin TD Ruth Kinsella said "
                + "the plan had failed.");
        assertThat(s.quote("the figures were a scandal").speaker()).isEqualTo("Cathal Duibhir");
        assertThat(s.quote("the plan had failed").speaker()).isEqualTo("Ruth Kinsella");
    }

    @Test
    void anIrishSurnameKeepsItsParticle() {
        Suggestions s = Suggestions.of("Dáil\nMairéad Ní Bhriain said it was late. “We wait,” Ms Ní Bhriain said.");
        assertThat(s.quote("We wait,").speaker()).isEqualTo("Mairéad Ní Bhriain");
        assertThat(s.actorNames()).doesNotContain("Ní Bhriain");
    }

    @Test
    void aPartysLeaderIsThePersonNamedJustBeforeNotTheParty() {
        Suggestions s = Suggestions.of("Dáil\nThe Tánaiste, Niamh Costigan, struck a different tone. Speaking to reporters, she said the "
                + "figures were “frankly intolerable”.\n“I don’t think anyone in Government is pretending this is good enough,” the Fine "
                + "Gael leader said.");
        assertThat(s.quote("I don’t think anyone in Government is pretending this is good enough,").speaker()).isEqualTo("Niamh Costigan");
    }

    @Test
    void seniorCounselAfterTheNameIsNoPartOfIt() {
        Suggestions s = Suggestions.of("Inquiry\nCounsel assisting the royal commission, Naomi Petrakis SC, said the case was \"not an "
                + "outlier\".\nMs Petrakis told the hearing that ramping reached 4,380 hours in June.");
        assertThat(s.quote("ramping reached 4,380 hours in June").speaker()).isEqualTo("Naomi Petrakis");
    }

    @Test
    void creditLinesAndGermanBylinesNameNoActors() {
        Suggestions english = Suggestions.of("Baht falls\nThe central bank cut its rate, Governor Ana Lim said.\n—With assistance from "
                + "Marcus Eng and Ploy Rattanakorn");
        assertThat(english.actorNames()).doesNotContain("Marcus Eng", "Ploy Rattanakorn");
        Suggestions german = Suggestions.of("Studie\nKinder bekommen zu viele Antibiotika\nVon Clara Weidinger\nDie Zahl sinke, sagte Lea "
                + "Pohlmann.");
        assertThat(german.actorNames()).doesNotContain("Clara Weidinger").contains("Lea Pohlmann");
    }

    @Test
    void peopleInsideAGermanBodyAreUnnamed() {
        Suggestion report = Suggestions.of("Erbschaftsteuer\nDie SPD will die Steuer erhöhen.\nIn der Unionsfraktion hieß es am Abend, "
                + "man werde sich von der SPD nicht treiben lassen.").quote("man werde sich von der SPD nicht treiben lassen");
        assertThat(report.resolution()).isEqualTo(SpeakerResolution.ANONYMOUS);
    }

    @Test
    void aGermanWordBeforeTheVerbLeavesThePersonAfterItTheSubject() {
        Suggestions s = Suggestions.of("Erbschaftsteuer\nSPD-Chef Henrik Wallbrecht sprach im Deutschlandfunk.\nKonkret schlägt "
                + "Wallbrecht vor, die Prüfung abzuschaffen.\nKonkret sagte Wallbrecht, die Steuer sei zu hoch.");
        assertThat(s.quote("die Prüfung abzuschaffen").speaker()).isEqualTo("Henrik Wallbrecht");
        assertThat(s.quote("die Steuer sei zu hoch").speaker()).isEqualTo("Henrik Wallbrecht");
    }

    @Test
    void aFormerProfessionFromATownIsTheWomanJustQuoted() {
        Suggestions s = Suggestions.of("Landtag\nDie Grünen-Abgeordnete Doreen Pietzsch kritisierte den Entwurf. Sie sagte, das Gesetz "
                + "komme zu spät.\n„Wir sind nicht die Mehrheitsbeschaffer dieser Regierung“, fügte die frühere Gymnasiallehrerin aus "
                + "Zwickau hinzu.");
        assertThat(s.quote("Wir sind nicht die Mehrheitsbeschaffer dieser Regierung").speaker()).isEqualTo("Doreen Pietzsch");
    }

    @Test
    void aStatesCriminalPoliceOfficeNamedWithItsCityIsABody() {
        Suggestions s = Suggestions.of("Prozess\nLaut Chefinspektor Rainer Stadlmann vom Landeskriminalamt Wien ist die Zahl solcher "
                + "Betrugsfälle heuer deutlich gestiegen.");
        assertThat(s.actors()).filteredOn(a -> a.actor().equals("Landeskriminalamt Wien")).isNotEmpty()
                .allMatch(a -> a.actorType() == ActorType.ORGANISATION);
    }

    @Test
    void aRoleOfTwoWordsAfterTheNameMakesAPersonOfAnUnknownName() {
        Suggestions s = Suggestions.of("Rates\nNapat Chaiyawong, chief economist at Kasikorn Research Center in Bangkok, called the decision "
                + "“a reasonable compromise” and said the bank would wait.");
        assertThat(s.quote("a reasonable compromise").speaker()).isEqualTo("Napat Chaiyawong");
        assertThat(s.quote("the bank would wait").speaker()).isEqualTo("Napat Chaiyawong");
    }

    @Test
    void aRoleInAppositionBeforeAnotherNameIsThatNamesNotTheProgrammes() {
        Suggestions s = Suggestions.of("Hospitals\nSpeaking on RTÉ’s Morning Ireland, the chief executive of the Health Service Executive, "
                + "Fergal Kinsella, said the figures were not acceptable.");
        assertThat(s.actors()).filteredOn(a -> a.actor().equals("Morning Ireland")).noneMatch(a -> a.actorType() == ActorType.PERSON);
    }

    @Test
    void aBodysWordPointsBackToItFarIntoALongStory() {
        StringBuilder text = new StringBuilder("Rate cut\nThe Bank of Thailand’s Monetary Policy Committee voted 5-2 on Wednesday to cut "
                + "the rate.\n");
        for (int k = 1; k <= 45; k++) {
            text.append("Exporters in province number ").append(k).append(" reported slower orders in the second quarter of the year.\n");
        }
        text.append("But the committee said in its statement that tariffs posed “significant downside risks” to the outlook.");
        Suggestions s = Suggestions.of(text.toString());
        assertThat(s.quote("significant downside risks").speaker()).isEqualTo("Monetary Policy Committee");
    }

    @Test
    void aGermanBodysNameGoesOnPastItsGenitive() {
        Suggestions s = Suggestions.of("Studie\nKritik an der Studie kommt vom Berufsverband der Kinder- und Jugendärzte (BVKJ).\nNach "
                + "Berechnungen der Initiative Faire Erbschaft entfiel mehr als die Hälfte auf 100 Erbfälle.");
        assertThat(s.actorNames()).contains("Berufsverband der Kinder- und Jugendärzte", "Initiative Faire Erbschaft")
                .doesNotContain("Berufsverband", "Faire Erbschaft");
        assertThat(s.actors()).filteredOn(a -> a.actor().equals("Initiative Faire Erbschaft"))
                .allMatch(a -> a.actorType() == ActorType.ORGANISATION);
    }

    @Test
    void aSubjectRightAfterTheListenerOpensTheReportedClause() {
        Suggestions s = Suggestions.of("Trial\nChartered surveyor Nikhil Desai told the court there was nothing wrong with the roof.\n"
                + "Martin Oakes KC, defending, told the court his client had been diagnosed with a disorder.");
        assertThat(s.quote("there was nothing wrong with the roof").speaker()).isEqualTo("Nikhil Desai");
        assertThat(s.quote("his client had been diagnosed with a disorder").speaker()).isEqualTo("Martin Oakes");
    }

    @Test
    void aLedesRoleIsThePersonTheStoryNamesWithItLater() {
        Suggestions s = Suggestions.of("Paramedic tells inquiry of delays\nA paramedic has told South Australia's ambulance royal commission "
                + "his crew spent more than five hours outside the hospital.\nThe commission is sitting in Adelaide this week.\n"
                + "Paramedic Daniel Kowalczyk, who has worked for the service for 16 years, told the inquiry he had nowhere to go.");
        Suggestion lede = s.quote("his crew spent more than five hours outside the hospital");
        assertThat(lede.speaker()).isEqualTo("Daniel Kowalczyk");
        assertThat(lede.resolution()).isEqualTo(SpeakerResolution.PRONOUN);
    }

    @Test
    void aGermanPronounContinuesTheRoleNamedAfterTheVerbBefore() {
        Suggestions s = Suggestions.of("Prozess\nDer Angeklagte Dominik P. schwieg lange. Chefinspektor Rainer Stadlmann sagte, die Zahl "
                + "solcher Fälle steige.\nIn seinem Schlusswort entschuldigte sich der Angeklagte bei den Opfern. „Es tut mir leid, "
                + "wirklich“, sagte er leise.");
        assertThat(s.quote("Es tut mir leid, wirklich").speaker()).isEqualTo("Dominik P.");
    }

    @Test
    void aParticipleAddsTheReportOfTheSubjectPastATitleOrAFrontedPhrase() {
        Suggestions s = Suggestions.of("Inquiry\nAt the close of Tuesday's hearing, Commissioner Robert Ashdown thanked the family for "
                + "attending, saying their presence was \"a reminder of why we are here\".\nPremier Tom Reed criticised the plan on "
                + "Monday, saying it would cost jobs.");
        assertThat(s.quote("their presence was \"a reminder of why we are here\"").speaker()).isEqualTo("Robert Ashdown");
        assertThat(s.quote("it would cost jobs").speaker()).isEqualTo("Tom Reed");
    }

    @Test
    void aHeadlinesRoleIsTheFirstPersonTheStoryGivesIt() {
        Suggestions s = Suggestions.of("Paramedic tells royal commission crews 'had nowhere to go' on night Joe Moretti died\n"
                + "Paramedic Daniel Kowalczyk, who has worked for the service for 16 years, told the inquiry he was sent the job late.\n"
                + "Mr Kowalczyk's partner on the night, paramedic Jess Tran, is expected to give evidence.");
        assertThat(s.quote("had nowhere to go").speaker()).isEqualTo("Daniel Kowalczyk");
        assertThat(s.actorNames()).doesNotContain("Paramedic");
    }

    @Test
    void aNicknameNamedFirstStaysThePersonsName() {
        Suggestions s = Suggestions.of("Paramedic tells inquiry of night Joe Moretti died\nGiuseppe \"Joe\" Moretti, 74, called triple zero "
                + "at 9.12pm.\nMr Moretti had lived alone since his wife died.");
        assertThat(s.actorNames()).contains("Joe Moretti").doesNotContain("Giuseppe Moretti");
    }

    @Test
    void aGermanStateBeforeANounInsideAQuoteIsNoPerson() {
        Suggestions s = Suggestions.of("Schulgesetz\nAm Rande der Sitzung sagte Ministerpräsident Jens Rothenbächer: „Wer in Sachsen "
                + "Schule sagt, muss auch Schulweg sagen.“");
        assertThat(s.actorNames()).doesNotContain("Sachsen Schule");
    }

    @Test
    void aVerbAfterAnAuxiliaryHasNoSubjectAfterIt() {
        Suggestions s = Suggestions.of("Rates\nThe decision sets up a clash with Finance Minister Kittiphong Ruangsri, who has repeatedly "
                + "urged the bank to cut rates and called it “too timid.”");
        assertThat(s.quote("too timid.").speaker()).isEqualTo("Kittiphong Ruangsri");
    }

    @Test
    void aTitledPersonQuotedAfterAColonIsTheSpeaker() {
        Suggestions s = Suggestions.of("Linke\nDie Linke stimmte gegen die Novelle.\nBildungspolitikerin Luise Neuhaus wird darin mit den "
                + "Worten zitiert: „Eine Schule ohne Mathelehrer ist eine Schule auf dem Papier.“");
        assertThat(s.quote("Eine Schule ohne Mathelehrer ist eine Schule auf dem Papier.").speaker()).isEqualTo("Luise Neuhaus");
    }
}
