package dev.margin.suggest;

import dev.margin.domain.ActorType;
import dev.margin.domain.SpeakerResolution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the forty-seventh held-out set (a White House briefing, an Ofsted report on a Manchester school, a
 * wildfire in British Columbia), read after its one blind run on ff465c6.
 */
class BriefingAndInspectionCopyTest {
    @Test
    void aParentsEpithetIsNoPartOfTheName() {
        Suggestions s = Suggestions.of("School\nParents were divided.\nMum-of-three Kerry Lomax, 41, whose son is in Year 9, said: "
                + "\"I'm not shocked, to be honest.\"");
        assertThat(s.actors()).extracting(Suggestion::actor).contains("Kerry Lomax").doesNotContain("Mum-of-three Kerry Lomax");
        assertThat(s.quote("I'm not shocked, to be honest.").speaker()).isEqualTo("Kerry Lomax");
    }

    @Test
    void anotherParentWhoWasNotNamedIsAnUnnamedSource() {
        Suggestion quote = Suggestions.of("School\nParents were divided.\nAnother mum, who did not want to be named, said: \"I've been "
                + "thinking about moving her since Christmas.\"").quote("I've been thinking about moving her since Christmas.");
        assertThat(quote.resolution()).isEqualTo(SpeakerResolution.ANONYMOUS);
        assertThat(quote.speaker()).isEqualTo("Another mum");
    }

    @Test
    void aPartysMemberOfParliamentIsTheMpNamedBefore() {
        Suggestion quote = Suggestions.of("School\nBlackley and Middleton South MP Colin Marsden said he had asked to meet the trust.\n"
                + "The Labour MP told the M.E.N.: \"Families in Crumpsall deserve a school they can trust.\"")
                .quote("Families in Crumpsall deserve a school they can trust.");
        assertThat(quote.speaker()).isEqualTo("Colin Marsden");
    }

    @Test
    void aBodysSpokespersonMakesItABodyAndItsInspectorsSpeakForIt() {
        Suggestions s = Suggestions.of("School\nOfsted inspectors found that some pupils felt unsafe at break.\nInspectors said its "
                + "arrangements for safeguarding were \"not effective\".\nAn Ofsted spokesperson said the watchdog would not comment.");
        assertThat(s.actors()).filteredOn(a -> a.actor().equals("Ofsted")).isNotEmpty()
                .allMatch(a -> a.actorType() == ActorType.ORGANISATION);
        assertThat(s.quote("not effective").speaker()).isEqualTo("Ofsted");
    }

    @Test
    void wordsQuotedInAReportAreTheReportersNotThoseOfWhomSheWasAsked() {
        Suggestions s = Suggestions.of("Asylum rule\n“This is not a closed door,” White House press secretary Naomi Castellano told "
                + "reporters at the daily briefing.\nArizona’s governor went further. Gov. Rosalind Archuleta (D) asked for a meeting with "
                + "officials “within the week” and said her office had learned of the plan late.\nAsked about Archuleta’s letter, the press "
                + "secretary said the president had read it “personally” and that the White House would be “in touch with her office this "
                + "week,” but she would not commit to a meeting.");
        assertThat(s.quote("in touch with her office this week,").speaker()).isEqualTo("Naomi Castellano");
    }

    @Test
    void anUnnamedSourceWithANameInItsAppositionIsThatPerson() {
        for (String source : new String[] {"A passenger", "Another passenger"}) {
            Suggestion partial = Suggestions.of("Strike\nFlights were cancelled.\n" + source + ", Graham, 71, said he and his wife had "
                    + "paid $780 for two new tickets. The retiree said he blamed \"both lots of them\" for the mess.").quote("both lots of them");
            assertThat(partial.speaker()).as(source).isEqualTo("Graham");
        }
    }

    @Test
    void aSentenceEndsAfterAmBeforeAWordThatOpensSentences() {
        String text = "Fire\nThe district expanded its order at 6 a.m. Another 900 properties are on alert. Crews left at 9 a.m. Monday.";
        TextLayout layout = new TextLayout(text);
        assertThat(layout.sentences).extracting(sentence -> text.substring(sentence.start(), sentence.end()))
                .contains("The district expanded its order at 6 a.m.", "Another 900 properties are on alert.", "Crews left at 9 a.m. Monday.");
    }
}
