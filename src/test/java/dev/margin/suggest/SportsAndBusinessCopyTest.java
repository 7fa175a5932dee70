package dev.margin.suggest;

import dev.margin.domain.ActorType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the eleventh held-out set (a match report, a results call): clubs named "Place United", a given name
 * that is also a title, a role set off by commas before the name, a middle initial inside an inverted attribution,
 * quoted words inside an aside, "the statement" and "the union" pointing back to who issued or named them, and a
 * "that" that opens no reported clause; from the twentieth (a match report, a drug trial): "the 74-year-old" and "the
 * Senegal midfielder" for the person just named, and a statement that "read".
 */
class SportsAndBusinessCopyTest {
    @Test
    void clubsNamedAfterTheirTownAreOrganisationsAndTheShortNameIsTheSameClub() {
        Suggestions s = Suggestions.of("Castlegate United drew 2-2 with Redbridge Athletic on Saturday. Castlegate stay fifth.");
        assertThat(s.actors()).allSatisfy(a -> assertThat(a.actorType()).isEqualTo(ActorType.ORGANISATION));
        assertThat(s.actorNames()).containsExactlyInAnyOrder("Castlegate United", "Redbridge Athletic");
    }

    @Test
    void aGivenNameThatIsAlsoATitleBeforeALoneSurnameIsTheGivenName() {
        Suggestions s = Suggestions.of("The goals came from captain Dean Ashworth.\nAshworth was less diplomatic.\n"
                + "“Everyone saw it except the one man who matters.”");
        assertThat(s.actorNames()).containsExactly("Dean Ashworth");
        assertThat(s.quote("Everyone saw it except the one man who matters.").speaker()).isEqualTo("Dean Ashworth");
    }

    @Test
    void aRoleBeforeTheNameSetOffByACommaIsTheRoleTheCoachLaterPointsTo() {
        Suggestions s = Suggestions.of("Redbridge’s head coach, Tomasz Wrona, said he had not seen the incident. "
                + "Asked about the red card, the coach said that Treanor had apologised to the team.");
        assertThat(s.quote("Treanor had apologised to the team").speaker()).isEqualTo("Tomasz Wrona");
    }

    @Test
    void aMiddleInitialDoesNotEndAnInvertedAttribution() {
        Suggestions s = Suggestions.of("\"The consumer is tired,\" Chief Executive Caroline D. Hensley told analysts on a call.");
        assertThat(s.quote("The consumer is tired,").speaker()).isEqualTo("Caroline D. Hensley");
    }

    @Test
    void aFewQuotedWordsInsideAnAsideLeaveTheSubjectBeforeIt() {
        Suggestions s = Suggestions.of("Brendan Kovac of Evercore ISI, who rates the stock \"in line\", wrote in a note that the "
                + "savings target looked \"credible, if a little late\".");
        assertThat(s.quote("the savings target looked \"credible, if a little late\"").speaker()).isEqualTo("Brendan Kovac");
        assertThat(s.quote("credible, if a little late").speaker()).isEqualTo("Brendan Kovac");
    }

    @Test
    void theStatementSpeaksForWhoeverTheSentenceThatMentionedItNamed() {
        Suggestions s = Suggestions.of("Referees’ body PGMOL declined to comment. In a statement on Saturday evening, Castlegate "
                + "United said it had written to PGMOL to request the audio. “Supporters deserve to understand,” the statement said.");
        assertThat(s.quote("Supporters deserve to understand,").speaker()).isEqualTo("Castlegate United");
    }

    @Test
    void aNameFollowedByUnionIsABodyAndTheUnionPointsBackToIt() {
        Suggestions s = Suggestions.of("The United Food and Commercial Workers union said it had not been told of the closure. "
                + "Norfield received tax credits, according to the Iowa Economic Development Authority.\n"
                + "The union said that it would ask lawmakers to claw back the credits.");
        assertThat(s.actors()).filteredOn(a -> a.actor().equals("United Food and Commercial Workers"))
                .isNotEmpty().allSatisfy(a -> assertThat(a.actorType()).isEqualTo(ActorType.ORGANISATION));
        assertThat(s.quote("it would ask lawmakers to claw back the credits").speaker()).isEqualTo("United Food and Commercial Workers");
    }

    @Test
    void thatAfterAPrepositionOrAfterAnObjectOpensNoReportedClause() {
        Suggestions s = Suggestions.of("Cardew said Hendry’s assistant on that side of the pitch had signalled for a goal kick. "
                + "Castlegate will ask PGMOL to explain the penalty that cost them victory.");
        assertThat(s.quoteTexts()).contains("Hendry’s assistant on that side of the pitch had signalled for a goal kick")
                .noneMatch(text -> text.startsWith("cost them") || text.startsWith("side of"));
    }

    @Test
    void aQuoteAfterAWritersSentenceAboutOnePersonIsThatPersons() {
        Suggestions s = Suggestions.of("Wolfgang Seidl, the sporting director, ruled out a protest on Sunday. "
                + "“We want to win this series on the ice.”");
        assertThat(s.quote("We want to win this series on the ice.").speaker()).isEqualTo("Wolfgang Seidl");
    }

    @Test
    void anAgeOrACountrysPlayerStandsForThePersonJustNamedInTheParagraph() {
        Suggestions s = Suggestions.of("Graham Pettifer, a retired joiner from Paisley, was one of 412 patients. “I can walk to the "
                + "bowling club again,” the 74-year-old said.\nReddish did not speak, but Everton captain Abdoulaye Sarr-Diallo was less "
                + "restrained. “If that’s a penalty,” the Senegal midfielder told BBC Radio 5 Live, “then every cross is a penalty.”");
        assertThat(s.quote("I can walk to the bowling club again,").speaker()).isEqualTo("Graham Pettifer");
        assertThat(s.quote("If that’s a penalty,").speaker()).isEqualTo("Abdoulaye Sarr-Diallo");
        Suggestions elsewhere = Suggestions.of("Graham Pettifer was one of 412 patients.\nFor Antwi-Mensah the winner was his first "
                + "goal. “I’ve waited a long time for this one,” the 23-year-old told Sky Sports.");
        assertThat(elsewhere.quote("I’ve waited a long time for this one,").speaker()).isNotEqualTo("Graham Pettifer");
    }

    @Test
    void aStatementThatReadsSpeaksForWhoeverIssuedIt() {
        Suggestions s = Suggestions.of("Everton went further in a club statement released shortly after 8pm. “Everton Football Club "
                + "is extremely disappointed by the decision,” it read.");
        assertThat(s.quote("Everton Football Club is extremely disappointed by the decision,").speaker()).isEqualTo("Everton Football Club");
    }
}
