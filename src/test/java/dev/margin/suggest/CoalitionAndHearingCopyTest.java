package dev.margin.suggest;

import dev.margin.domain.SpeakerResolution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the forty-second held-out set (a Westminster resignation, a House hearing, a Reuters trade wire; a
 * coalition row, a dpa round-up of Sunday-paper interviews, an election night), read after its one blind run on 5f3d394.
 */
class CoalitionAndHearingCopyTest {
    @Test
    void aPronounNobodyAnswersToNamesNoSpeaker() {
        // accepting a suggestion whose speaker is "sie" would make an actor of the word
        Suggestion quote = Suggestions.ofLanguage("Streit\n„Wir gehen jetzt nach Hause“, sagte sie.", "de")
                .quote("Wir gehen jetzt nach Hause");
        assertThat(quote.speaker()).isNull();
        assertThat(quote.resolution()).isEqualTo(SpeakerResolution.UNATTRIBUTED);
    }

    @Test
    void aNewspaperOrProgrammeInMarksIsWhomItWasSaidTo() {
        Suggestions s = Suggestions.ofLanguage("Streit\nDie Lage sei ernst, sagte Jana Petersen der „Welt am Sonntag“. "
                + "Hendrik Althoff konterte im ZDF-„Morgenmagazin“. Die Rechnung gehe nicht auf, sagte Sabine Lorenzen dem „Tagesspiegel“.", "de");
        assertThat(s.quoteTexts()).doesNotContain("Welt am Sonntag", "Morgenmagazin", "Tagesspiegel");
        assertThat(s.quote("Die Lage sei ernst").speaker()).isEqualTo("Jana Petersen");
        assertThat(s.quote("Die Rechnung gehe nicht auf").speaker()).isEqualTo("Sabine Lorenzen");
    }

    @Test
    void aRoleAndNameAfterTheVerbSpeakOnInTheNextQuote() {
        Suggestions s = Suggestions.ofLanguage("Feiertag\nDie Rechnung ist umstritten. Sie gehe nur auf, sagte die Forscherin "
                + "Jana Petersen. „Wer mehr Arbeit will, muss bei der Kinderbetreuung ansetzen.“", "de");
        assertThat(s.quote("Wer mehr Arbeit will, muss bei der Kinderbetreuung ansetzen.").speaker()).isEqualTo("Jana Petersen");
    }
}
