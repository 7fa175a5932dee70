package dev.margin.suggest;

import dev.margin.domain.SpeakerResolution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, eighteenth session, from the subheads of forty held-out articles (41 to 75): a paragraph that is a quotation
 * alone, with nothing to end it as a sentence, is the editor's subhead; nobody speaks it there, and the speaker of the
 * paragraph before does not carry on into it. A quote alone that ends as a sentence still does.
 */
class QuotedSubheadCopyTest {
    @Test
    void aQuotedSubheadHasNoSpeaker() {
        Suggestions s = Suggestions.ofLanguage("Bauernprotest\nMehrere hundert Landwirte zogen am Montag vor das Landwirtschaftsministerium. "
                + "„Die Preise decken die Kosten nicht mehr“, sagte Georg Stadlbauer, Kreisobmann des Bauernverbands.\n„Wir sind keine Bittsteller“\n"
                + "Die Ministerin empfing eine Abordnung der Landwirte am Nachmittag.", "de");
        assertThat(s.quote("Wir sind keine Bittsteller").speaker()).isNull();
        assertThat(s.quote("Wir sind keine Bittsteller").resolution()).isEqualTo(SpeakerResolution.UNATTRIBUTED);
    }

    @Test
    void aQuoteAloneThatEndsAsASentenceStillCarriesTheSpeakerOn() {
        Suggestions s = Suggestions.ofLanguage("Stormont row\nThe health minister, Alan McQuiston, said the budget was “held hostage”. “We cannot "
                + "plan a single ward on promises,” he said.\n“We are not pawns in anybody’s game.”\nThe Executive meets again on Thursday.", "en");
        assertThat(s.quote("We are not pawns in anybody’s game.").speaker()).isEqualTo("Alan McQuiston");
    }
}
