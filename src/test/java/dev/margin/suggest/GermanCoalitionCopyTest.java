package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the German half of the twenty-seventh held-out set (a coalition row in magazine style, a dpa report
 * from a Landtag, a supplier's job cuts in business-page style), after its one blind run.
 */
class GermanCoalitionCopyTest {
    @Test
    void aQuestionInMarksIsTheWordsOfWhoeverAskedIt() {
        Suggestions s = Suggestions.ofLanguage("Verbot\nDie GdP begrüßte das.\n„Aber wer soll das kontrollieren?“, fragte der "
                + "GdP-Landesvorsitzende Sven Ahlborn.", "de");
        assertThat(s.quote("Aber wer soll das kontrollieren?").speaker()).isEqualTo("Sven Ahlborn");
        // asking whether reports no statement
        Suggestions whether = Suggestions.ofLanguage("Verbot\nDer Abgeordnete Jan Ohm fragte, ob das Verbot überhaupt kontrolliert werde.", "de");
        assertThat(whether.quoteTexts()).doesNotContain("ob das Verbot überhaupt kontrolliert werde");
    }

    @Test
    void aChiefIsTheChairOfTheSameBodyAlsoInACompound() {
        Suggestions s = Suggestions.ofLanguage("Werk\nDer Gesamtbetriebsratsvorsitzende Uwe Ziegenhain warf dem Vorstand Wortbruch vor. "
                + "Das Unternehmen schwieg.\nAm Mittag sprach die Chefin Eva Roth.\n„Dieses Werk hat Krisen überlebt“, rief der Betriebsratschef.", "de");
        assertThat(s.quote("Dieses Werk hat Krisen überlebt").speaker()).isEqualTo("Uwe Ziegenhain");
    }

    @Test
    void aQuoteAfterAFewWordsOfSceneAndAColonKeepsTheParagraphsSpeaker() {
        Suggestions s = Suggestions.ofLanguage("Haushalt\nEr habe „noch ein paar Zahlen“ im Gepäck, sagte Ralf Wendtland, als er das "
                + "Funkhaus verließ. Und dann, schon halb im Wagen: „Die werden nicht allen gefallen.“", "de");
        assertThat(s.quote("Die werden nicht allen gefallen.").speaker()).isEqualTo("Ralf Wendtland");
    }

    @Test
    void reportedSpeechAfterASentenceAboutOnePersonIsTheirsAndSoIsTheQuoteAfterIt() {
        Suggestions s = Suggestions.ofLanguage("Haushalt\nAm Montag legte Ralf Wendtland im Radio nach. Die Union müsse sich "
                + "entscheiden, ob sie mitregieren wolle. Dann, nach einer kurzen Pause: „Ich werde dem Kabinett keinen Haushalt vorlegen.“", "de");
        assertThat(s.quote("Ich werde dem Kabinett keinen Haushalt vorlegen.").speaker()).isEqualTo("Ralf Wendtland");
    }

    @Test
    void theSubjectOfAParticipleStandsBeforeTheAuxiliaryAndNoAdverbIsPartOfIt() {
        Suggestions s = Suggestions.ofLanguage("Haushalt\nOhne zusätzliche Einnahmen sei dieses Ziel „kaum erreichbar“, hatte "
                + "Fiskalrats-Präsident Dr. Bernhard Kollmitzer bereits im November gewarnt.\nDie Bundesnetzagentur prüft den Fall seit "
                + "Monaten. In ihrem Bericht hatte die Behörde allerdings gewarnt, dass bei mehreren Netzen die Kosten «nicht mehr im "
                + "Einklang mit den Risiken» stünden.", "de");
        assertThat(s.quote("kaum erreichbar").speaker()).isEqualTo("Bernhard Kollmitzer");
        assertThat(s.quote("nicht mehr im Einklang mit den Risiken").speaker()).isEqualTo("Bundesnetzagentur");
    }

    @Test
    void havingSomethingMadeKnownInThePerfectReportsTheSubjectBeforeTheAuxiliary() {
        Suggestions s = Suggestions.ofLanguage("Haushalt\nRalf Wendtland hatte schon vor dem Treffen wissen lassen, dass er die Lücke "
                + "nicht allein mit Kürzungen schließen will.", "de");
        assertThat(s.quote("er die Lücke nicht allein mit Kürzungen schließen will").speaker()).isEqualTo("Ralf Wendtland");
    }

    @Test
    void aSurnameWithATitlesEndingAfterAGivenNameIsNoTitle() {
        Suggestions s = Suggestions.ofLanguage("Reise\nDie Partei im Bundestag, Dr. Till Hoffmeister, lobte das Abkommen.", "de");
        assertThat(s.actorNames()).contains("Till Hoffmeister").doesNotContain("Dr. Till Hoffmeister");
    }

    @Test
    void wordsHadTranslatedAreTheSpeakersAndFiguresAreTheBodysWhoseTheyAre() {
        Suggestions s = Suggestions.ofLanguage("Reise\nDer kasachische Außenminister Jerlan Sadykow empfing die Ministerin.\n"
                + "Sadykow hört zu, dann antwortet er ausführlich. „Wir sind ein souveräner Staat“, lässt er übersetzen, „aber wir sind "
                + "nicht Mitglied der Europäischen Union.“\nLaut den Daten der Deutschen Fußball Liga (DFL) legte er 1,9 Kilometer zurück.", "de");
        assertThat(s.quote("aber wir sind nicht Mitglied der Europäischen Union.").speaker()).isEqualTo("Jerlan Sadykow");
        assertThat(s.quote("legte er 1,9 Kilometer zurück").speaker()).isEqualTo("Deutschen Fußball Liga");
    }

    @Test
    void aPronounRightAfterAnUnnamedSourcesWordsIsThatSourceStill() {
        Suggestions s = Suggestions.ofLanguage("Reise\nDer kasachische Außenminister Jerlan Sadykow empfing die Ministerin.\n"
                + "Ein Diplomat, der nicht namentlich genannt werden wollte, sagte, die kasachische Seite sei „erstaunlich gut "
                + "vorbereitet“ gewesen. „Die wussten, was kommt“, sagte er.", "de");
        assertThat(s.quote("Die wussten, was kommt").speaker()).isNotEqualTo("Jerlan Sadykow");
        assertThat(s.quote("Die wussten, was kommt").resolution()).isEqualTo(dev.margin.domain.SpeakerResolution.ANONYMOUS);
    }

    @Test
    void reportageInThePresentTenseAndNamesOfEveryOriginAreRead() {
        Suggestions s = Suggestions.ofLanguage("Blockade\nEin paar Häuser weiter sieht Sevgi Öztürk das anders. „Ich würde mich nicht auf "
                + "die Straße kleben“, sagt sie.\nDie Ökonomin Ulrike Brackmann sprach zuerst. Dann redete ein Minister.\nDie Ökonomin "
                + "fordert einen radikalen Kurswechsel: „Die Bundesregierung muss die Stromsteuer senken.“\nDie Vorsitzende, Bremens "
                + "Mobilitätssenatorin Ilka Dethlefsen (Grüne), hatte gewarnt, der Preis sei nicht zu halten.", "de");
        assertThat(s.quote("Ich würde mich nicht auf die Straße kleben").speaker()).isEqualTo("Sevgi Öztürk");
        assertThat(s.quote("Die Bundesregierung muss die Stromsteuer senken.").speaker()).isEqualTo("Ulrike Brackmann");
        assertThat(s.actorNames()).contains("Ilka Dethlefsen").doesNotContain("Mobilitätssenatorin Ilka Dethlefsen");
    }

    @Test
    void aStrongVerbsKonjunktivTwoCarriesReportedSpeechOnAndAColonIntroNamesItsSpeaker() {
        Suggestions s = Suggestions.ofLanguage("Ticket\nBremens Mobilitätssenatorin Ilka Dethlefsen hatte gewarnt, der Preis sei nicht zu "
                + "halten. „Dann reden wir über ein Ticket, das sich viele nicht leisten können“, sagte sie. Die Länder trügen bereits "
                + "die Hälfte der Kosten und hätten ihre Zusagen „auf Punkt und Komma“ eingehalten.\nDie stellvertretende "
                + "Regierungssprecherin Miriam Osterkamp widersprach. Es gebe keinen Streit, sagte sie.\nAm Montag legte die Senatorin "
                + "nach: Die Verkehrsministerkonferenz werde am 2. Oktober über das Ticket beraten.", "de");
        assertThat(s.quote("auf Punkt und Komma").speaker()).isEqualTo("Ilka Dethlefsen");
        assertThat(s.quote("Am Montag legte die Senatorin nach: Die Verkehrsministerkonferenz werde am 2. Oktober über das Ticket beraten")
                .speaker()).isEqualTo("Ilka Dethlefsen");
    }

    @Test
    void anAccusedNamedOnlyLaterWithHisSurnameCutToItsInitialIsWhomTheEpithetMeans() {
        Suggestions s = Suggestions.ofLanguage("Prozess\nIm Prozess um den Messerangriff hat der Angeklagte die Stiche eingeräumt. Der "
                + "29-Jährige ließ über seinen Verteidiger Hendrik Lobeck erklären, er habe „aus Angst und nicht aus Wut“ zugestochen. "
                + "Die Staatsanwaltschaft wirft Dennis K. versuchten Totschlag vor.", "de");
        assertThat(s.quote("aus Angst und nicht aus Wut").speaker()).isEqualTo("Dennis K.");
    }
}
