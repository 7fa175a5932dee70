package dev.margin.suggest;

import dev.margin.domain.QuoteType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Direct quotes: every kind of mark, split and multi-paragraph quotes, scare quotes, titles, apostrophes. */
class DirectQuoteTest {
    @Test
    void curlyDoubleQuotesWithAttributionAfter() {
        Suggestions s = Suggestions.of("“We will not pay for their mistakes,” Adaeze Okafor told reporters in Abuja.");
        Suggestion quote = s.quote("We will not pay for their mistakes,");
        assertThat(quote.quoteType()).isEqualTo(QuoteType.DIRECT);
        assertThat(quote.speaker()).isEqualTo("Adaeze Okafor");
        assertThat(quote.cue()).isEqualTo("told");
        assertThat(quote.start()).isEqualTo(1);
    }

    @Test
    void straightDoubleQuotesAreFoundToo() {
        Suggestions s = Suggestions.of("\"The budget is a fantasy,\" said Samuel Eze, the opposition leader.");
        assertThat(s.quote("The budget is a fantasy,").speaker()).isEqualTo("Samuel Eze");
    }

    @Test
    void frenchGuillemetsWithInnerNoBreakSpaces() {
        Suggestions s = Suggestions.of("«\u00a0Nous ne céderons pas\u00a0», a déclaré le ministre. Fatou Sarr said: « The stock will collapse. »");
        assertThat(s.quoteTexts()).contains("Nous ne céderons pas", "The stock will collapse.");
        assertThat(s.quote("The stock will collapse.").speaker()).isEqualTo("Fatou Sarr");
    }

    @Test
    void germanLowAndHighMarks() {
        Suggestions s = Suggestions.of("„Die Produktivität wird steigen“, sagte Katrin Vogel. Labour Minister Katrin Vogel said: „It will rise.“");
        assertThat(s.quoteTexts()).contains("Die Produktivität wird steigen", "It will rise.");
    }

    @Test
    void ukSingleQuotesLeaveApostrophesAlone() {
        String text = "Hale blames developers. ‘They don’t see Nigeria’s farms or the ’90s boom,’ he said. ‘The ministers’ plan won’t help.’";
        Suggestions s = Suggestions.of(text);
        assertThat(s.quoteTexts()).containsExactly("They don’t see Nigeria’s farms or the ’90s boom,", "The ministers’ plan won’t help.");
    }

    @Test
    void splitQuoteIsTwoLinkedPartsWithOneSpeaker() {
        Suggestions s = Suggestions.of("“If the government goes ahead,” said Musa Bello, the union’s secretary-general, “we will shut down the country.”");
        Suggestion first = s.quote("If the government goes ahead,");
        Suggestion second = s.quote("we will shut down the country.");
        assertThat(second.partOf()).isEqualTo(first.id());
        assertThat(second.speaker()).isEqualTo("Musa Bello");
        assertThat(second.quoteType()).isEqualTo(QuoteType.DIRECT);
        assertThat(first.partOf()).isNull();
    }

    @Test
    void multiParagraphQuoteIsOneSpanUntilTheLastClosingMark() {
        String text = "“I have seen worse days,” Ayla Demir said. “In March we were further apart.\n“Nobody here wants ships to sit empty.”\nTalks resume on Monday.";
        Suggestions s = Suggestions.of(text);
        Suggestion quote = s.quote("In March we were further apart.\n“Nobody here wants ships to sit empty.");
        assertThat(quote.speaker()).isEqualTo("Ayla Demir");
    }

    @Test
    void partialQuoteOfAFewWordsKeepsItsSpeaker() {
        Suggestions s = Suggestions.of("Opposition leader Samuel Eze described the budget as “a fantasy written in red ink”.");
        Suggestion quote = s.quote("a fantasy written in red ink");
        assertThat(quote.quoteType()).isEqualTo(QuoteType.PARTIAL);
        assertThat(quote.speaker()).isEqualTo("Samuel Eze");
    }

    @Test
    void titlesAndScareQuotesAreNotQuotes() {
        String text = "The film “Black Gold Nights” opened on Friday. Troops began “Operation Clean Sweep” in May. "
                + "The so-called “reform” left farmers poorer. Her book, “The Patient City”, sold well.";
        assertThat(Suggestions.of(text).quotes()).isEmpty();
    }

    @Test
    void americanTitlesAndScareQuotesKeepTheirCommaOrFullStopInsideTheMarks() {
        String text = "The bill, known as the \"Clean Seas Act,\" passed on Tuesday. Lawmakers have dubbed the tankers \"ghost ships.\" "
                + "Ship trackers refer to them as \"zombies.\" In his book, \"The Tanker Wars,\" retired Adm. Frank Oduya argued that "
                + "the fleet was out of control. His office released a summary titled \"Closing the Loopholes.\"\n"
                + "The report concluded: \"The system failed.\" Oduya said the vote sent \"a clear message.\"\n\"Never.\"";
        Suggestions s = Suggestions.of(text);
        assertThat(s.quotes()).extracting(Suggestion::exact)
                .containsExactlyInAnyOrder("The system failed.", "the vote sent \"a clear message.\"", "a clear message.", "Never.",
                        "the fleet was out of control");
        assertThat(s.actorNames()).containsExactly("Frank Oduya");
    }

    @Test
    void aParagraphOfQuoteAloneContinuesThePreviousSpeaker() {
        String text = "“We cannot keep borrowing,” Finance Minister Ngozi Adeyemi said.\n“The money is gone.”";
        assertThat(Suggestions.of(text).quote("The money is gone.").speaker()).isEqualTo("Ngozi Adeyemi");
    }

    @Test
    void interviewAnswersAfterASpeakerLabelAreQuotes() {
        String text = "Lena Marsh plans cities.\nQ: Why do plans fail?\nMarsh: Because they are drawn by people who drive.";
        Suggestions s = Suggestions.of(text);
        assertThat(s.quote("Because they are drawn by people who drive.").speaker()).isEqualTo("Lena Marsh");
        assertThat(s.quoteTexts()).doesNotContain("Why do plans fail?");
    }
}
