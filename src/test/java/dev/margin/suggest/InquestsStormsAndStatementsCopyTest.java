package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the fifty-second and fifty-third held-out sets (an inquest, a hurricane, a manager's sacking; a rate
 * decision, a bomb in Cologne), read after their one blind run: roles held for a place, storms' names, people speaking
 * for their bodies, statements passed on by another body, German roles and surnames that are places.
 */
class InquestsStormsAndStatementsCopyTest {
    @Test
    void aRoleHeldForAPlaceBeforeTheNameIsTheRole() {
        Suggestions s = Suggestions.ofLanguage("Inquest\nRecording a narrative conclusion, the assistant coroner for Northamptonshire, Helen Garside, "
                + "said there had been delays.\nThe family's lawyer, Tom Reed, said the trust was at fault.\n“Oliver was frightened,” the coroner said.", "en");
        assertThat(s.quote("Oliver was frightened,").speaker()).isEqualTo("Helen Garside");
        assertThat(s.quote("Oliver was frightened,").resolution()).isEqualTo(dev.margin.domain.SpeakerResolution.EXPLICIT);
    }

    @Test
    void aStormsNameIsNoPerson() {
        Suggestions s = Suggestions.ofLanguage("Hurricane Tobias slams into Florida\nHurricane Tobias slammed into the Big Bend early Thursday. "
                + "Tobias weakened to a Category 2 hurricane as it moved inland.", "en");
        assertThat(s.actorNames()).doesNotContain("Tobias", "Hurricane Tobias");
    }

    @Test
    void aBodysOfficialNamedAfterItSpeaksForHimselfAndABodysOfficeForTheBody() {
        Suggestions s = Suggestions.ofLanguage("Storm\nThe Taylor County Sheriff's Office confirmed two deaths on Thursday.\n"
                + "Florida Division of Emergency Management deputy director Renee Castellano said 28 rescue teams were staged.\n"
                + "The National Weather Service office in Tallahassee wrote on X that tornado warnings remained in effect.", "en");
        assertThat(s.quote("28 rescue teams were staged").speaker()).isEqualTo("Renee Castellano");
        assertThat(s.quote("tornado warnings remained in effect").speaker()).isEqualTo("National Weather Service");
    }

    @Test
    void whatAColonListsAfterAVerbWithItsSubjectIsNoSpeaker() {
        Suggestions s = Suggestions.ofLanguage("Storm\nThe Taylor County Sheriff's Office confirmed two deaths: a man whose pickup was swept "
                + "off a road and a woman found in a flooded home.", "en");
        assertThat(s.quotes()).noneMatch(q -> "two deaths".equals(q.speaker()));
    }

    @Test
    void aStatementIssuedThroughABodyIsTheSpeakers() {
        Suggestions s = Suggestions.ofLanguage("Sacked\nWolverhampton Wanderers have sacked head coach Tiago Mendonça.\n"
                + "In a statement issued through the League Managers Association (LMA), Mendonça said he was proud of his staff.\n"
                + "“I still believe this squad has the quality to stay up,” the statement read.", "en");
        assertThat(s.quote("I still believe this squad has the quality to stay up,").speaker()).isEqualTo("Tiago Mendonça");
    }

    @Test
    void aGermanRoleAfterAnUnknownNameAndATitledSurnameThatIsAPlaceMakePersons() {
        Suggestions s = Suggestions.ofLanguage("Bombe\nDeutlich skeptischer äußerte sich Marten Oosterhuis, Ökonom der niederländischen Bank ING. "
                + "„Die Industrie steckt in der Rezession“, sagte er.\n"
                + "„Wir gehen Haus für Haus“, sagte Polizeisprecher Christoph Brandenburg.", "de");
        assertThat(s.quote("Die Industrie steckt in der Rezession").speaker()).isEqualTo("Marten Oosterhuis");
        assertThat(s.quote("Wir gehen Haus für Haus").speaker()).isEqualTo("Christoph Brandenburg");
    }

    @Test
    void aGermanNameSetOffBeforeTheVerbsParticleOpensNoReport() {
        Suggestions s = Suggestions.ofLanguage("Bombe\nDie Kritik wies der Leiter des Ordnungsamts, Jens Pützfeld, zurück.", "de");
        assertThat(s.quotes()).isEmpty();
    }

    @Test
    void aPersonsRoleAfterABodysNameIsThePersonNamedWithIt() {
        Suggestions s = Suggestions.ofLanguage("Summit\nEuropean Commission President Helena Markkanen arrived late.\n"
                + "After the first session, Markkanen said leaders had agreed to keep working. "
                + "“We are closer than it looks from the outside,” the Commission president said.", "en");
        assertThat(s.quote("We are closer than it looks from the outside,").speaker()).isEqualTo("Helena Markkanen");
    }

    @Test
    void aFormOfAddressAndAGivenNameOnlySpeakersUseAreNoActors() {
        Suggestions s = Suggestions.ofLanguage("Budget\nSPÖ-Klubobmann Thomas Reisinger verteidigte die Abgabe. „Dafür gibt es die E-Control, Herr Kollege.“\n"
                + "Ihre Mutter sieht es ähnlich. „Mia san ned gega d’Umwelt, mia san gega den Schmarrn“, sagt Monika Huber.", "de");
        assertThat(s.actorNames()).doesNotContain("Kollege", "Mia");
    }

    @Test
    void aReportNoSentenceBeforeNamesIsTheBodyTheParagraphOpensWith() {
        Suggestions s = Suggestions.ofLanguage("Budget\nNeos-Klubobmann Florian Wenusch nahm den Ball auf. „Wir tragen das mit“, sagte er.\n"
                + "Skeptisch bleibt auch die Bundesbank. Ohne zusätzliche Maßnahmen sei der Pfad „nicht plausibel“, heißt es in dem Bericht.", "de");
        assertThat(s.quote("nicht plausibel").speaker()).isEqualTo("Bundesbank");
    }

    @Test
    void analystsAtAFirmSpeakForTheFirm() {
        Suggestions s = Suggestions.ofLanguage("Oil\nAnalysts at Goldman Sachs said in a note to clients that they still expected Brent to average $71 a barrel. "
                + "Analysts at KeyBanc Capital Markets estimated that each week of the strike could cut revenue by $45 million.", "en");
        assertThat(s.quote("they still expected Brent to average $71 a barrel").speaker()).isEqualTo("Goldman Sachs");
        assertThat(s.quote("each week of the strike could cut revenue by $45 million").speaker()).isEqualTo("KeyBanc Capital Markets");
    }
}
