package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the thirteenth held-out set (Prime Minister's Questions): a participle reporting a bare clause, "shot
 * back:" before a quote, a knight called by his given name, a role heading the first of two asides, and a second report
 * to a named listener.
 */
class WestminsterCopyTest {
    @Test
    void aParticipleOfSayingReportsABareClauseToo() {
        Suggestions s = Suggestions.of("Helen Ashworth defended the scheme on Wednesday, insisting there was ‘no alternative’ to letting "
                + "some inmates out early.");
        assertThat(s.quote("there was ‘no alternative’ to letting some inmates out early").speaker()).isEqualTo("Helen Ashworth");
    }

    @Test
    void aKnightCalledByHisGivenNameShotBackBeforeTheQuote() {
        Suggestions s = Suggestions.of("Sir Julian Thorne used all six of his questions on prisons.\n"
                + "Sir Julian shot back: ‘She has had 18 months. The only thing she has built is a queue.’");
        assertThat(s.quote("She has had 18 months. The only thing she has built is a queue.").speaker()).isEqualTo("Julian Thorne");
    }

    @Test
    void aRoleMayHeadTheFirstOfTwoAsidesBetweenSubjectAndVerb() {
        Suggestions s = Suggestions.of("Dr Nadia Okonjo, director of the Penal Policy Unit, a cross-party think tank, said both front "
                + "benches were ‘arguing about the plumbing while the house floods’.");
        assertThat(s.quote("arguing about the plumbing while the house floods").speaker()).isEqualTo("Nadia Okonjo");
    }

    @Test
    void aSecondReportToANamedListenerIsTheSameSpeakers() {
        Suggestions s = Suggestions.of("Prime Minister Helen Ashworth said she agreed with every word about staffing, and told "
                + "Mr Prydderch that 1,200 additional prison officers would be in post by April.");
        assertThat(s.quote("1,200 additional prison officers would be in post by April").speaker()).isEqualTo("Helen Ashworth");
    }

    @Test
    void theAgeEpithetIsThePersonGivenThatAgeAndGroundsAfterTheReportAreNotPartOfIt() {
        Suggestions s = Suggestions.of("Mere Tawhiri, 71, was buying groceries for her grandchildren. The 71-year-old said she now bought "
                + "meat only when it was marked down. Consumer NZ chief executive Rachel Fanene said the inquiry was overdue, pointing "
                + "to the group’s survey of 1,200 shoppers. According to Stats NZ, food prices rose 4.8 per cent in the year to October.");
        assertThat(s.quote("she now bought meat only when it was marked down").speaker()).isEqualTo("Mere Tawhiri");
        assertThat(s.quote("the inquiry was overdue").speaker()).isEqualTo("Rachel Fanene");
        assertThat(s.quote("food prices rose 4.8 per cent in the year to October").speaker()).isEqualTo("Stats NZ");
    }

    @Test
    void councillorsNewspapersInspectoratesAndCreeksAreNamedForWhatTheyAre() {
        Suggestions s = Suggestions.of("Cllr Andrew Tudge, the Lib Dem member for Ludlow East, told the Shropshire Star the site was "
                + "unsuitable. The Planning Inspectorate said no appeal had been lodged. The Hayes Creek wildfire grew overnight.");
        assertThat(s.actorNames()).contains("Andrew Tudge").doesNotContain("Cllr Andrew Tudge", "Hayes Creek");
        assertThat(s.actors()).filteredOn(a -> a.actorType() == dev.margin.domain.ActorType.PERSON).extracting(Suggestion::actor)
                .contains("Andrew Tudge").doesNotContain("Lib Dem", "Shropshire Star", "Planning Inspectorate");
    }

    @Test
    void aPartyBeforeMpIsTheRoleAndTheNameAfterItAPerson() {
        Suggestions s = Suggestions.of("Count\nThe former Conservative MP Anthony Hollis finished fourth. Labour MP Jane Coles said the "
                + "result was a warning.");
        assertThat(s.actorNames()).containsExactlyInAnyOrder("Anthony Hollis", "Jane Coles");
        assertThat(s.quote("the result was a warning").speaker()).isEqualTo("Jane Coles");
    }

    @Test
    void aClosingSingleMarkAfterAnSIsNoPossessiveBeforeAFunctionWordOrANewQuote() {
        Suggestions s = Suggestions.of("Count\nMr Pryor said Reform had ‘come from nowhere to second place in six weeks’ and that the "
                + "share was its best. ‘We’re not going anywhere,’ he told reporters.\nThe returning officer reported ‘a higher than "
                + "usual number of doubtful ballots’ that had to be adjudicated.\n‘The ministers’ plan is dead,’ she said.");
        assertThat(s.quoteTexts()).contains("come from nowhere to second place in six weeks", "We’re not going anywhere,",
                "a higher than usual number of doubtful ballots");
        assertThat(s.quoteTexts()).contains("The ministers’ plan is dead,"); // a possessive inside a quote stays one
    }

    @Test
    void aPartyByItsShortNameIsNoPersonAndTakesNoPronoun() {
        Suggestions s = Suggestions.of("Count\nMr Gareth Pryor said Reform had come second. ‘We’re not going anywhere,’ he told reporters.");
        assertThat(s.actors()).filteredOn(a -> a.exact().equals("Reform")).singleElement()
                .satisfies(a -> assertThat(a.actorType()).isEqualTo(dev.margin.domain.ActorType.ORGANISATION));
        assertThat(s.quote("We’re not going anywhere,").speaker()).isEqualTo("Gareth Pryor");
    }

    @Test
    void membersOfAHouseByTheirPostAreNoPersonAPronounCouldMean() {
        Suggestions s = Suggestions.of("Ferry\nScotland’s transport minister, Fiona Baird, told MSPs at Holyrood on Tuesday that the "
                + "situation was ‘completely unacceptable’.\n‘I want to apologise to every person on Barra,’ she said.");
        assertThat(s.quote("I want to apologise to every person on Barra,").speaker()).isEqualTo("Fiona Baird");
        assertThat(s.actors()).noneMatch(a -> a.exact().equals("MSPs") && a.actorType() == dev.margin.domain.ActorType.PERSON);
    }

    @Test
    void irishHousesCountiesHospitalsAndClergyAreTypedByWhatTheyAre() {
        Suggestions s = Suggestions.of("Trolleys\nThe minister told the Dáil that University Hospital Limerick had 94 patients on "
                + "trolleys. Tom Heffernan, from Co Limerick, waited 31 hours. Canon Stephen Mbithi said the church would pray.");
        assertThat(s.actors()).filteredOn(a -> a.actorType() == dev.margin.domain.ActorType.PERSON).extracting(Suggestion::actor)
                .containsOnly("Tom Heffernan", "Stephen Mbithi");
        assertThat(s.actorOf("University Hospital Limerick")).isEqualTo("University Hospital Limerick");
    }
}
