package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the thirty-sixth held-out set (a Brussels report, a city council's row over a swimming pool, a study
 * story), read after its one blind run: German role nouns with several adjectives, council department heads, party
 * groups as speakers, a named spokesman in apposition, regional epithets, and a long lead-in before a colon.
 */
class CouncilAndStudyCopyTest {
    @Test
    void severalAdjectivesBeforeARoleStillSayWhatThePersonOnceWas() {
        Suggestions s = Suggestions.ofLanguage("Wasser\nEU-Kommissarin Marijke Dhondt stellte den Plan vor. Der Abgeordnete Uwe Lenz "
                + "lobte ihn. Die frühere belgische Agrarministerin betonte, niemand wolle den Bauern das Wasser abdrehen.", "de");
        assertThat(s.quote("niemand wolle den Bauern das Wasser abdrehen").speaker()).isEqualTo("Marijke Dhondt");
    }

    @Test
    void theBareRoleNounFindsTheCouncilDepartmentHeadNamedWithACompound() {
        Suggestions s = Suggestions.ofLanguage("Bad\nKulturdezernent Jörg Bellmann verteidigte die Vorlage.\n"
                + "„Wir können das Haus nicht halten“, sagte der Dezernent.", "de");
        assertThat(s.quote("Wir können das Haus nicht halten").speaker()).isEqualTo("Jörg Bellmann");
    }

    @Test
    void aPartysGroupAndTheLeftPartySpeakAsBodies() {
        Suggestions s = Suggestions.ofLanguage("Bad\nDie CDU-Fraktion warf der Verwaltung vor, die Halle verfallen zu lassen. "
                + "Die Linke sprach von einem „Ausverkauf der Stadt“.", "de");
        assertThat(s.quote("die Halle verfallen zu lassen").speaker()).isEqualTo("CDU-Fraktion");
        assertThat(s.quote("Ausverkauf der Stadt").speaker()).isEqualTo("Linke");
    }

    @Test
    void aSpokesmanNamedInAppositionIsNoAnonymousSource() {
        Suggestions s = Suggestions.ofLanguage("Streit\nIhr umweltpolitischer Sprecher, der FDP-Abgeordnete Lorenz Vogt, warf der "
                + "Behörde vor, die Zahlen „geschönt“ zu haben.", "de");
        assertThat(s.quote("die Zahlen „geschönt“ zu haben").speaker()).isEqualTo("Lorenz Vogt");
    }

    @Test
    void aRegionalEpithetStandsForThePersonNamedBefore() {
        Suggestions s = Suggestions.ofLanguage("Streit\nDer Abgeordnete Lorenz Vogt kritisierte den Entwurf. Wasser werde auch von der "
                + "Industrie verbraucht, sagte der Niederbayer, und die Behörde tue so, als gebe es sie nicht.", "de");
        assertThat(s.quote("Wasser werde auch von der Industrie verbraucht").speaker()).isEqualTo("Lorenz Vogt");
    }

    @Test
    void aLongClauseRunningIntoAColonStillIntroducesTheQuoteAfterIt() {
        Suggestions s = Suggestions.ofLanguage("Studie\nDie Zahlen passten zu anderen Messungen, sagte die Biologin Hanna Ostrowski. "
                + "Sie warnte jedoch davor, aus einer einzelnen Messreihe gleich weitreichende Schlüsse für die Landwirtschaft zu "
                + "ziehen: „Wir reden über Millimeter.“", "de");
        assertThat(s.quote("Wir reden über Millimeter.").speaker()).isEqualTo("Hanna Ostrowski");
    }

    @Test
    void wordsQuotedFromAnUnnamedCircleOfAPartyGroupStayUnnamed() {
        Suggestions s = Suggestions.ofLanguage("Gesetz\nAus der SPD-Fraktion hieß es, man werde „keinem Gesetz zustimmen, das "
                + "erneut scheitert“.", "de");
        assertThat(s.quote("keinem Gesetz zustimmen, das erneut scheitert").speaker()).isNotEqualTo("SPD-Fraktion");
    }
    @Test
    void aLawyerNamedInTheGenitiveIsTheLawyerOfAnInvertedAttributionAndOfTheQuoteAfterIt() {
        Suggestions s = Suggestions.ofLanguage("Festnahmen\nNach Angaben ihres Anwalts Karim Belhadj wurden Laptops beschlagnahmt.\n"
                + "Belhadj weist die Vorwürfe zurück. Das Netzwerk finanziere sich aus Spenden, der Rest stamme aus einem Programm "
                + "der Europäischen Union, sagte der Anwalt am Telefon. „Meine Mandanten haben Wahllokale gezählt.“", "de");
        assertThat(s.quote("Das Netzwerk finanziere sich aus Spenden, der Rest stamme aus einem Programm der Europäischen Union")
                .speaker()).isEqualTo("Karim Belhadj");
        assertThat(s.quote("Meine Mandanten haben Wahllokale gezählt.").speaker()).isEqualTo("Karim Belhadj");
    }

    @Test
    void aSpokeswomanNamedWithHerDegreeInAnAsideSpeaks() {
        Suggestions s = Suggestions.ofLanguage("Kinder\nDie Sprecherin der Plattform Elternrat OÖ, Mag. Sabine Hollerer, sagte, "
                + "für Familien sei die Debatte „ein Ping-Pong“.", "de");
        assertThat(s.quote("ein Ping-Pong").speaker()).isEqualTo("Sabine Hollerer");
    }

    @Test
    void aSwissMemberOfParliamentKeepsHerTitleOutOfHerName() {
        Suggestions s = Suggestions.ofLanguage("Bahn\nGrünen-Nationalrätin Léa Vuilleumier sagte, die Schweiz erreiche ihre "
                + "Klimaziele so nicht.", "de");
        assertThat(s.quote("die Schweiz erreiche ihre Klimaziele so nicht").speaker()).isEqualTo("Léa Vuilleumier");
    }
    @Test
    void thePersonNamedAfterTheVerbOfASentenceEndingInAColonSpeaksTheQuoteAfterIt() {
        Suggestions s = Suggestions.ofLanguage("Bahn\nMitte-Ständerätin Anna Caduff leitet die Kommission. Eine Mehrheit für die "
                + "Vorlage sieht Caduff im Ständerat derzeit nicht: «Da sitzen aus jedem Kanton zwei.»", "de");
        assertThat(s.quote("Da sitzen aus jedem Kanton zwei.").speaker()).isEqualTo("Anna Caduff");
    }

    @Test
    void reportedWordsBeforeAColonKeepTheirSpeakerForTheQuoteAfterIt() {
        Suggestions s = Suggestions.ofLanguage("Bahn\n«Der Regionalverkehr ist ein Sonderfall», sagt die Politologin Nadia Rüfenacht "
                + "von der Universität Bern. Der Bundesrat habe die Kantone unterschätzt: «Wer in Bern spart, braucht Verbündete.»", "de");
        assertThat(s.quote("Wer in Bern spart, braucht Verbündete.").speaker()).isEqualTo("Nadia Rüfenacht");
    }

    @Test
    void aPlayerWhoConfessesIsQuoted() {
        Suggestions s = Suggestions.ofLanguage("Spiel\nDer Mainzer Stürmer Jonas Vestergaard traf zweimal. Trainer Bo Henriksen "
                + "lobte ihn. „Ich habe den Ball gar nicht richtig getroffen“, gestand Vestergaard am Sky-Mikrofon.", "de");
        assertThat(s.quote("Ich habe den Ball gar nicht richtig getroffen").speaker()).isEqualTo("Jonas Vestergaard");
    }
    @Test
    void aUnionBranchHeadInAnAsideIsNoPartOfTheSubject() {
        Suggestions s = Suggestions.ofLanguage("Werk\nDerya Aksoy, Erste Bevollmächtigte der IG Metall Esslingen, sprach von einem "
                + "„Armutszeugnis für das Management“.", "de");
        assertThat(s.quote("Armutszeugnis für das Management").speaker()).isEqualTo("Derya Aksoy");
    }

    @Test
    void aRoleNoOneWasGivenIsTheManTheParagraphOpenedWith() {
        Suggestions s = Suggestions.ofLanguage("Werk\nUwe Haberkern hatte sich die Rede vom Rand der Bühne aus angehört. Der "
                + "Gesamtbetriebsratsvorsitzende, seit 31 Jahren im Werk, nannte das Paket „einen Kahlschlag mit Ansage“.", "de");
        assertThat(s.quote("einen Kahlschlag mit Ansage").speaker()).isEqualTo("Uwe Haberkern");
    }
    @Test
    void aReportageNamesPeopleByTheirGivenNameAloneButAValleyIsNoOne() {
        Suggestions s = Suggestions.ofLanguage("Laden\nUm halb sieben schließt Heike Brandl die Tür auf. „Ich weiß doch, was ich will“, "
                + "sagt Marlies, 81 Jahre alt. Jana, die aus Magdeburg hergezogen ist, fragt nach Windeln. Sie seien wegen des "
                + "Ladens hergekommen, sagt sie. Muren verlegten die Straße ins Tal, der Ort war abgeschnitten.", "de");
        assertThat(s.quote("Ich weiß doch, was ich will").speaker()).isEqualTo("Marlies");
        assertThat(s.quote("Sie seien wegen des Ladens hergekommen").speaker()).isEqualTo("Jana");
        assertThat(s.actorNames()).doesNotContain("Tal");
    }
}
