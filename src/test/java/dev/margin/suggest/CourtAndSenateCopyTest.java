package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the forty-fifth held-out set (a state supreme court hearing, a tornado, a select committee on a water
 * company; Berlin's Senat on housing rents, an NZZ report from Washington, a Bundesliga match), read after its one blind
 * run on 9335a22.
 */
class CourtAndSenateCopyTest {
    @Test
    void someoneNamedAfterAPrepositionIsNotThePronounAfterTheVerb() {
        Suggestion partial = Suggestions.ofLanguage("Mieten\nFinanzsenatorin Claudia Behrendt-Lutz (CDU) soll auf fünf Prozent gedrängt "
                + "haben. Über die Gespräche mit Bausenatorin Marion Dettmer sagte sie, man habe „hart, aber fair“ miteinander gerungen.", "de")
                .quote("hart, aber fair");
        assertThat(partial.speaker()).isEqualTo("Claudia Behrendt-Lutz");
    }

    @Test
    void aWordDescribedAsARegulatorOrTakingWhichIsABody() {
        Suggestions s = Suggestions.of("Water\nThe report said Ofwat, the industry regulator, had been “too slow”. Ofwat, which is due "
                + "to be replaced, said it had fined the company.");
        assertThat(s.actors()).filteredOn(a -> a.actor().equals("Ofwat")).isNotEmpty()
                .allMatch(a -> a.actorType() == dev.margin.domain.ActorType.ORGANISATION);
    }

    @Test
    void aPluralSourceNounOpeningASentenceIsNoPerson() {
        Suggestions s = Suggestions.of("Water\nCampaigners said the report vindicated years of citizen testing.");
        assertThat(s.actors()).extracting(Suggestion::actor).doesNotContain("Campaigners");
        assertThat(s.quote("the report vindicated years of citizen testing").resolution())
                .isEqualTo(dev.margin.domain.SpeakerResolution.ANONYMOUS);
    }

    @Test
    void aCompanyKindInTheGenitiveNamesACompany() {
        Suggestions s = Suggestions.ofLanguage("Fabrik\nOhne die Gutschrift fehlten nach Berechnungen des Beratungsunternehmens Corwin "
                + "Analytics jährlich 400 Millionen Dollar.", "de");
        assertThat(s.actors()).filteredOn(a -> a.actor().equals("Corwin Analytics")).isNotEmpty()
                .allMatch(a -> a.actorType() == dev.margin.domain.ActorType.ORGANISATION);
    }

    @Test
    void aTitleWithAVerbAfterItHeadsNoRoleBeforeAComma() {
        Suggestions s = Suggestions.ofLanguage("Fabrik\n«Der Präsident teilt das Ziel, Amerikas Lieferketten aus der Abhängigkeit von "
                + "China zu lösen», sagte die Sprecherin.", "de");
        assertThat(s.actors()).noneMatch(a -> a.actorType() == dev.margin.domain.ActorType.PERSON);
    }
}
