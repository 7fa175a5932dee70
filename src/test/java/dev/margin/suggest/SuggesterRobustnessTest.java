package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Bad and hostile input: no exception, spans inside the text, and no runaway work on pathological text. */
class SuggesterRobustnessTest {
    private final Suggester suggester = new Suggester(Lexicon.load());

    @Test
    void emptyAndMarkOnlyTextsGiveValidSpans() {
        for (String text : List.of("", "“", "”", "‘’", "\"\"\"", "« »", "„", "'", "’s", "Mr.", "A.\nB.", "“\n“\n“")) {
            for (Suggestion s : suggester.suggest(text)) {
                assertThat(text.substring(s.start(), s.end())).isEqualTo(s.exact());
            }
        }
    }

    @Test
    void offsetsCountUtf16UnitsAroundEmoji() {
        String text = "🎉🎉 “We won 😀 the vote,” said Ama Mensah.";
        Suggestion quote = suggester.suggest(text).stream().filter(s -> s.kind() == SuggestionKind.QUOTE).findFirst().orElseThrow();
        assertThat(quote.exact()).isEqualTo("We won 😀 the vote,");
        assertThat(text.substring(quote.start(), quote.end())).isEqualTo(quote.exact());
    }

    @Test
    void pathologicalInputFinishesQuickly() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            text.append("‘ministers’ s’ “ « „ ' \" described described as as as ");
        }
        text.append('\n');
        for (int i = 0; i < 3000; i++) {
            text.append("Aaa Bbb Ccc of the Ddd and ");
        }
        text.append('\n').append("a".repeat(50_000)).append('\n').append("1,2,3,4.5.6 ".repeat(3000));
        String hostile = text.toString();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> suggester.suggest(hostile));
    }

    @Test
    void aSubjectWithInitialsAfterATitleOpeningTheSentenceBreaksNothing() {
        // (a subject phrase read back past its sentence's start, "Speaker P.R. …", once threw from the indirect-quote rules)
        String text = "Walkout\nShe called the inquiry \"an eyewash\".\nSpeaker P.R. Vijayakumar said the assembly, which was "
                + "adjourned for the day, would take up the matter on Tuesday.";
        List<Suggestion> suggestions = suggester.suggest(text);
        assertThat(suggestions).filteredOn(s -> s.kind() == SuggestionKind.QUOTE).extracting(Suggestion::exact)
                .contains("the assembly, which was adjourned for the day, would take up the matter on Tuesday");
    }

    @Test
    void nullTextIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> suggester.suggest(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("text");
    }
}
