package dev.margin.ui.review;

import dev.margin.domain.Span;
import dev.margin.domain.read.MarkedText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NoteAsPlainTextTest {
    @Test
    void emphasisCodeAndLinkAddressesGoAndTheMatchMovesWithItsWord() {
        String raw = "Check against the board's **weekly** reservoir [bulletin](https://water.example/b) and `flow_rate`.";
        int weekly = raw.indexOf("weekly");
        MarkedText note = new MarkedText(raw, List.of(new Span(weekly, weekly + "weekly".length())));

        MarkedText plain = NoteAsPlainText.of(note);

        assertThat(plain.text()).isEqualTo("Check against the board's weekly reservoir bulletin and flow_rate.");
        Span match = plain.matches().get(0);
        assertThat(plain.text().substring(match.start(), match.end())).isEqualTo("weekly");
    }

    @Test
    void headingsQuotesAndLineBreaksBecomeOneLineAndBulletsStay() {
        MarkedText plain = NoteAsPlainText.of(MarkedText.plain("## Sources\n> as _reported_ by AP\n* first\n- second"));

        assertThat(plain.text()).isEqualTo("Sources as reported by AP * first - second");
    }

    @Test
    void aMatchOnAMarkerAloneDisappearsAndOneAcrossMarkersShrinksToItsWords() {
        String raw = "see **bold** text";
        MarkedText note = new MarkedText(raw, List.of(new Span(4, 6), new Span(6, 12)));

        MarkedText plain = NoteAsPlainText.of(note);

        assertThat(plain.text()).isEqualTo("see bold text");
        assertThat(plain.matches()).containsExactly(new Span(4, 8));
    }

    @Test
    void plainNotesAreLeftAsTheyAre() {
        MarkedText note = new MarkedText("Figures from 2019 (p. 4) and 5 * 3 = 15.", List.of(new Span(13, 17)));

        assertThat(NoteAsPlainText.of(note)).isEqualTo(note);
    }
}
