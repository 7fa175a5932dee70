package dev.margin.suggest;

import dev.margin.domain.ActorType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the eleventh held-out set (an ice-hockey report, quarterly figures): a quote after a sentence about
 * one person, nationality nouns before names and as speakers, and ordinals before "Minute" or "Quartal".
 */
class GermanReportTest {
    @Test
    void aQuoteAfterASentenceAboutOnePersonIsThatPersons() {
        Suggestions s = Suggestions.ofLanguage("Bielefeld gleicht aus\nAltmühltals Trainer Bernd Hackl war bedient. "
                + "Auf der Pressekonferenz legte Hackl nach. „Wir haben jetzt zum zweiten Mal erlebt, dass es gegen uns läuft.“", "de");
        assertThat(s.quote("Wir haben jetzt zum zweiten Mal erlebt, dass es gegen uns läuft.").speaker()).isEqualTo("Bernd Hackl");
        Suggestions two = Suggestions.ofLanguage("Bielefeld gleicht aus\nBernd Hackl lobte Mikael Sandström. „Wir haben Glück gehabt.“", "de");
        assertThat(two.quote("Wir haben Glück gehabt.").speaker()).isNull();
    }

    @Test
    void aParagraphOfQuoteAfterAnAgeEpithetIsThePersonTheEpithetMeans() {
        Suggestions s = Suggestions.ofLanguage("Bielefeld gleicht aus\nDas Tor erzielte Mikael Sandström.\n"
                + "Nach der Partie stand der 26-Jährige mit einem Eisbeutel im Kabinengang.\n„Ich habe den Torhüter nicht berührt.“", "de");
        assertThat(s.quote("Ich habe den Torhüter nicht berührt.").speaker()).isEqualTo("Mikael Sandström");
    }

    @Test
    void aNationalityBeforeANameIsARoleAndTheNationalityLaterSpeaksForThatPerson() {
        Suggestions s = Suggestions.ofLanguage("Bielefeld gewinnt\nDas Tor erzielte der Schwede Mikael Sandström. Der Finne Eero "
                + "Lahtinen traf den Pfosten. „Ich habe den Torhüter nicht berührt“, sagte der Schwede.\n"
                + "Gäste-Torwart war der Niederländer Ruben van der Kolk. Der Niederländer sagte, er sei am Helm getroffen worden.", "de");
        assertThat(s.actorNames()).containsExactlyInAnyOrder("Mikael Sandström", "Eero Lahtinen", "Ruben van der Kolk");
        assertThat(s.actors()).allSatisfy(a -> assertThat(a.actorType()).isEqualTo(ActorType.PERSON));
        assertThat(s.quote("Ich habe den Torhüter nicht berührt").speaker()).isEqualTo("Mikael Sandström");
        assertThat(s.quote("er sei am Helm getroffen worden").speaker()).isEqualTo("Ruben van der Kolk");
    }

    @Test
    void anOrdinalBeforeMinuteOrQuarterEndsNoSentence() {
        Suggestions s = Suggestions.ofLanguage("Bielefeld gewinnt\nSandström traf in der 12. Minute zum 1:0. "
                + "Im 3. Quartal sank der Umsatz um 8,4 Prozent auf 1,12 Milliarden Euro.", "de");
        assertThat(s.claims()).extracting(Suggestion::exact)
                .contains("Im 3. Quartal sank der Umsatz um 8,4 Prozent auf 1,12 Milliarden Euro")
                .noneMatch(claim -> claim.endsWith(" 12") || claim.endsWith(" 3"));
    }

    @Test
    void aKindOfCompanyBeforeANameMakesItACompanyNotAPerson() {
        Suggestions s = Suggestions.ofLanguage("Wendler senkt Prognose\nDer Autozulieferer Wendler Präzisionstechnik ist im dritten "
                + "Quartal tiefer in die roten Zahlen gerutscht.", "de");
        assertThat(s.actors()).extracting(Suggestion::actor).contains("Wendler Präzisionstechnik");
        assertThat(s.actors()).allSatisfy(a -> assertThat(a.actorType()).isEqualTo(ActorType.ORGANISATION));
    }

    @Test
    void councilsPartiesAndClubsAreNoPersons() {
        Suggestions s = Suggestions.ofLanguage("Offenburg streitet\nDer Offenburger Gemeinderat stimmte mit den Freien Wählern für das "
                + "Projekt. Die Ravensberg Hornets gewannen. Wie die Hornets am Montag mitteilten, fällt Ebbinghaus für den Rest "
                + "der Serie aus.", "de");
        assertThat(s.actors()).filteredOn(a -> a.actorType() == ActorType.PERSON).extracting(Suggestion::actor)
                .doesNotContain("Offenburger Gemeinderat", "Freien Wählern", "Ravensberg Hornets", "Hornets");
        assertThat(s.actorNames()).contains("Freie Wähler", "Ravensberg Hornets");
        assertThat(s.quote("fällt Ebbinghaus für den Rest der Serie aus").speaker()).isEqualTo("Ravensberg Hornets");
    }

    @Test
    void anInfinitiveClauseAfterKuendigteAnOrWarfVorIsWhatWasReportedAndTheSubjunctiveGoesOnWithItsSpeaker() {
        Suggestions s = Suggestions.ofLanguage("Offenburg streitet\nEin Sprecher der Stadt sagte, ein Bürgerbegehren hätte keine "
                + "aufschiebende Wirkung.\nOberbürgermeisterin Claudia Wehrstein kündigte an, sich noch vor Weihnachten mit der "
                + "Initiative zu treffen. Sie wolle zuhören und nicht nur überzeugen. Gundermann warf dem Vorstand vor, den "
                + "Zukunftsvertrag zu brechen. Die Stadt plant, im Frühjahr anzufangen.", "de");
        assertThat(s.quote("sich noch vor Weihnachten mit der Initiative zu treffen").speaker()).isEqualTo("Claudia Wehrstein");
        assertThat(s.quote("Sie wolle zuhören und nicht nur überzeugen").speaker()).isEqualTo("Claudia Wehrstein");
        assertThat(s.quote("den Zukunftsvertrag zu brechen").speaker()).isEqualTo("Gundermann");
        assertThat(s.quoteTexts()).doesNotContain("im Frühjahr anzufangen");
    }

    @Test
    void anOccupationStandsForThePersonNamedBeforeAndTheListenerAfterTheSpeakerIsNotThem() {
        Suggestions s = Suggestions.ofLanguage("Insolvenz\nDer vorläufige Insolvenzverwalter Matthias Overbeck will den Betrieb fortführen. "
                + "„Das Unternehmen hat einen gesunden Kern“, sagte der Sanierungsexperte nach einer Betriebsversammlung.\n"
                + "Die Wirtschaftsministerin Dr. Carolin Wessendorf (FDP) sagte Hilfe zu. Das Land stehe bereit, einen Käufer zu "
                + "begleiten, sagte die FDP-Politikerin dem Südwestrundfunk. Die IG BCE kündigte Widerstand an.", "de");
        assertThat(s.quote("Das Unternehmen hat einen gesunden Kern").speaker()).isEqualTo("Matthias Overbeck");
        assertThat(s.quote("Das Land stehe bereit, einen Käufer zu begleiten").speaker()).isEqualTo("Carolin Wessendorf");
        assertThat(s.actorNames()).contains("IG BCE").doesNotContain("European Central Bank");
    }

    @Test
    void aSurnameWithParticlesSpeaksAfterTheVerbAndASubjunctiveMayOpenTheNextSentence() {
        Suggestions s = Suggestions.ofLanguage("Wolf\nDie Wildbiologin Prof. Dr. Anouk van der Meulen von der Tierärztlichen Hochschule "
                + "Hannover hält beide Seiten für teilweise im Recht. Wölfe lernten schnell, sagte van der Meulen. Habe ein Tier einmal "
                + "erfahren, dass ein Zaun zu überwinden sei, gebe es dieses Verhalten an seine Welpen weiter.", "de");
        assertThat(s.actorNames()).contains("Anouk van der Meulen", "Tierärztlichen Hochschule Hannover");
        assertThat(s.quote("Wölfe lernten schnell").speaker()).isEqualTo("Anouk van der Meulen");
        assertThat(s.quote("Habe ein Tier einmal erfahren, dass ein Zaun zu überwinden sei, gebe es dieses Verhalten an seine "
                + "Welpen weiter").speaker()).isEqualTo("Anouk van der Meulen");
    }

    @Test
    void aBodyNamedByItsNounAloneIsTheBodyNamedBeforeOrTheNounInItsOwnForm() {
        Suggestions s = Suggestions.ofLanguage("Wolf\nDer Abschuss im Landkreis Cuxhaven war genehmigt. Nach Angaben des Landkreises hat "
                + "das Tier seit August 37 Schafe getötet. Nach Angaben der Polizei blieb es ruhig.", "de");
        assertThat(s.quote("blieb es ruhig").speaker()).isEqualTo("Polizei");
        assertThat(s.quote("hat das Tier seit August 37 Schafe getötet").speaker()).isEqualTo("Landkreis Cuxhaven");
    }

    @Test
    void separableVerbsOfSayingReportAndAnObjectAfterTheVerbOpensNoClause() {
        Suggestions s = Suggestions.ofLanguage("Theater\nKulturdezernent Dr. Andreas Quernheim verteidigte die Pläne. Die Stadt müsse "
                + "sparen, stellte Quernheim klar. Der Minister stellte sich hinter die Pläne, forderte aber einen verlässlichen "
                + "Ersatzverkehr.", "de");
        assertThat(s.quote("Die Stadt müsse sparen").speaker()).isEqualTo("Andreas Quernheim");
        assertThat(s.quoteTexts()).noneMatch(q -> q.startsWith("sich hinter die Pläne"));
    }

    @Test
    void aWomansOccupationOrAWordOfKinStandsForThePersonJustNamed() {
        Suggestions s = Suggestions.ofLanguage("Rückruf\nSabine Dorfner von der Verbraucherzentrale Bayern kritisierte den Hersteller. "
                + "Rückrufe müssten auch an der Kasse angezeigt werden, sagte die Verbraucherschützerin.\nJasmin Okafor, 31, hatte den "
                + "Brei gekauft. Der Kinderarzt habe ihr geraten, den Jungen zu beobachten, sagte die Mutter.", "de");
        assertThat(s.quote("Rückrufe müssten auch an der Kasse angezeigt werden").speaker()).isEqualTo("Sabine Dorfner");
        assertThat(s.quote("Der Kinderarzt habe ihr geraten, den Jungen zu beobachten").speaker()).isEqualTo("Jasmin Okafor");
        Suggestions far = Suggestions.ofLanguage("Rückruf\nSabine Dorfner kritisierte den Hersteller.\n" + "Der Brei wurde verkauft. ".repeat(40)
                + "\nDer Kinderarzt habe geraten, das Kind zu beobachten, sagte die Mutter.", "de");
        assertThat(far.quotes()).noneMatch(q -> "Sabine Dorfner".equals(q.speaker()));
    }

    @Test
    void reportedSpeechRunsOnPastALongSubjectOrANameOfTwoWordsButNotAfterDass() {
        Suggestions s = Suggestions.ofLanguage("Stellenabbau\n„Wer die Aktionäre bedient, braucht uns nichts zu erzählen“, sagte Uwe "
                + "Sandkühler in Stuttgart. Die IG Metall schließe Warnstreiks nicht aus.\n„Wir haben uns das nicht leicht gemacht“, "
                + "sagte Vorstandschef Frank Oberdorfer. Die Nachfrage nach Komponenten für Verbrennungsmotoren, mit denen Trautwein "
                + "viel Umsatz macht, breche schneller ein als erwartet.\nRichter Pötter hielt dem Angeklagten zugute, dass er nicht "
                + "vorbestraft sei.", "de");
        assertThat(s.quote("Die IG Metall schließe Warnstreiks nicht aus").speaker()).isEqualTo("Uwe Sandkühler");
        assertThat(s.quote("Die Nachfrage nach Komponenten für Verbrennungsmotoren, mit denen Trautwein viel Umsatz macht, breche "
                + "schneller ein als erwartet").speaker()).isEqualTo("Frank Oberdorfer");
        assertThat(s.quoteTexts()).noneMatch(q -> q.contains("vorbestraft"));
    }

    @Test
    void aReportAfterAColonAndASchoolHeadByHisCompoundRole() {
        Suggestions s = Suggestions.ofLanguage("Theater\nIntendantin Judith Ahlmann-Brix ist empört. Was das bedeuten würde, rechnete die "
                + "56-Jährige im Foyer vor: Bei einer Kürzung in dieser Höhe müsse das Theater zwei Produktionen streichen.\nGelassener "
                + "sieht es Markus Feldhoff, Leiter des Lindenhof-Gymnasiums. „Ich kann eine Klasse mehr versorgen“, rechnet der "
                + "Schulleiter vor.", "de");
        assertThat(s.quote("Bei einer Kürzung in dieser Höhe müsse das Theater zwei Produktionen streichen").speaker())
                .isEqualTo("Judith Ahlmann-Brix");
        assertThat(s.quoteTexts()).doesNotContain("Was das bedeuten würde");
        assertThat(s.quote("Ich kann eine Klasse mehr versorgen").speaker()).isEqualTo("Markus Feldhoff");
    }
}
