package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the thirtieth held-out set (Munich city politics, Austrian politics, the Swiss economy; an AP court
 * story), after its one blind run: abbreviations of Austrian and Swiss copy and of AP style, and German subjects.
 */
class AlpineAndCourtCopyTest {
    @Test
    void anAustrianMayorsAbbreviationIsATitleNotAPerson() {
        Suggestions s = Suggestions.ofLanguage("Gemeinden\nDie Gemeinden hätten rund 2.400 neue Gruppen geschaffen, sagte "
                + "Gemeindebund-Präsident Bgm. Johann Leitgeb der APA.", "de");
        assertThat(s.quote("Die Gemeinden hätten rund 2.400 neue Gruppen geschaffen").speaker()).isEqualTo("Johann Leitgeb");
        assertThat(s.actorNames()).doesNotContain("Bgm", "Bgm. Johann Leitgeb");
    }

    @Test
    void francsAndArticlesBeforeANumberEndNoSentence() {
        Suggestions s = Suggestions.ofLanguage("Schokolade\nDer Hersteller hat den Preis der Tafel per 1. Oktober von Fr. 1.95 auf "
                + "Fr. 2.10 erhöht, auch wegen der Kakaopreise. Der Stadtrat habe die Empfehlung, wie es Art. 18 der Gemeindeordnung "
                + "verlange, binnen drei Monaten behandelt, sagte Florian Reischl.", "de");
        assertThat(s.claims()).extracting(Suggestion::exact)
                .contains("Der Hersteller hat den Preis der Tafel per 1. Oktober von Fr. 1.95 auf Fr. 2.10 erhöht, auch wegen der Kakaopreise");
        assertThat(s.quote("Der Stadtrat habe die Empfehlung, wie es Art. 18 der Gemeindeordnung verlange, binnen drei Monaten behandelt")
                .speaker()).isEqualTo("Florian Reischl");
    }

    @Test
    void anAbstractNounAfterANationalityInAHeadlineIsNobody() {
        Suggestions s = Suggestions.ofLanguage("Der starke Franken bremst die Schweizer Konjunktur\nDie Exporte sänken, sagte Reto Gubler.", "de");
        assertThat(s.actorNames()).containsExactly("Reto Gubler");
    }

    @Test
    void aNamedPersonsGenitiveOpensNoName() {
        Suggestions s = Suggestions.ofLanguage("Kindergarten\nFamilienministerin Sabine Haidinger legte den Entwurf vor.\n"
                + "Haidingers Entwurf sieht vor, dass ab 2028 jedes Kind einen Platz hat.", "de");
        assertThat(s.actorNames()).containsExactly("Sabine Haidinger");
    }

    @Test
    void aNameRightAfterAClosingVerbOfSayingIsItsSubjectAndSpeaksTheQuoteAfter() {
        Suggestions s = Suggestions.ofLanguage("Parken\nGrünen-Fraktionschefin Miriam Haberl sprach von einem Schritt. Dass "
                + "ausgerechnet die Grünen nun als Partei der Abzocke dastünden, ärgere sie, räumte Haberl ein. „Wir verteilen hier "
                + "keine Strafzettel.“", "de");
        assertThat(s.quote("Wir verteilen hier keine Strafzettel.").speaker()).isEqualTo("Miriam Haberl");
    }

    @Test
    void aBodyInTheDativeBeforeTheClosingVerbIsNotItsSubject() {
        Suggestions s = Suggestions.ofLanguage("Parken\n„Das ist eine Strafsteuer“, sagte CSU-Fraktionschef Markus Pröbstl.\n"
                + "Man führe bereits Gespräche mit Handwerkern, Sozialverbänden und dem Mieterverein, sagte Pröbstl.", "de");
        assertThat(s.quote("Man führe bereits Gespräche mit Handwerkern, Sozialverbänden und dem Mieterverein").speaker())
                .isEqualTo("Markus Pröbstl");
    }

    @Test
    void apStyleRanksAreTitlesNotPartsOfTheName() {
        Suggestions s = Suggestions.of("Sentence\nLt. Paul Szymanski, who led the investigation, said in a statement the "
                + "sentence was fair. Det. Ana Ruiz said the case was closed.");
        assertThat(s.actorNames()).contains("Paul Szymanski", "Ana Ruiz").doesNotContain("Lt. Paul Szymanski", "Det. Ana Ruiz");
        assertThat(s.quote("the case was closed").speaker()).isEqualTo("Ana Ruiz");
    }

    @Test
    void aCountyHeadsOfficeAfterVonIsAPlaceNotANobleName() {
        Suggestions s = Suggestions.ofLanguage("Kreise\n„Wir sind am Ende“, sagte Matthias Grohmann (CDU), im Hauptamt Landrat von Mittelsachsen. "
                + "Grohmann ist seit 2015 Landrat in Mittelsachsen.", "de");
        assertThat(s.actorNames()).containsExactlyInAnyOrder("Matthias Grohmann", "CDU");
    }

    @Test
    void aWitnessWithARomanianGivenNameAndAnInitialIsAPerson() {
        Suggestions s = Suggestions.ofLanguage("Prozess\nAm Nachmittag wird Bogdan P. an den Zeugentisch gerufen. Er sei an jenem Morgen oben "
                + "gewesen, erzählt er. Bei Herrn W. sei das eben so gewesen.", "de");
        assertThat(s.quote("Er sei an jenem Morgen oben gewesen").speaker()).isEqualTo("Bogdan P.");
    }
}
