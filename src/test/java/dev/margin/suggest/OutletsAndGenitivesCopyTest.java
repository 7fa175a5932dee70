package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, eighteenth session, from the seventy-sixth and seventy-ninth held-out sets (a primary debate, a small-town
 * portrait), read after their blind runs: a body named in the genitive by a compound ("des Fördervereins") is named in
 * the nominative; an American news outlet that was told something is an organisation, and no "she" that follows; the
 * AfD, whose acronym has a small letter, is a party; a participle right after the quote ("als „…“ kritisiert.") has its
 * subject before the auxiliary.
 */
class OutletsAndGenitivesCopyTest {
    @Test
    void aCompoundBodyInTheGenitiveIsNamedInTheNominative() {
        Suggestions s = Suggestions.ofLanguage("Freibad\nDas Freibad der Stadt steht vor dem Aus. Im vergangenen Sommer kamen nach Angaben des "
                + "Fördervereins 31.000 Badegäste, so viele wie nie zuvor.", "de");
        assertThat(s.quotes()).anySatisfy(q -> assertThat(q.speaker()).isEqualTo("Förderverein"));
    }

    @Test
    void aNewsOutletThatWasToldSomethingTakesNoPronoun() {
        Suggestions s = Suggestions.ofLanguage("Debate recap\nThe pollster Nadine Albrecht ran a focus group in Des Moines on Thursday night. "
                + "Ashby, the governor, watched from the wings.\n\"Ashby won the room,\" Albrecht told Fox News Digital. \"Debates move voters "
                + "at the margins.\"\nShe cautioned that a focus group is \"not a poll\" and noted that the surveys still had Redfern ahead.", "en");
        assertThat(s.actorOf("Fox News Digital")).isEqualTo("Fox News");
        assertThat(s.quote("not a poll").speaker()).isEqualTo("Nadine Albrecht");
    }

    @Test
    void theAfdIsAPartyBeforeARelativeClause() {
        Suggestions s = Suggestions.ofLanguage("TV-Duell\nDer Abend war lang, und die Parteien stritten bis in die Nacht über die Sendung.\nDie AfD, "
                + "die in Umfragen bei 21 Prozent liegt, sprach in einer Mitteilung von einer »Inszenierung der Altparteien«.", "de");
        assertThat(s.quote("Inszenierung der Altparteien").speaker()).isEqualTo("AfD");
        assertThat(s.actorNames()).contains("AfD");
    }

    @Test
    void aParticipleAfterTheQuoteHasItsSubjectBeforeTheAuxiliary() {
        Suggestions s = Suggestions.ofLanguage("Pflege\nDie Ministerin kündigte Verbesserungen für Pflegekräfte an, die künftig Verbandsmaterial "
                + "verordnen dürfen. Die Bundesärztekammer hatte das in einer Stellungnahme als „Einstieg in eine Medizin zweiter Klasse“ "
                + "kritisiert.", "de");
        assertThat(s.quote("Einstieg in eine Medizin zweiter Klasse").speaker()).isEqualTo("Bundesärztekammer");
    }
}
