package dev.margin.suggest;

import dev.margin.domain.ActorType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the sixth held-out set (American wire copy): a paragraph of quote after the paragraph that introduces
 * its speaker, firms named with "&", nicknames and "Jr.", "the CEO", "shot back", abbreviations that do not end a
 * sentence, a speaker named after a plural's possessive, and a speaker's second report in the same sentence.
 */
class AmericanCopyTest {
    @Test
    void aParagraphOfQuoteAloneBelongsToThePersonTheParagraphBeforeIntroduced() {
        Suggestions s = Suggestions.of("Water rose overnight.\nMaureen Kowalski, 66, has kept bees behind the church since 1990.\n"
                + "“Every hive is under water. Thirty years of work, gone in one night.”\n"
                + "The county opened two shelters.\n“We have cots for 300,” she said.");
        assertThat(s.quote("Every hive is under water. Thirty years of work, gone in one night.").speaker()).isEqualTo("Maureen Kowalski");
        Suggestions unnamed = Suggestions.of("The county opened two shelters on Sunday.\n“Nobody slept.”");
        assertThat(unnamed.quote("Nobody slept.").speaker()).isNull();
    }

    @Test
    void anAmpersandJoinsAFirmsNameAndItsShortFormIsTheSameFirm() {
        Suggestions s = Suggestions.of("Harlan Pipe & Wire Co. said Monday it would close the plant. Harlan said it had no buyer.");
        assertThat(s.actors()).allSatisfy(a -> assertThat(a.actor()).isEqualTo("Harlan Pipe & Wire Co."))
                .allSatisfy(a -> assertThat(a.actorType()).isEqualTo(ActorType.ORGANISATION));
        assertThat(s.quote("it had no buyer").speaker()).isEqualTo("Harlan Pipe & Wire Co.");
    }

    @Test
    void aNicknameInMarksStaysInsideTheNameAndTheCeoIsTheChiefExecutive() {
        Suggestions s = Suggestions.of("“We lost money every month,” Chief Executive Robert “Bud” Kimball Jr. said on a call. "
                + "Kimball said the plant would close.\n“Never say never,” the CEO said.");
        assertThat(s.quoteTexts()).doesNotContain("Bud");
        assertThat(s.quote("We lost money every month,").speaker()).isEqualTo("Robert Kimball Jr.");
        assertThat(s.quote("the plant would close").speaker()).isEqualTo("Robert Kimball Jr.");
        assertThat(s.quote("Never say never,").speaker()).isEqualTo("Robert Kimball Jr.");
        assertThat(s.actorNames()).containsOnly("Robert Kimball Jr.");
    }

    @Test
    void aRetortAndAQuipAreVerbsOfSaying() {
        Suggestions s = Suggestions.of("Sen. Ruth Calder said the plan was sound. Sen. Owen Marsh disagreed.\n"
                + "“Read the bill,” he shot back. “Three pages is not a plan,” Marsh quipped.");
        assertThat(s.quote("Read the bill,").speaker()).isEqualTo("Owen Marsh");
        assertThat(s.quote("Three pages is not a plan,").speaker()).isEqualTo("Owen Marsh");
    }

    @Test
    void abbreviationsInsideNamesDoNotEndTheSentenceOrTheSubject() {
        Suggestions s = Suggestions.of("The U.S. Army Corps of Engineers, which built the levee, said it would send a team. "
                + "The levee, the Corps said, would hold until spring. The No. 2 furnace has run since 1987.\n"
                + "The Rev. Alma Pike, whose church on St. Louis Avenue took in 200 people, recalled the night:\n“Nobody slept.”");
        assertThat(s.quote("it would send a team").speaker()).isEqualTo("U.S. Army Corps of Engineers");
        assertThat(s.quote("would hold until spring").speaker()).isEqualTo("U.S. Army Corps of Engineers");
        assertThat(s.quote("Nobody slept.").speaker()).isEqualTo("Alma Pike");
        assertThat(s.actorNames()).containsExactlyInAnyOrder("U.S. Army Corps of Engineers", "Alma Pike");
    }

    @Test
    void aPersonNamedAfterAPluralsPossessiveSpeaksAndAnInitialIsNoArticle() {
        Suggestions s = Suggestions.of("“They knew the wall was weak,” said the tenants’ lawyer, Gloria A. Benning.");
        assertThat(s.quote("They knew the wall was weak,").speaker()).isEqualTo("Gloria A. Benning");
    }

    @Test
    void aSpeakersSecondReportInTheSameSentenceIsReportedToo() {
        Suggestions s = Suggestions.of("Mayor Ellen Ruiz said the city would rebuild the bridge, but conceded that it could take "
                + "three years. Gov. Dan Webb insisted that the dam was safe, though he acknowledged that inspectors had found cracks. "
                + "Webb disputed the figures, noting that the state had spent $4 million on repairs.");
        assertThat(s.quote("the city would rebuild the bridge").speaker()).isEqualTo("Ellen Ruiz");
        assertThat(s.quote("it could take three years").speaker()).isEqualTo("Ellen Ruiz");
        assertThat(s.quote("the dam was safe").speaker()).isEqualTo("Dan Webb");
        assertThat(s.quote("inspectors had found cracks").speaker()).isEqualTo("Dan Webb");
        assertThat(s.quote("the state had spent $4 million on repairs").speaker()).isEqualTo("Dan Webb");
    }

    @Test
    void theDistrictIsTheBodyItHeadsAndANameResidentsGiveIsNoQuote() {
        Suggestions s = Suggestions.of("Homeowners sued in U.S. District Court against the Meramec Valley Levee District, which "
                + "residents call “the Wall.” In a statement, the district said the study had been “one of several” it weighed.");
        assertThat(s.quoteTexts()).doesNotContain("the Wall.");
        assertThat(s.quote("one of several").speaker()).isEqualTo("Meramec Valley Levee District");
    }

    @Test
    void theStatementSpeaksForTheBodyThatIssuedIt() {
        Suggestions s = Suggestions.of("Harlan Rail Co. said in a statement that it supported the bill. The railroad has paid $8 million "
                + "to residents since the crash, according to the statement.");
        assertThat(s.quote("The railroad has paid $8 million to residents since the crash").speaker()).isEqualTo("Harlan Rail Co.");
    }

    @Test
    void seventhHeldOutSetPatterns() {
        Suggestions s = Suggestions.of("Stadium vote\n9:31 a.m. — Mayor Lena Ortiz opened the meeting by calling the deal “the best "
                + "one this city has ever had.”\nProf Harriet Lyle, a neurologist at University College London, said the figure was "
                + "high.\n‘Roughly a third leave them in a drawer,’ she said.\nThe charity Memory Matters UK said the results were "
                + "‘a wake-up call’ for ministers.\n11:20 a.m. — We caught up with league commissioner Erik Holm. Council member Ray "
                + "Tsai and Tsai's aide Tom Ruiz listened.\nQ: Is this vote the deciding factor?\nA: Sacramento is the front-runner.\n"
                + "“It’s a big step,” the commissioner said. Asked whether it was a lock, he added: “Nothing’s a lock.”");
        assertThat(s.quote("the best one this city has ever had.").speaker()).isEqualTo("Lena Ortiz");
        assertThat(s.quote("Roughly a third leave them in a drawer,").speaker()).isEqualTo("Harriet Lyle");
        assertThat(s.quote("a wake-up call").speaker()).isEqualTo("Memory Matters UK");
        assertThat(s.quote("Sacramento is the front-runner.").speaker()).isEqualTo("Erik Holm");
        assertThat(s.quote("Nothing’s a lock.").speaker()).isEqualTo("Erik Holm");
        assertThat(s.actors()).filteredOn(a -> a.actor().equals("University College London"))
                .allSatisfy(a -> assertThat(a.actorType()).isEqualTo(ActorType.ORGANISATION));
    }

    @Test
    void anUnnamedWitnessKeepsHerQuoteInTheNextParagraph() {
        Suggestions s = Suggestions.of("Shooting\nDet. Sgt. Vanessa Crowder said two customers saw the men argue.\nOne of those "
                + "witnesses, a 52-year-old cashier who asked not to be named, said she heard shouting.\n\"I thought it was fireworks,\" "
                + "she said.");
        assertThat(s.quote("I thought it was fireworks,").speaker()).isNotEqualTo("Vanessa Crowder");
        assertThat(s.quote("I thought it was fireworks,").resolution()).isEqualTo(dev.margin.domain.SpeakerResolution.ANONYMOUS);
    }

    @Test
    void eighthHeldOutSetPatterns() {
        Suggestions s = Suggestions.of("Border deal\nKyrgyzstan and Tajikistan agreed to reopen crossings, the envoy said in "
                + "Switzerland.\nThe Tajik government said it welcomed the talks. The Allied Freight Workers Union, which represents "
                + "about 61,000 drivers and sorters, said it was prepared to strike.\nHargrove, a state senator from La Crosse, "
                + "spoke first. Asked about the union, Chief Executive Dana Whitcombe said no job would go. Union president Marisol "
                + "Dempsey disagreed.\nAsked again, the CEO said the plan was fair.\n“Retraining is the plan,” she said.");
        assertThat(s.quote("it welcomed the talks").speaker()).isEqualTo("Tajikistan");
        assertThat(s.quote("it was prepared to strike").speaker()).isEqualTo("Allied Freight Workers Union");
        assertThat(s.quote("Retraining is the plan,").speaker()).isEqualTo("Dana Whitcombe");
        assertThat(s.actors()).filteredOn(a -> a.actorType() == ActorType.PERSON).extracting(Suggestion::actor)
                .doesNotContain("La Crosse", "Tajikistan");
    }

    @Test
    void aQuoteAfterOneSentenceOfTheWritersAndQuotedAsSaying() {
        Suggestions s = Suggestions.of("Rally\n“Raise your hand if your bill went up,” Elaine Hargrove told the crowd. Nearly every hand "
                + "went up. “Now keep it up if anybody asked you first.”\nState media quoted Aibek Toktomushev as saying his "
                + "delegation would “not trade a single meter of land” in Geneva.");
        assertThat(s.quote("Now keep it up if anybody asked you first.").speaker()).isEqualTo("Elaine Hargrove");
        assertThat(s.quote("not trade a single meter of land").speaker()).isEqualTo("Aibek Toktomushev");
    }

    @Test
    void ninthHeldOutSetPatterns() {
        Suggestions s = Suggestions.of("Rent start-up Leasewell faces questions\nOpening the case, Rebecca Thorne KC, prosecuting, told the "
                + "jury the boiler was unsafe.\n‘This was not a freak accident,’ Ms Thorne said.\nLeasewell said it was cooperating "
                + "with the bureau. The Maine Department of Marine Resources, which manages the fishery, said it was reviewing the study.");
        assertThat(s.quote("This was not a freak accident,").speaker()).isEqualTo("Rebecca Thorne");
        assertThat(s.quote("it was cooperating with the bureau").speaker()).isEqualTo("Leasewell");
        assertThat(s.quote("it was reviewing the study").speaker()).isEqualTo("Maine Department of Marine Resources");
        assertThat(s.actors()).filteredOn(a -> a.actor().equals("Leasewell"))
                .allSatisfy(a -> assertThat(a.actorType()).isEqualTo(ActorType.ORGANISATION));
    }

    @Test
    void anAmericanCityCouncilorIsATitleNotPartOfTheName() {
        Suggestions s = Suggestions.of("City Councilor Marisol Delgado won the race. Delgado said her first budget would double the "
                + "rental assistance fund.");
        assertThat(s.actorNames()).containsExactly("Marisol Delgado");
        assertThat(s.quote("her first budget would double the rental assistance fund").speaker()).isEqualTo("Marisol Delgado");
    }

    @Test
    void aReportEndsBeforeAccordingToOrGroundsAfterACommaInsideTheMarks() {
        Suggestions s = Suggestions.of("Tariffs\nJapan's trade minister, Kenta Morishima, called the decision \"extremely regrettable\" and said "
                + "Tokyo would \"respond appropriately and firmly\" to protect Japanese industry, according to a statement released by "
                + "his ministry.\nKessler said the president \"loves Iowa\" and would \"always take care of our farmers,\" pointing to "
                + "$28 billion in aid.");
        Suggestion tokyo = s.quote("Tokyo would \"respond appropriately and firmly\" to protect Japanese industry");
        assertThat(tokyo.speaker()).isEqualTo("Kenta Morishima");
        assertThat(s.quoteTexts()).contains("the president \"loves Iowa\" and would \"always take care of our farmers,\"");
    }

    @Test
    void aSecondReportBySomeoneNamedAfterAndIsTheirsAndNoAttributionOfTheFirst() {
        Suggestions s = Suggestions.of("Hearing\nSen. Marcus Whitley pressed her. Sen. Teresa Ocampo agreed.\nHe told reporters he would "
                + "vote against her, and Ocampo said she was leaning the same way.");
        assertThat(s.quote("he would vote against her").speaker()).isEqualTo("Marcus Whitley");
        assertThat(s.quote("she was leaning the same way").speaker()).isEqualTo("Teresa Ocampo");
    }

    @Test
    void quotesTypedWithTwoGraveAccentsAndTwoApostrophesAreQuotes() {
        // plain-text archives and old wire copy: ``…'' for “…”
        Suggestions s = Suggestions.of("Campaign\n``We have enough to get to New Hampshire,'' said Mark Devlin, her campaign manager. "
                + "``After that, we will see.''\nHe said the campaign was ``not cutting staff.''");
        assertThat(s.quote("We have enough to get to New Hampshire,").speaker()).isEqualTo("Mark Devlin");
        assertThat(s.quote("After that, we will see.").speaker()).isEqualTo("Mark Devlin");
        assertThat(s.quote("not cutting staff.").quoteType()).isEqualTo(dev.margin.domain.QuoteType.PARTIAL);
        assertThat(s.quoteTexts()).doesNotContain("s campaign manager. ");
    }

    @Test
    void aShortParagraphEndingInAClosingMarkIsProseNotPageFurniture() {
        // before, only ” " ’ » counted as a prose ending, so this paragraph was taken for a headline and read for nothing
        Suggestions s = Suggestions.of("Campaign\nA spokeswoman, Lena Marsh, said in a statement that the governor "
                + "``respects the senator's service.''");
        assertThat(s.quote("the governor ``respects the senator's service.''").speaker()).isEqualTo("Lena Marsh");
        Suggestions german = Suggestions.ofLanguage("Haushalt\nDie Ministerin Anna Berger sagte am Abend, man werde das prüfen. "
                + "„Wir entscheiden im Januar.“", "de");
        assertThat(german.quote("man werde das prüfen").speaker()).isEqualTo("Anna Berger");
    }
}
