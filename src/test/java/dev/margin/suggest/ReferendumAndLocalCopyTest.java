package dev.margin.suggest;

import dev.margin.domain.ActorType;
import dev.margin.domain.SpeakerResolution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the forty-third held-out set (a Canadian leaders' debate, a South African coalition row, a Lok Sabha
 * walkout; a Swiss referendum Sunday, a Bundesbank report, a local arson story), read after its one blind run on ce4aeba.
 */
class ReferendumAndLocalCopyTest {
    @Test
    void aNameNeverRunsIntoTheNextSentence() {
        Suggestions s = Suggestions.ofLanguage("Zölle\nDas sei keine Überraschung, sagte Ralf Wiegand der F.A.Z. Er rechnet mit "
                + "einem Wachstum von 0,4 Prozent.", "de");
        assertThat(s.actorNames()).doesNotContain("F.A.Z. Er");
        Suggestions english = Suggestions.ofLanguage("Appeal\nThe plan was approved in the U.S. The company said it would appeal.", "en");
        assertThat(english.quote("it would appeal").speaker()).isNotEqualTo("U.S. The");
        assertThat(english.actorNames()).doesNotContain("U.S. The");
    }

    @Test
    void aWitnessNamedByRoleAndGivenNameIsThatPerson() {
        Suggestions s = Suggestions.ofLanguage("Brand\nAnwohnerin Sabine (52) hat den Brand bemerkt. „Ich bin von einem lauten Knall "
                + "wach geworden“, sagt sie. Nachbar Kevin (29) sagte, er sei gerade von der Schicht gekommen.", "de");
        assertThat(s.actors()).filteredOn(a -> a.actor().equals("Sabine") || a.actor().equals("Kevin"))
                .hasSize(2).allMatch(a -> a.actorType() == ActorType.PERSON);
        assertThat(s.quote("Ich bin von einem lauten Knall wach geworden").speaker()).isEqualTo("Sabine");
        assertThat(s.quote("er sei gerade von der Schicht gekommen").speaker()).isEqualTo("Kevin");
    }

    @Test
    void aBodysPeopleInThePluralSpeakForIt() {
        Suggestions s = Suggestions.ofLanguage("Konjunktur\nDie deutsche Wirtschaft steuert nach Einschätzung der Bundesbank auf einen "
                + "schwachen Winter zu. Die Wirtschaftsleistung dürfte leicht zurückgehen, schreiben die Volkswirte der Bundesbank in "
                + "ihrem Monatsbericht.", "de");
        assertThat(s.quote("Die Wirtschaftsleistung dürfte leicht zurückgehen").speaker()).isEqualTo("Bundesbank");
    }

    @Test
    void theLeaderAfterAnUnnamedLeaderIsThatSourceStill() {
        Suggestions s = Suggestions.ofLanguage("Row\nA senior ANC leader, who asked not to be named, told News24 that some in the "
                + "party believed the minister had overplayed her hand.\n\"She is a serious minister, but this is not a fight she "
                + "will win,\" the leader said.", "en");
        Suggestion quote = s.quote("She is a serious minister, but this is not a fight she will win,");
        assertThat(quote.resolution()).isEqualTo(SpeakerResolution.ANONYMOUS);
        assertThat(quote.speaker()).isEqualTo("A senior ANC leader");
    }

    @Test
    void aBodysSpokespersonOpeningTheSentenceIsWhoAddsTheParticiplesClause() {
        Suggestion quote = Suggestions.ofLanguage("Row\nDA national spokesperson Siviwe Maqubela hit back, saying the ANC statement "
                + "was an attempt to change the subject.", "en").quote("the ANC statement was an attempt to change the subject");
        assertThat(quote.speaker()).isEqualTo("Siviwe Maqubela");
    }

    @Test
    void aWorksNounWithAVerbBetweenItAndTheMarksNamesNoTitle() {
        Suggestions s = Suggestions.ofLanguage("Abstimmung\nDamian Kälin erklärte, die Initiative habe „keine Chance“. Die Initiative "
                + "„Für ruhige Nächte“ scheiterte.", "de");
        assertThat(s.quote("keine Chance").speaker()).isEqualTo("Damian Kälin");
        assertThat(s.quoteTexts()).doesNotContain("Für ruhige Nächte");
    }

    @Test
    void aTitleBeforeTheCommaAndTheNameIsTheirRole() {
        Suggestion quote = Suggestions.ofLanguage("Feiertag\nDer Präsident des Zentralverbands des Deutschen Handwerks (ZDH), Bernd "
                + "Kolbeck, sagte, mehr Arbeitszeit sei richtig. Ein gestrichener Feiertag bringe einem Betrieb keinen einzigen "
                + "Auftrag, so der Verbandspräsident.", "de").quote("Ein gestrichener Feiertag bringe einem Betrieb keinen einzigen Auftrag");
        assertThat(quote.speaker()).isEqualTo("Bernd Kolbeck");
    }

    @Test
    void anIndictmentSpeaksForTheProsecutorsNamedInTheArticle() {
        Suggestion report = Suggestions.ofLanguage("Prozess\nDie Staatsanwaltschaft Darmstadt wirft ihm Betrug vor. Laut Anklage "
                + "erbeuteten die Abholer insgesamt 214.000 Euro.", "de").quote("erbeuteten die Abholer insgesamt 214.000 Euro");
        assertThat(report.speaker()).isEqualTo("Staatsanwaltschaft Darmstadt");
    }
}
