package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, twentieth session, from held-out sets 110 to 112 (read after their blind run): "the Fed chief" is who was
 * named heading the Federal Reserve, not the Fed; "Die Anklage spricht von …" is the prosecutors'; an audit office and a
 * standing conference of office holders are bodies ("der Rechnungshof", "die Bundesschülerkonferenz"); a ministry's
 * civil-service rank is a title ("Ministerialdirigent"); "der Steuerberater" is the man named before; an English age noun with no one named before it
 * in its paragraph is the person the paragraph before closed on; and a German dative after the verb ("hielt dem Minister
 * entgegen") is whom it was said to, not who said it.
 */
class LongerCopyRoundFourTest {
    @Test
    void theBodysChiefIsWhoHeadsIt() {
        Suggestions s = Suggestions.ofLanguage("Fed chair testifies\nFederal Reserve Chair Evelyn Sandoval told senators on Tuesday that the "
                + "economy was strong.\n“Taxpayers deserve to know when that ends,” Mr. Harcourt said.\n“We are well along in that process,” the "
                + "Fed chief replied.", "en");
        assertThat(s.quote("We are well along in that process,").speaker()).isEqualTo("Evelyn Sandoval");
    }

    @Test
    void theIndictmentIsTheProsecutors() {
        Suggestions s = Suggestions.ofLanguage("Cum-Ex-Prozess\nVor dem Landgericht Bonn muss sich der frühere Bankvorstand Jürgen Pfaffenrath "
                + "verantworten. Die Staatsanwaltschaft Köln wirft ihm schwere Steuerhinterziehung vor.\nDie Anklage spricht von einem „Griff "
                + "in die Staatskasse“.", "de");
        assertThat(s.quote("Griff in die Staatskasse").speaker()).isEqualTo("Staatsanwaltschaft Köln");
    }

    @Test
    void anAuditOfficeAndAConferenceOfOfficeHoldersAreBodies() {
        Suggestions s = Suggestions.ofLanguage("Wehrpflicht\nDie Bundesschülerkonferenz forderte, Schülerinnen und Schüler „endlich an den Tisch "
                + "zu holen“.", "de");
        assertThat(s.quote("endlich an den Tisch zu holen").speaker()).isEqualTo("Bundesschülerkonferenz");
    }

    @Test
    void aMinistrysRankIsATitle() {
        Suggestions s = Suggestions.ofLanguage("Untersuchungsausschuss\nAls Zeuge war Ministerialdirigent Klaus Obermüller geladen. Die "
                + "Bearbeitung sei „außergewöhnlich schnell“ gewesen, sagte der Ministerialdirigent.", "de");
        assertThat(s.quote("außergewöhnlich schnell").speaker()).isEqualTo("Klaus Obermüller");
    }

    @Test
    void anAdviserByTradeIsTheManNamedBefore() {
        Suggestions s = Suggestions.ofLanguage("Machtkampf im Verein\nAufsichtsratschef Michael Kastenholz, im Hauptberuf Steuerberater in "
                + "Koblenz, wies die Vorwürfe zurück. „Wir werden uns nicht an einer Hexenjagd beteiligen“, sagte der Steuerberater.", "de");
        assertThat(s.quote("Wir werden uns nicht an einer Hexenjagd beteiligen").speaker()).isEqualTo("Michael Kastenholz");
    }

    @Test
    void anAgeOpeningAParagraphIsWhomThePreviousOneClosedOn() {
        Suggestions s = Suggestions.ofLanguage("Court strikes map\nChief Justice Lorna Vickery wrote for the majority.\nVickery was joined by three "
                + "colleagues. Justice Annette Falkner, the court’s longest-serving member, wrote the main dissent.\nThe state constitution “says "
                + "not one word about partisan fairness,” the 61-year-old wrote.", "en");
        assertThat(s.quote("says not one word about partisan fairness,").speaker()).isEqualTo("Annette Falkner");
    }

    @Test
    void whomItWasSaidToAfterTheVerbIsNotWhoSaidIt() {
        Suggestions s = Suggestions.ofLanguage("Rentenpaket\nArbeitsminister Torsten Behrendsen (SPD) verteidigte die Reform.\nDer "
                + "stellvertretende Vorsitzende der Unionsfraktion, Carsten Ohlendorf (CDU), hielt dem Minister entgegen, das Paket sei in "
                + "seiner jetzigen Form „ein Geschenk auf Pump“, das die Jüngeren bezahlen müssten.", "de");
        assertThat(s.quote("ein Geschenk auf Pump").speaker()).isEqualTo("Carsten Ohlendorf");
    }
}
