package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, seventeenth session, from the fifty-second and sixty-second held-out sets (a football press conference, a storm
 * surge on the North Sea coast), read after their blind runs: a sports epithet ("der Keeper") stands for the player named
 * by the role it is another word for; a Frisian given name opens a name as any other does; a surname that is also a
 * town's name is the person named with it before, not the town; an age nobody was given stands for the role that
 * opened the sentence before; a bare quote after a sentence that names two is the one it opens with; a coach who "begins the press conference" with a
 * quote says it; a partial quote before a colon leaves the sentence's subject the speaker of the quote after it; nobody
 * speaks of themselves by name.
 */
class SportsAndCoastCopyTest {
    @Test
    void theKeeperIsTheGoalkeeperNamedBeforeNotTheLastManNamed() {
        Suggestions s = Suggestions.ofLanguage("Bayern siegt in Bremen\nTorwart Lukas Hendler hielt in der Schlussphase einen "
                + "Elfmeter. Trainer Marco Wendt lobte die Mannschaft.\n„Das war mein Abend“, sagte der Keeper.", "de");
        assertThat(s.quote("Das war mein Abend").speaker()).isEqualTo("Lukas Hendler");
    }

    @Test
    void aFrisianGivenNameAfterAnUnknownRoleMakesAPerson() {
        Suggestions s = Suggestions.ofLanguage("Sturmflut\nOberdeichgraf Hinrich Tadsen stand bis zum Morgen an der Deichlinie. "
                + "„Wir haben gegen zwei Uhr die ersten Sandsäcke verbaut“, sagte er dem NDR.", "de");
        assertThat(s.actorNames()).contains("Hinrich Tadsen");
        assertThat(s.quote("Wir haben gegen zwei Uhr die ersten Sandsäcke verbaut").speaker()).isEqualTo("Hinrich Tadsen");
    }

    @Test
    void aSurnameThatIsATownsNameIsThePersonNamedWithItBefore() {
        Suggestions s = Suggestions.ofLanguage("Sieg in Bremen\nTrainer Marco Bielefeld lobte die Mannschaft nach dem Spiel in "
                + "Bremen. „Wir haben heute als Team gewonnen“, sagte Bielefeld.", "de");
        assertThat(s.quote("Wir haben heute als Team gewonnen").speaker()).isEqualTo("Marco Bielefeld");
    }

    @Test
    void theTownAfterAPrepositionStaysATownThoughAPersonBearsItsName() {
        Suggestions s = Suggestions.ofLanguage("Sieg\nTrainer Marco Bielefeld lobte die Mannschaft. Das Spiel in Bielefeld "
                + "endete 2:0.", "de");
        assertThat(s.actorOf("Bielefeld")).isNull();
        assertThat(s.actorNames()).contains("Marco Bielefeld");
    }

    @Test
    void anAgeNobodyWasGivenStandsForTheRoleThatOpenedTheSentenceBefore() {
        Suggestions s = Suggestions.ofLanguage("Mainz verliert\nTrainer Stefan Ruhnau war unzufrieden. Innenverteidiger Silas Wenzel "
                + "sah die Szene anders. „Ich spiele den Ball“, sagte Wenzel.\nDer Coach nahm aber auch sich selbst in die Pflicht. "
                + "Er habe die Mannschaft „vielleicht zu offensiv“ eingestellt, räumte der 44-Jährige ein.", "de");
        assertThat(s.quote("vielleicht zu offensiv").speaker()).isEqualTo("Stefan Ruhnau");
    }

    @Test
    void aBareQuoteAfterASentenceNamingTwoIsThePersonItOpensWith() {
        Suggestions s = Suggestions.ofLanguage("Mainz verliert\nAugsburgs Kapitän Marius Hölzl traf per Elfmeter.\nKapitän Tim Brückner, "
                + "der den Elfmeter von Hölzl beinahe pariert hätte, wollte von Abstiegskampf noch nichts wissen. „Wir stehen da, wo "
                + "wir stehen, weil wir es verdient haben.“", "de");
        assertThat(s.quote("Wir stehen da, wo wir stehen, weil wir es verdient haben.").speaker()).isEqualTo("Tim Brückner");
    }

    @Test
    void aCoachWhoOpensThePressConferenceWithAQuoteSaysIt() {
        Suggestions s = Suggestions.ofLanguage("Freiburg siegt\nSein Trainer blieb nüchtern. „Wir haben heute nicht unser bestes Spiel "
                + "gemacht“, begann Matthias Ehrenberg die Pressekonferenz.", "de");
        assertThat(s.quote("Wir haben heute nicht unser bestes Spiel gemacht").speaker()).isEqualTo("Matthias Ehrenberg");
    }

    @Test
    void aPartialQuoteBeforeAColonLeavesTheSentencesSubjectTheSpeaker() {
        Suggestions s = Suggestions.ofLanguage("Freiburg siegt\nKapitän Lukas Hennemann und Jonas Kettler jubelten.\nHennemann selbst "
                + "sprach von einem „dreckigen Sieg“ und lobte Kettler: „Der Junge hat einen Riesenschritt gemacht.“", "de");
        assertThat(s.quote("Der Junge hat einen Riesenschritt gemacht.").speaker()).isEqualTo("Lukas Hennemann");
    }

    @Test
    void aBareQuoteThatNamesThePersonReportedBeforeIsTheReportersNotTheirs() {
        Suggestions s = Suggestions.ofLanguage("Freiburg siegt\n„Ich hab den Ball gar nicht richtig getroffen“, sagte Jonas Kettler. In der "
                + "Halbzeit habe ihm Kapitän Lukas Hennemann gesagt, er solle geduldig bleiben. „Lukas hatte recht. Wie meistens.“", "de");
        assertThat(s.quote("Lukas hatte recht. Wie meistens.").speaker()).isEqualTo("Jonas Kettler");
    }
}
