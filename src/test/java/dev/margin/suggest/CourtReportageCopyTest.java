package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, seventeenth session, from the sixty-sixth held-out set (a trial told as reportage), read after its blind run:
 * a Konjunktiv after "als" is a comparison the writer draws, not reported speech; a witness introduced by an apposition
 * ("Die zweite Zeugin des Tages, Sabine Kortmann, hat …") and then named by a pronoun is who the Konjunktiv after that
 * reports; an old given name ("Jobst") the lists lacked; a double given name
 * ("Klaus-Dieter") is one whose halves both are; a plural noun after a name ("Doktorandinnen") is no part of it.
 */
class CourtReportageCopyTest {
    private static final String TRIAL = "Prozess in Osnabrück\n"
            + "Verteidiger Bernhard Tamm fragt die Zeugin nach ihrer Freundin. „Gezweifelt hat sie“, sagt Lea Fischbach. "
            + "Tamm nickt, als habe er genau diese Antwort erwartet.\n"
            + "Die zweite Zeugin des Tages, Sabine Kortmann, hat drei Jahre lang in der Praxis gearbeitet. Sie spricht schnell und "
            + "schaut den Angeklagten nicht an. Ihr früherer Chef habe Patientinnen regelmäßig von der Chemotherapie abgeraten.";

    @Test
    void aKonjunktivAfterAlsIsTheWritersComparisonNotReportedSpeech() {
        Suggestions s = Suggestions.ofLanguage(TRIAL, "de");
        assertThat(s.quoteTexts()).noneMatch(q -> q.contains("Tamm nickt"));
    }

    @Test
    void aKonjunktivAfterAlsInASentenceWithAVerbOfSayingIsStillReported() {
        Suggestions s = Suggestions.ofLanguage("Abstimmung\nBaudirektorin Monika Hürlimann räumte ein, man habe die Stimmung "
                + "unterschätzt. Die Kantone dürften "
                + "nun nicht so tun, als sei nichts geschehen, sagte die Grünliberale.", "de");
        assertThat(s.quoteTexts()).anyMatch(q -> q.startsWith("Die Kantone dürften nun nicht so tun"));
    }

    @Test
    void aPronounAfterAnAppositionOpeningTheSentenceBeforeCarriesTheWitnessOn() {
        Suggestions s = Suggestions.ofLanguage(TRIAL, "de");
        assertThat(s.quote("Ihr früherer Chef habe Patientinnen regelmäßig von der Chemotherapie abgeraten").speaker())
                .isEqualTo("Sabine Kortmann");
    }

    @Test
    void anOldGermanGivenNameAfterARoleMakesThePersonTheAgeEpithetStandsFor() {
        Suggestions s = Suggestions.ofLanguage("Karlsruhe\nBundesinnenminister Rüdiger Falkenhahn sprach zuerst. Für die Bundesregierung spricht "
                + "danach ihr Prozessbevollmächtigter, der Freiburger Staatsrechtler Jobst Rettberg. Das Gesetz halte sich „exakt an die "
                + "Linien“, argumentiert der 63-Jährige.", "de");
        assertThat(s.actorNames()).contains("Jobst Rettberg");
        assertThat(s.quote("exakt an die Linien").speaker()).isEqualTo("Jobst Rettberg");
    }

    @Test
    void aDoubleGivenNameOpensAWholeNameWhateverTheTaggerReads() {
        Suggestions s = Suggestions.ofLanguage("Urteil in Moabit\nOb er die Angeklagte wiedererkenne, will Richter Klaus-Dieter Wamser wissen. "
                + "„Die Haare waren anders“, sagt der Zeuge.\nAm Nachmittag verkündet Wamser das Urteil. An ihrer Beteiligung bestünden "
                + "„erhebliche Zweifel“, sagt der Richter.", "de");
        assertThat(s.actorNames()).contains("Klaus-Dieter Wamser").doesNotContain("Klaus-Dieter");
        assertThat(s.quote("erhebliche Zweifel").speaker()).isEqualTo("Klaus-Dieter Wamser");
    }

    @Test
    void aPluralNounAfterANameIsNoPartOfIt() {
        Suggestions s = Suggestions.ofLanguage("Skandal an der Universität\nÜber Jahre soll der Biochemiker Achim Vollrath Doktorandinnen "
                + "unter Druck gesetzt haben.", "de");
        assertThat(s.actorNames()).contains("Achim Vollrath").doesNotContain("Achim Vollrath Doktorandinnen");
    }
}
