package dev.margin.suggest;

import dev.margin.domain.ActorType;
import dev.margin.domain.QuoteType;
import dev.margin.domain.SpeakerResolution;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17: articles read in their own language (detected or from metadata), with that language's cues. */
class LanguageSuggestionTest {
    private static final Lexicon LEXICON = Lexicon.load();
    private static final Suggester SUGGESTER = new Suggester(LEXICON);

    private static String detect(String text) {
        return LEXICON.detectLanguage(new TextLayout(text));
    }

    @Test
    void theLanguageIsDetectedFromFunctionWordsAndEnglishWhenNothingTells() {
        assertThat(detect("Die Regierung hat am Montag gesagt, dass die Steuer steigen werde.")).isEqualTo("de");
        assertThat(detect("Le gouvernement a annoncé que la facture des ménages augmentera de 60 euros.")).isEqualTo("fr");
        assertThat(detect("El Gobierno dijo que la subida del salario será de un 4 % para los trabajadores.")).isEqualTo("es");
        assertThat(detect("Il ministro ha detto che il decreto della Regione arriva troppo tardi per le famiglie.")).isEqualTo("it");
        assertThat(detect("O Governo disse que o aumento do salário fica aquém do necessário para as famílias.")).isEqualTo("pt");
        assertThat(detect("Het kabinet zei dat de accijns op sigaretten met een euro per pakje omhoog gaat.")).isEqualTo("nl");
        assertThat(detect("The minister said that the tax would rise in the spring.")).isEqualTo("en");
        assertThat(detect("12 345 678")).isEqualTo("en");
        assertThat(LEXICON.forLanguage("pt-BR").languageCode()).isEqualTo("pt");
        assertThat(LEXICON.forLanguage("ar").languageCode()).isEqualTo("en");
    }

    @Test
    void germanQuotesGetTheirSpeakerAfterTheVerbAndPronounsResolve() {
        String text = "„Wir bauen keine Brücke für den Verkehr von gestern“, sagte Oberbürgermeisterin Sabine Krämer nach der Abstimmung.\n"
                + "CDU-Fraktionschef Thomas Albers widersprach.\n"
                + "„Die Brücke ist marode, und jeder weiß das“, sagte er.\n"
                + "„Geld allein reicht nicht“, so Albers.";
        Suggestions s = Suggestions.ofLanguage(text, "de");
        assertThat(s.quote("Wir bauen keine Brücke für den Verkehr von gestern").speaker()).isEqualTo("Sabine Krämer");
        Suggestion pronoun = s.quote("Die Brücke ist marode, und jeder weiß das");
        assertThat(pronoun.speaker()).isEqualTo("Thomas Albers");
        assertThat(pronoun.resolution()).isEqualTo(SpeakerResolution.PRONOUN);
        assertThat(s.quote("Geld allein reicht nicht").speaker()).isEqualTo("Thomas Albers");
    }

    @Test
    void germanCapitalisedCommonNounsAreNeverPersons() {
        String text = "Die Entscheidung fiel am Donnerstag. Der Vorfall sorgte für Empörung, das Wrack liegt in 38 Meter Tiefe.\n"
                + "Im Hamburger Hafen ermittelt die Polizei. Der Eigentümer der Halle wollte sich nicht äußern, sagte ein Sprecher der Stadt.";
        List<Suggestion> persons = Suggestions.ofLanguage(text, "de").actors().stream()
                .filter(a -> a.actorType() == ActorType.PERSON).toList();
        assertThat(persons).isEmpty();
    }

    @Test
    void germanKonjunktivReportsAndOrdinalsDoNotEndSentences() {
        String text = "Finanzminister Jörg Haller sagte am Montag, die Erhöhung sei notwendig. Sie bringe dem Bund jährlich rund 900 Millionen Euro.\n"
                + "Ein Sprecher der Stadt sagte, der Rat werde am 24. März erneut über das Projekt beraten.";
        Suggestions s = Suggestions.ofLanguage(text, "de");
        assertThat(s.quoteTexts()).contains("die Erhöhung sei notwendig", "Sie bringe dem Bund jährlich rund 900 Millionen Euro",
                "der Rat werde am 24. März erneut über das Projekt beraten");
        assertThat(s.quote("Sie bringe dem Bund jährlich rund 900 Millionen Euro").speaker()).isEqualTo("Jörg Haller");
        assertThat(s.quote("der Rat werde am 24. März erneut über das Projekt beraten").resolution()).isEqualTo(SpeakerResolution.ANONYMOUS);
        assertThat(s.claims()).noneMatch(c -> c.exact().endsWith("am 24"));
    }

    @Test
    void romanceLanguagesInvertedVerbsAccordingToAndApposition() {
        Suggestions fr = Suggestions.ofLanguage("Sa présidente, Claire Dubois, a affirmé que des millions de foyers ne pourraient plus se chauffer.\n"
                + "« Nous irons devant le Conseil d’État », a-t-elle ajouté.", "fr");
        assertThat(fr.quote("Nous irons devant le Conseil d’État").speaker()).isEqualTo("Claire Dubois");
        assertThat(fr.quote("des millions de foyers ne pourraient plus se chauffer").speaker()).isEqualTo("Claire Dubois");

        Suggestions es = Suggestions.ofLanguage("«Es una medida de justicia», dijo la ministra de Trabajo, Elena Castillo, en rueda de prensa.\n"
                + "Según su presidente, Andrés Molina, la subida destruirá empleo en el campo.", "es");
        assertThat(es.quote("Es una medida de justicia").speaker()).isEqualTo("Elena Castillo");
        Suggestion segun = es.quote("la subida destruirá empleo en el campo");
        assertThat(segun.quoteType()).isEqualTo(QuoteType.INDIRECT);
        assertThat(segun.speaker()).isEqualTo("Andrés Molina");

        Suggestions nl = Suggestions.ofLanguage("‘Dit is een cadeau voor de grenswinkels’, aldus voorzitter Peter Jansen.", "nl");
        assertThat(nl.quote("Dit is een cadeau voor de grenswinkels").speaker()).isEqualTo("Peter Jansen");
    }

    @Test
    void englishSpeakersAreTheSubjectOfTheReportingClauseAndNamesStayWhole() {
        String text = "“Keep your generators outside,” instructed Milton Velez, the county’s emergency manager.\n"
                + "Dana F. Smith, who runs a shelter in the old Whole Foods building, said 300 people had slept there.\n"
                + "Whole Foods said in a statement that it had donated 2,000 bottles of water.";
        Suggestions s = Suggestions.of(text);
        assertThat(s.quote("Keep your generators outside,").speaker()).isEqualTo("Milton Velez");
        assertThat(s.actorNames()).contains("Dana F. Smith", "Whole Foods").doesNotContain("Dana F", "Foods");
        assertThat(s.actors()).filteredOn(a -> a.actor().equals("Whole Foods")).allMatch(a -> a.actorType() == ActorType.ORGANISATION);
        assertThat(s.quote("it had donated 2,000 bottles of water").speaker()).isEqualTo("Whole Foods");
    }

    @Test
    void firstPersonRemarksAreNoClaims() {
        Suggestions s = Suggestions.of("“My expectations are low, but I am here,” the minister said. "
                + "“I think they were too optimistic for too long,” he said. The plan will cost more than any before it.");
        assertThat(s.claims()).extracting(Suggestion::exact).noneMatch(c -> c.contains("expectations") || c.contains("optimistic"))
                .anyMatch(c -> c.contains("will cost more"));
    }

    @Test
    void actorMentionsListEveryMentionAndFoldIntoOneSuggestionPerActor() {
        String text = "Iran said on Monday it would talk. Tehran has rejected the offer before. Iran’s envoy arrived. "
                + "Adaeze Okafor said the talks would fail. Okafor is a former envoy.";
        List<Suggestion> all = SUGGESTER.suggest(text);
        Suggestion firstIran = all.stream().filter(a -> "Iran".equals(a.actor())).findFirst().orElseThrow();
        assertThat(firstIran.mentions()).hasSizeGreaterThanOrEqualTo(2);
        List<Suggestion> folded = Suggester.oneSuggestionPerActor(all);
        assertThat(folded.stream().filter(a -> a.kind() == SuggestionKind.ACTOR).map(Suggestion::actor))
                .doesNotHaveDuplicates().contains("Iran", "Adaeze Okafor");
        assertThat(folded.stream().filter(a -> "Adaeze Okafor".equals(a.actor())).findFirst().orElseThrow().mentions())
                .extracting(span -> text.substring(span.start(), span.end())).containsExactly("Adaeze Okafor", "Okafor");
        assertThat(folded.stream().filter(a -> a.kind() != SuggestionKind.ACTOR).toList())
                .isEqualTo(all.stream().filter(a -> a.kind() != SuggestionKind.ACTOR).toList());
    }

    @Test
    void aDroppedSubjectInSpanishItalianAndPortugueseIsThePersonReportedLast() {
        Suggestions es = Suggestions.ofLanguage("«Los hospitales están al límite», dijo el consejero de Sanidad, Tomás Olmedo, en Toledo. "
                + "Añadió que el Gobierno regional contratará a 300 enfermeras antes del verano.", "es");
        Suggestion added = es.quote("el Gobierno regional contratará a 300 enfermeras antes del verano");
        assertThat(added.speaker()).isEqualTo("Tomás Olmedo");
        assertThat(added.resolution()).isEqualTo(SpeakerResolution.PRONOUN);
        Suggestions it = Suggestions.ofLanguage("«Non chiuderemo nessun reparto», ha detto la direttrice, Chiara Montanari. "
                + "Ha poi spiegato che i turni saranno coperti da medici esterni.", "it");
        assertThat(it.quote("i turni saranno coperti da medici esterni").speaker()).isEqualTo("Chiara Montanari");
        Suggestions pt = Suggestions.ofLanguage("«A ponte abre em maio», afirmou o presidente da câmara, Vasco Ribeiro. "
                + "Acrescentou que as obras custaram menos do que o previsto.", "pt");
        assertThat(pt.quote("as obras custaram menos do que o previsto").speaker()).isEqualTo("Vasco Ribeiro");
        Suggestions fr = Suggestions.ofLanguage("« Rien n’est décidé », a dit la maire, Hélène Girard. "
                + "Ajouta que la ville attendrait le rapport des experts avant de voter.", "fr");
        assertThat(fr.quoteTexts()).as("French keeps its subjects: no dropped-subject rule").noneMatch(q -> q.startsWith("la ville attendrait"));
    }

    @Test
    void aPortfolioAfterARoleIsNobodyAndABodyAfterANameIsNoPartOfIt() {
        Suggestions es = Suggestions.ofLanguage("«Habrá ayudas», dijo el ministro de Agricultura Sostenible, Pablo Urrutia, en Madrid.", "es");
        assertThat(es.actorNames()).contains("Pablo Urrutia").doesNotContain("Agricultura Sostenible");
        Suggestions pt = Suggestions.ofLanguage("O secretário-geral da UGT, Mário Pinheiro, afirmou que a greve vai continuar.", "pt");
        assertThat(pt.actorNames()).as("a body after a role stays an actor").contains("UGT", "Mário Pinheiro");
        Suggestions nl = Suggestions.ofLanguage("Het plan is te duur, aldus raadslid Sem Veenstra van ChristenUnie. "
                + "Volgens het Centraal Bureau voor de Statistiek groeide de bevolking met 0,8 procent.", "nl");
        assertThat(nl.actorNames()).contains("Sem Veenstra", "Centraal Bureau voor de Statistiek")
                .doesNotContain("Sem Veenstra van ChristenUnie", "Centraal Bureau");
        Suggestions en = Suggestions.ofLanguage("“Rates will rise again,” said Dara Whelan, a broker at Fennick Marine. He said the fleet was idle.",
                "en");
        assertThat(en.actors()).filteredOn(a -> a.actor().equals("Fennick Marine")).extracting(Suggestion::actorType)
                .containsOnly(ActorType.ORGANISATION);
        assertThat(en.quote("the fleet was idle").speaker()).isEqualTo("Dara Whelan");
    }

    @Test
    void germanPartialQuotesSoAndKonjunktivAfterADirectQuoteGoToTheirSpeakers() {
        String text = "Die Landrätin Birgit Oltmanns verteidigte den Haushalt. Sie sprach von einem „Sparkurs ohne Alternative“.\n"
                + "„Die Schulen bleiben offen“, sagte Kämmerer Jens Harmsen. Der Kreis habe genug Rücklagen.\n"
                + "Die Gebühren würden trotzdem steigen, so Oltmanns.";
        Suggestions s = Suggestions.ofLanguage(text, "de");
        assertThat(s.quote("Sparkurs ohne Alternative").speaker()).isEqualTo("Birgit Oltmanns");
        assertThat(s.quote("Der Kreis habe genug Rücklagen").speaker()).as("after his direct quote").isEqualTo("Jens Harmsen");
        assertThat(s.quote("Die Gebühren würden trotzdem steigen").speaker()).isEqualTo("Birgit Oltmanns");
        assertThat(s.quoteTexts()).noneMatch(q -> q.startsWith("Die Landrätin") || q.startsWith("Sie sprach"));
    }

    @Test
    void anObjectPronounAfterACueNamesTheSourceButNoSubject() {
        String text = "“Het water stijgt sneller dan verwacht”, zei dijkgraaf Marloes Hietbrink. Volgens haar moeten 400 woningen worden ontruimd.\n"
                + "Haar woordvoerder zei dat de dijken het houden.";
        Suggestions s = Suggestions.ofLanguage(text, "nl");
        Suggestion volgens = s.quote("moeten 400 woningen worden ontruimd");
        assertThat(volgens.speaker()).isEqualTo("Marloes Hietbrink");
        assertThat(volgens.resolution()).isEqualTo(SpeakerResolution.PRONOUN);
        assertThat(s.quote("de dijken het houden").speaker()).as("\"haar woordvoerder\" is somebody else").isNotEqualTo("Marloes Hietbrink");
    }

    @Test
    void germanCausesAndPlansAreClaims() {
        String text = "Die Sperrung der Autobahn liege vor allem an den maroden Brückenlagern, erklärte der Landesbetrieb.\n"
                + "Der neue Abschnitt soll im Herbst eröffnet werden.\n"
                + "Wegen des Regens wurde das Konzert am Abend abgebrochen, und die Polizei ermittelt wegen Sachbeschädigung.";
        List<String> claims = Suggestions.ofLanguage(text, "de").claims().stream().map(Suggestion::exact).toList();
        assertThat(claims).anyMatch(c -> c.startsWith("Die Sperrung der Autobahn liege vor allem an"))
                .anyMatch(c -> c.startsWith("Der neue Abschnitt soll im Herbst"))
                .noneMatch(c -> c.contains("ermittelt wegen"));
    }

    @Test
    void romanceBodiesKeepTheirAdjectivesAndKonjunktivIIAfterAQuoteIsTheWriters() {
        Suggestions fr = Suggestions.ofLanguage("Selon la Direction régionale de l’alimentation, 40 lots ont été rappelés.", "fr");
        assertThat(fr.actorNames()).contains("Direction régionale de l’alimentation").doesNotContain("Direction");
        assertThat(fr.quote("40 lots ont été rappelés").speaker()).isEqualTo("Direction régionale de l’alimentation");
        Suggestions agency = Suggestions.ofLanguage("Selon l’Agence nationale de la sécurité sanitaire, 12 lots ont été rappelés.", "fr");
        assertThat(agency.actorNames()).contains("Agence nationale de la sécurité sanitaire").doesNotContain("Agence");
        Suggestions de = Suggestions.ofLanguage("„Wir fangen neu an“, sagte Bürgermeister Lars Edzards. "
                + "Die Halle wäre ohne den Brand im Mai eröffnet worden.", "de");
        assertThat(de.quoteTexts()).noneMatch(q -> q.startsWith("Die Halle wäre"));
    }

    @Test
    void anInstitutionIsNamedWithItsComplementAndAContractedArticleJoinsIt() {
        Suggestions fr = Suggestions.ofLanguage("Le ministère des Transports a annoncé lundi que des négociations reprendraient "
                + "mercredi. La préfecture de police a fait savoir qu’aucun incident n’avait été signalé. Selon la SNCF, un TGV "
                + "sur trois circulera mardi.", "fr");
        assertThat(fr.quote("des négociations reprendraient mercredi").speaker()).isEqualTo("Le ministère des Transports");
        assertThat(fr.quote("aucun incident n’avait été signalé").speaker()).isEqualTo("La préfecture de police");
        assertThat(fr.actorNames()).contains("SNCF").doesNotContain("TGV");
        // a verb's particle after the body is no part of its name, nor is the article before it
        Suggestions de = Suggestions.ofLanguage("Das Feuer sei an zwei Stellen ausgebrochen, teilte die Polizei mit.", "de");
        assertThat(de.quote("Das Feuer sei an zwei Stellen ausgebrochen").speaker()).isEqualTo("Polizei");
    }

    @Test
    void someoneIntroducedWithAnIndefiniteArticleIsUnnamedInEveryLanguage() {
        assertUnnamed(Suggestions.ofLanguage("A driver said the road had been closed for hours. \"We waited all night,\" a passenger "
                + "told reporters.", "en"), "A driver", "a passenger");
        assertUnnamed(Suggestions.ofLanguage("Interrogé par l’AFP, un conducteur a expliqué : « On ne peut plus vivre avec ces "
                + "salaires. » Une habitante a raconté que l’eau montait depuis minuit.", "fr"), "un conducteur", "Une habitante");
        assertUnnamed(Suggestions.ofLanguage("Una vecina contó que el agua subía desde la medianoche. «No pudimos salir», dijo un "
                + "conductor.", "es"), "Una vecina", "un conductor");
    }

    private static void assertUnnamed(Suggestions s, String... speakers) {
        assertThat(s.quotes()).extracting(Suggestion::speaker).containsExactly(speakers);
        assertThat(s.quotes()).allMatch(q -> q.resolution() == SpeakerResolution.ANONYMOUS);
    }

    @Test
    void aPronounRightAfterSomeoneUnnamedSpeaksIsThatPersonStill() {
        Suggestions en = Suggestions.ofLanguage("Mayor John Hale opened the bridge on Monday. A passenger said the trains had been "
                + "late all week. \"We waited all night,\" he added.", "en");
        assertThat(en.quote("We waited all night,").speaker()).isEqualTo("A passenger");
        Suggestions nl = Suggestions.ofLanguage("Minister Barry Madlener was niet bereikbaar. Een reiziger vertelde dat hij al twee uur "
                + "wachtte. \"Dit is belachelijk,\" voegde hij toe.", "nl");
        assertThat(nl.quote("Dit is belachelijk,").speaker()).isEqualTo("Een reiziger");
        // the article's gender must fit: "eine Pflegerin" is no "er"
        Suggestions de = Suggestions.ofLanguage("Landrat Jens Nieschalk kam später. Eine Pflegerin erzählte, sie warte seit Stunden. "
                + "„Das ist zu wenig“, sagte er.", "de");
        assertThat(de.quote("Das ist zu wenig").speaker()).isEqualTo("Jens Nieschalk");
    }

    @Test
    void aPortfolioIsNoNameButTheNameAfterItIs() {
        Suggestions it = Suggestions.ofLanguage("Il ministro dei Trasporti Matteo Salvini ha definito lo sciopero «irresponsabile».", "it");
        assertThat(it.actorNames()).containsExactly("Matteo Salvini");
        assertThat(it.quote("irresponsabile").speaker()).isEqualTo("Matteo Salvini");
        Suggestions nl = Suggestions.ofLanguage("Het ministerie van Infrastructuur liet weten dat er woensdag opnieuw wordt onderhandeld.", "nl");
        assertThat(nl.actorNames()).doesNotContain("Infrastructuur");
        assertThat(nl.quote("er woensdag opnieuw wordt onderhandeld").speaker()).isEqualTo("Het ministerie van Infrastructuur");
    }

    @Test
    void portugueseNewsVerbsReportTooAndTheSpeakerCarriesOn() {
        Suggestions pt = Suggestions.ofLanguage("O Ministério da Educação informou que 70 por cento das escolas estão abertas. "
                + "Uma mãe contou que teve de faltar ao trabalho. «Ninguém nos avisou», disse.", "pt");
        assertThat(pt.quote("70 por cento das escolas estão abertas").speaker()).isEqualTo("Ministério da Educação");
        assertThat(pt.quote("teve de faltar ao trabalho").speaker()).isEqualTo("Uma mãe");
        assertThat(pt.quote("Ninguém nos avisou").speaker()).isEqualTo("Uma mãe");
    }
}
