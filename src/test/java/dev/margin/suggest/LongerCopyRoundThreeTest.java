package dev.margin.suggest;

import dev.margin.domain.ActorType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, twentieth session, from held-out sets 107 to 109 (read after their blind run): "der Sauerländer", "die
 * Sächsin" stand for the person named last, as "der Dortmunder" does; a thing's noun before a name ("der Plattform Rote
 * Basis", "im Stimmbezirk Dicker Busch") is no one's role; a Polish given name makes a name; a bare quote goes on with the pronoun subject of
 * the sentence before ("Einen Rücktritt lehnt sie ab. „…“"); and a colon's clause may put its verb before its subject
 * after a comma ("Später, vor den Kameras, legte sie nach: »…«"). (A company's legal form
 * before its name, "die Beratungsgesellschaft Falkenried & Partner", is its kind, as "Unternehmensberatung" was.)
 */
class LongerCopyRoundThreeTest {
    @Test
    void aRegionsPersonStandsForThePersonNamedLast() {
        Suggestions s = Suggestions.ofLanguage("Haushalt beschlossen\nAuch Bernd Kallweit, Landtagsabgeordneter aus Arnsberg, stimmte zu. „Wer jetzt "
                + "noch über Steuererhöhungen redet, hat die Nacht verschlafen“, sagte der Sauerländer.", "de");
        assertThat(s.quote("Wer jetzt noch über Steuererhöhungen redet, hat die Nacht verschlafen").speaker()).isEqualTo("Bernd Kallweit");
    }

    @Test
    void aThingsNounBeforeANameIsNoRole() {
        Suggestions s = Suggestions.ofLanguage("Linke wählt Spitze\nBernhagen, 43 Jahre alt, ist Sprecherin der Plattform Rote Basis. „Wir bleiben "
                + "unbequem“, sagte sie.\nAm niedrigsten war die Beteiligung im Stimmbezirk Dicker Busch, sagte Ochsenreiter.", "de");
        assertThat(s.actors()).noneMatch(a -> a.actorType() == ActorType.PERSON && (a.actor().contains("Basis") || a.actor().contains("Busch")));
    }

    @Test
    void aPolishGivenNameMakesAName() {
        Suggestions s = Suggestions.ofLanguage("Hochofen schließt\nDariusz Kowalczyk steht seit 27 Jahren am Hochofen.\n„Die Leute haben Angst um "
                + "ihre Häuser“, sagt der 52-Jährige.", "de");
        assertThat(s.quote("Die Leute haben Angst um ihre Häuser").speaker()).isEqualTo("Dariusz Kowalczyk");
    }

    @Test
    void aBareQuoteGoesOnWithTheSubjectPronounOfTheSentenceBefore() {
        Suggestions s = Suggestions.ofLanguage("Präsidentin unter Druck\n„Wir haben zu spät reagiert, und das bedauere ich“, sagt Annegret "
                + "Solms-Hövel. Die 61-Jährige sitzt in ihrem Büro. Einen Rücktritt lehnt sie ab. „Ich gehe nicht, wenn es schwierig wird.“", "de");
        assertThat(s.quote("Ich gehe nicht, wenn es schwierig wird.").speaker()).isEqualTo("Annegret Solms-Hövel");
    }

    @Test
    void aColonIntroductionsSubjectMayFollowItsVerbAfterAComma() {
        Suggestions s = Suggestions.ofLanguage("Aufstand\nCarola Hessenbruch, 51, sprach in der Sitzung. Später, vor den Kameras auf der "
                + "Fraktionsebene, legte sie nach: »Das ist kein Zwergenaufstand mehr.«", "de");
        assertThat(s.quote("Das ist kein Zwergenaufstand mehr.").speaker()).isEqualTo("Carola Hessenbruch");
    }
}
