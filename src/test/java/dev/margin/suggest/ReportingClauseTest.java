package dev.margin.suggest;

import dev.margin.domain.ActorType;
import dev.margin.domain.QuoteType;
import dev.margin.domain.SpeakerResolution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the third held-out set: how a reporting clause names its speaker when asides, appositions and
 * possessives stand between, and when a verb introduces the quote after it rather than what came before.
 */
class ReportingClauseTest {
    @Test
    void aVerbBeforeAColonIntroducesTheQuoteAfterItNotTheWordsBefore() {
        Suggestions s = Suggestions.of("Governors wrote to Congress. In a letter to congressional leaders, Gov. Ruth Ann Sayers of Iowa wrote:\n"
                + "“Families have been living in motels since July.”\nThe Senate did not reply.");
        assertThat(s.quoteTexts()).doesNotContain("In a letter to congressional leaders");
        assertThat(s.quote("Families have been living in motels since July.").speaker()).isEqualTo("Ruth Ann Sayers");
    }

    @Test
    void aPartyTagBeforeAnAppositionIsAnAsideToo() {
        Suggestions s = Suggestions.of("Sen. Maria Delgado (D-N.M.), one of the negotiators, said Republicans had added a border provision.");
        Suggestion quote = s.quote("Republicans had added a border provision");
        assertThat(quote.quoteType()).isEqualTo(QuoteType.INDIRECT);
        assertThat(quote.speaker()).isEqualTo("Maria Delgado");
    }

    @Test
    void aNameInAppositionSaysWhoTheCommonNounIs() {
        Suggestions s = Suggestions.of("The operators' group, the Southeast Terminal Alliance, said in a statement that it had offered "
                + "\"the most generous package in the history of this port\" and accused the union of \"moving the goalposts.\"");
        assertThat(s.quote("the most generous package in the history of this port").speaker()).isEqualTo("Southeast Terminal Alliance");
        // the union is what the words are about; the alliance says them
        assertThat(s.quote("moving the goalposts.").speaker()).isEqualTo("Southeast Terminal Alliance");
    }

    @Test
    void aPossessiveSourceIsItsOwnersWords() {
        Suggestions s = Suggestions.of("The Federal Emergency Management Agency said its fund would run dry by October. "
                + "The agency has about $2.1 billion left, according to its latest monthly report.");
        assertThat(s.quote("The agency has about $2.1 billion left").speaker()).isEqualTo("Federal Emergency Management Agency");
    }

    @Test
    void aPossessiveSpokeswomanStaysAnonymous() {
        Suggestions s = Suggestions.of("Ararat Mirzoyan, the foreign minister, did not speak to journalists. "
                + "His spokeswoman said he would brief parliament on Monday.");
        assertThat(s.quote("he would brief parliament on Monday").speaker()).isNotEqualTo("Ararat Mirzoyan");
    }

    @Test
    void unknownCapitalisedWordsAfterInNameAPlace() {
        Suggestions s = Suggestions.of("“Families in Cedar Rapids have been living in motels since July,” said Paul Okafor.");
        assertThat(s.actors()).noneMatch(a -> a.actor().equals("Cedar Rapids") && a.actorType() == ActorType.PERSON);
        assertThat(s.actorNames()).contains("Paul Okafor");
    }

    @Test
    void asTheSourceSaidGivesTheMainClauseToTheSource() {
        Suggestions s = Suggestions.of("The plant employs 400 people. As the ministry said in a statement, the plant will close in March.");
        assertThat(s.quote("the plant will close in March").speaker()).isEqualTo("the ministry");
    }

    @Test
    void aNamedSubjectWithAnAsideReportsWhatFollowsTheVerb() {
        Suggestions s = Suggestions.of("Prime Minister Oliver Chambers, speaking in parliament, said the government would release emergency funds.");
        Suggestion quote = s.quote("the government would release emergency funds");
        assertThat(quote.speaker()).isEqualTo("Oliver Chambers");
        assertThat(s.quoteTexts()).hasSize(1);
    }

    @Test
    void mixedTypographyPairsAStraightMarkWithACurlyOne() {
        Suggestions s = Suggestions.of("“We can't keep doing this,\" said Mayor Linda Fairweather on Tuesday.\n"
                + "\"It's the residents' money, not ours,” council member Raj Patel said.\n"
                + "\"When my father said 'never again', he meant it,\" added Ms. Fairweather.");
        assertThat(s.quote("It's the residents' money, not ours,").speaker()).isEqualTo("Raj Patel");
        assertThat(s.quote("When my father said 'never again', he meant it,").speaker()).isEqualTo("Linda Fairweather");
    }

    @Test
    void aRoleBeforeANameInAppositionIsNoReportedClause() {
        Suggestions s = Suggestions.of("The mayor of Whitby, Helen Ashcroft, told the BBC the town would recover.");
        assertThat(s.quoteTexts()).containsExactly("the town would recover");
        assertThat(s.quote("the town would recover").speaker()).isEqualTo("Helen Ashcroft");
    }

    @Test
    void aHeadlinesBareRoleIsThePersonTheStoryGivesThatRole() {
        Suggestions s = Suggestions.of("'We will rebuild,' says mayor after storm\n"
                + "WHITBY - Mayor Helen Ashcroft said the town would recover. \"It will take months,\" she said.");
        assertThat(s.quote("We will rebuild,").speaker()).isEqualTo("Helen Ashcroft");
    }

    @Test
    void aBareRoleInTheStoryItselfDoesNotLookForward() {
        Suggestions s = Suggestions.of("Storm hits the coast\n\"We will rebuild,\" says mayor.\nMayor Helen Ashcroft visited the harbour.");
        assertThat(s.quote("We will rebuild,").speaker()).isNotEqualTo("Helen Ashcroft");
    }

    @Test
    void oneOfTheResidentsIsUnnamedAndAUtilityIsABody() {
        Suggestions s = Suggestions.ofLanguage("Residents, however, were unconvinced. \"Nobody came,\" said one, a retired nurse who asked "
                + "that her name not be used. In a statement, Yorkshire Water said its treatment works were operating normally.", "en");
        assertThat(s.quote("Nobody came,").resolution()).isEqualTo(SpeakerResolution.ANONYMOUS);
        assertThat(s.quote("its treatment works were operating normally").speaker()).isEqualTo("Yorkshire Water");
        assertThat(s.actors()).filteredOn(a -> a.actor().equals("Yorkshire Water")).allMatch(a -> a.actorType() == ActorType.ORGANISATION);
    }

    @Test
    void aParticipleAfterAQuotesAttributionAddsReportedSpeechByTheSameSpeaker() {
        Suggestions en = Suggestions.ofLanguage("\"This is not how we should be governing,\" Senate Majority Leader Chuck Ellison told "
                + "reporters after the vote, adding that he hoped for a longer deal in January.", "en");
        Suggestion added = en.quote("he hoped for a longer deal in January");
        assertThat(added.quoteType()).isEqualTo(QuoteType.INDIRECT);
        assertThat(added.speaker()).isEqualTo("Chuck Ellison");
        Suggestions fr = Suggestions.ofLanguage("« Nous irons jusqu’au bout », a déclaré Sophie Marin, ajoutant que la réforme serait "
                + "votée en mars.", "fr");
        assertThat(fr.quote("la réforme serait votée en mars").speaker()).isEqualTo("Sophie Marin");
        // a participle without "that" adds no reported clause
        Suggestions plain = Suggestions.ofLanguage("\"We will fight on,\" said Chuck Ellison, adding a warning for the House.", "en");
        assertThat(plain.quotes()).hasSize(1);
    }

    @Test
    void theGovernorIsThePersonNamedWithTheAbbreviatedTitle() {
        Suggestions s = Suggestions.ofLanguage("Gov. Elena Marquez signed the budget on Thursday. The Democrat had threatened a veto. "
                + "\"I said from day one that classrooms were off the table,\" the governor told KCRA 3 in an interview.", "en");
        assertThat(s.quote("I said from day one that classrooms were off the table,").speaker()).isEqualTo("Elena Marquez");
    }

    @Test
    void aRoleWithNobodyNamedBeforeSpeaksByItsRole() {
        Suggestions s = Suggestions.ofLanguage("In a post on X, the president wrote that Europe had \"taken advantage of us for decades.\"", "en");
        Suggestion reported = s.quote("Europe had \"taken advantage of us for decades.\"");
        assertThat(reported.speaker()).isEqualTo("the president");
        assertThat(s.quote("taken advantage of us for decades.").speaker()).isEqualTo("the president");
        assertThat(s.actors()).isEmpty();
    }

    @Test
    void aPartyMemberPointsBackAndADocumentSpeaksForItsMaker() {
        Suggestions s = Suggestions.ofLanguage("The law's sponsor, state Sen. Wade Harlan, called the ruling \"judicial activism.\" The "
                + "Republican said lawmakers would consider a revised bill in January. About 240,000 registered voters lack the "
                + "required ID, according to an analysis by the secretary of state's office. About 40 ships are waiting offshore, "
                + "according to data from the tracking firm Vesselwatch.", "en");
        assertThat(s.quote("lawmakers would consider a revised bill in January").speaker()).isEqualTo("Wade Harlan");
        assertThat(s.quote("About 240,000 registered voters lack the required ID").speaker()).isEqualTo("secretary of state's office");
        assertThat(s.quote("About 40 ships are waiting offshore").speaker()).isEqualTo("Vesselwatch");
    }

    /** From the sample article a new library opens with. */
    @Test
    void aTownIsNoPersonItIsTheBodyNamedBeforeAndANounIsNoVerbOfSaying() {
        Suggestions s = Suggestions.ofLanguage("The harbour city of Port Ellery will limit water supply, the Ellery Water Board said. The "
                + "board said its own audit put losses at 22 per cent. It called the headquarters claim “simply false”. It was "
                + "reported that the mayor had resigned.", "en");
        assertThat(s.actorNames()).containsExactly("Ellery Water Board");
        assertThat(s.quote("simply false").speaker()).isEqualTo("Ellery Water Board");
        // a passive has no speaker
        assertThat(s.quoteTexts()).doesNotContain("the mayor had resigned");
    }
}
