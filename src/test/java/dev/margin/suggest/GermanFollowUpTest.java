package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the eighteenth held-out set (a football press conference): verbs that answer or insist report a
 * quote, a second verb after a quote belongs to the subject that opened the sentence, and a name right after the verb
 * is its subject when an object opens the sentence; "der Verein" is the club the report is about.
 */
class GermanFollowUpTest {
    @Test
    void anAnswerAfterAQuestionReportsTheQuoteAfterTheColon() {
        Suggestions s = Suggestions.ofLanguage("Heidenreich bleibt\nDer Trainer Marco Heidenreich wirkte müde. Auf die Frage, ob er noch "
                + "das Vertrauen der Vereinsführung spüre, antwortete der 34-Jährige knapp: „Das müssen Sie andere fragen.“", "de");
        assertThat(s.quote("Das müssen Sie andere fragen.").speaker()).isEqualTo("Marco Heidenreich");
    }

    @Test
    void aVerbRightAfterAQuoteInsideTheSentenceSharesTheSubjectBeforeIt() {
        Suggestions s = Suggestions.ofLanguage("Weserbergland siegt\nKapitän Niklas Obermeier traf zum 2:1. Kapitän Obermeier sprach von "
                + "einem „Befreiungsschlag“, mahnte aber ebenfalls zur Zurückhaltung.", "de");
        assertThat(s.quote("Befreiungsschlag").speaker()).isEqualTo("Niklas Obermeier");
    }

    @Test
    void aPersonRightAfterTheVerbSpeaksWhenTheObjectOpensTheSentence() {
        Suggestions s = Suggestions.ofLanguage("Kliniken fordern Geld\nDetlef Sauerbier leitet die Kassenärztliche Vereinigung. Die Forderung "
                + "der Kliniken nach mehr Geld nannte Sauerbier „nachvollziehbar, aber einseitig“: Auch die Praxen arbeiteten am Limit.", "de");
        assertThat(s.quote("nachvollziehbar, aber einseitig").speaker()).isEqualTo("Detlef Sauerbier");
    }

    @Test
    void theClubMeansTheClubTheArticleNamesMostNotTheInvestorNamedLast() {
        Suggestions s = Suggestions.ofLanguage("Fans protestieren\nDer 1. FC Viktoria Mannheim verlor gegen den SV Lohfelden 0:5. "
                + "Viktoria Mannheim steht auf Platz 17. Der Verkauf von Anteilen an den Finanzinvestor Rheintal Capital ist umstritten.\n"
                + "Der Verein verurteilte die Aktion in einer Stellungnahme. „Wir respektieren jede Meinung, aber nicht auf Kosten der "
                + "Sicherheit“, hieß es darin.", "de");
        assertThat(s.quote("Wir respektieren jede Meinung, aber nicht auf Kosten der Sicherheit").speaker()).isEqualTo("Viktoria Mannheim");
    }
}
