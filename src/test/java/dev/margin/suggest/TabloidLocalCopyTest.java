package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, seventeenth session, from the seventieth held-out set (a tabloid neighbours' feud), read after its blind run:
 * local and tabloid copy names a person once and then by what they do or did in life ("der Rentner", "der
 * Frührentner"); but a word that an indefinite article gave someone unnamed earlier ("Eine 71-jährige Rentnerin …, die
 * ihren Namen nicht in der Zeitung lesen möchte") stays that unnamed person. An age the nearest woman was not given ("die 58-Jährige" after "Die 51-Jährige") is
 * another woman of the paragraph whom no other age was given.
 */
class TabloidLocalCopyTest {
    @Test
    void aPensionerNamedBeforeIsWhomTheWordForHisLifeStandsFor() {
        Suggestions s = Suggestions.ofLanguage("Heckenstreit\nSeit 1998 wohnt Horst W. (71) in dem Klinkerhaus. Seit 2017 wohnt nebenan "
                + "Uwe K. (63).\nLaut Horst W. steht die Hecke zu dicht am Zaun. „Meine Tomaten werden nicht mehr rot!“, schimpft der Rentner.\n"
                + "Uwe K. sieht das ganz anders. „Der soll sich mal nicht so anstellen!“, sagt der Frührentner.", "de");
        assertThat(s.quote("Meine Tomaten werden nicht mehr rot!").speaker()).isEqualTo("Horst W.");
        assertThat(s.quote("Der soll sich mal nicht so anstellen!").speaker()).isEqualTo("Uwe K.");
    }

    @Test
    void aWordAnIndefiniteArticleGaveSomeoneUnnamedStaysUnnamed() {
        Suggestions s = Suggestions.ofLanguage("Betrug\nEine 71-jährige Rentnerin aus Herford, die ihren Namen nicht in der Zeitung lesen "
                + "möchte, hat 86.000 Euro verloren.\nDie Verbraucherzentrale warnte erneut. „Sollten alle Alarmglocken schrillen“, sagte "
                + "Finanzexpertin Annika Brüggemann.\nSie hoffe, dass wenigstens ein Teil ihres Geldes zurückkomme, sagt die Rentnerin.", "de");
        assertThat(s.quote("Sie hoffe, dass wenigstens ein Teil ihres Geldes zurückkomme").speaker()).isNotEqualTo("Annika Brüggemann");
    }

    @Test
    void anAgeTheNearestWomanWasNotGivenIsTheParagraphsOtherWoman() {
        Suggestions s = Suggestions.ofLanguage("Neue Bahnchefin\nKatharina Lennartz-Bode übernimmt. Die 51-Jährige war bislang "
                + "Infrastrukturvorständin.\nDie Vorsitzende Sabine Thielemann sagte, mit Lennartz-Bode komme „jemand aus dem Haus“. "
                + "Zugleich warnte die 58-Jährige vor weiteren Umbauten: „Noch eine Reform der Reform, und die Leute steigen aus.“", "de");
        assertThat(s.quote("Noch eine Reform der Reform, und die Leute steigen aus.").speaker()).isEqualTo("Sabine Thielemann");
    }
}
