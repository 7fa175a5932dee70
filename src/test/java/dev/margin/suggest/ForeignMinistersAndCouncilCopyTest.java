package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the forty-fourth held-out set (a campaign trail, a Queens power cut, foreign ministers' talks in Bern; a
 * Bundestag budget debate, a Ruhr city council closing a pool, care-home costs in papers' interviews), read after its one
 * blind run on 8ce125e.
 */
class ForeignMinistersAndCouncilCopyTest {
    @Test
    void twoTitledPeopleJoinedByAndAreTwoPeople() {
        Suggestions s = Suggestions.of("Talks\nChinese Foreign Minister Zhou Minghao and Ukrainian Foreign Minister Iryna Kovalchuk "
                + "spoke for nearly four hours.");
        assertThat(s.actors()).extracting(Suggestion::actor).contains("Zhou Minghao", "Iryna Kovalchuk");
        assertThat(s.actors()).filteredOn(a -> a.actor().equals("Iryna Kovalchuk")).allMatch(a -> "Ukrainian Foreign Minister".equals(a.role()));
    }

    @Test
    void theForeignMinisterIsTheOneNamedLastByHisFamilyName() {
        // the wire case: the partial closing the clause went to another official named before
        Suggestions s = Suggestions.of("Talks\nChinese Foreign Minister Zhou Minghao and Ukrainian Foreign Minister Iryna Kovalchuk "
                + "met in Bern. Kovalchuk said the talks were useful.\nIn Beijing, spokeswoman Liang Wenjing said Zhou would travel on "
                + "to Paris.\nThe foreign minister said that while the positions \"remain far apart\", he hoped the meeting would be a "
                + "\"turning point\".");
        assertThat(s.quote("turning point").speaker()).isEqualTo("Zhou Minghao");
    }

    @Test
    void aStatementIsThePersonsWhoseRoleNamesTheBody() {
        Suggestions s = Suggestions.of("Trail\nFormer Indiana Gov. Daniel Hollister spoke in Ames. In a statement, Hollister campaign "
                + "manager Tessa Brandt said the charge was “recycled nonsense”. “Wade Carrow can buy all the airtime he wants,” the "
                + "statement said.");
        assertThat(s.quote("Wade Carrow can buy all the airtime he wants,").speaker()).isEqualTo("Tessa Brandt");
    }

    @Test
    void aSenatorOfAStateIsAPersonAndAProgrammeInMarksIsNoStop() {
        Suggestions s = Suggestions.of("Trail\nSen. Meredith Quintana of New Mexico said on NBC’s “Meet the Press” that she would skip "
                + "a debate.");
        assertThat(s.actors()).extracting(Suggestion::actor).contains("Meredith Quintana").doesNotContain("New Mexico",
                "Sen. Meredith Quintana of New Mexico");
        assertThat(s.quote("she would skip a debate").speaker()).isEqualTo("Meredith Quintana");
    }

    @Test
    void aPronounGoesOnWithTheOneWhoReportedNotTheOneReportedOn() {
        Suggestions s = Suggestions.of("Trail\nSen. Meredith Quintana said she would skip the debate. Albuquerque City Councilor "
                + "Rosa Apodaca, who campaigned for the senator on Saturday, told The Associated Press that Quintana had “earned "
                + "the right to set some terms”. She said the senator would “absolutely” show up if the format changed.");
        assertThat(s.quote("absolutely").speaker()).isEqualTo("Rosa Apodaca");
    }

    @Test
    void wurdeIsNoKonjunktivAndLeavesTheReportBehind() {
        Suggestions s = Suggestions.ofLanguage("Etat\nRüdiger Haberkorn sprach zuerst. Heiko Brandes nannte den Etat „eine "
                + "Kampfansage“. Hitzig wurde es am Nachmittag, als Haberkorn den Finanzminister einen „Bilanzfälscher“ nannte.", "de");
        assertThat(s.quoteTexts()).noneMatch(q -> q.startsWith("Hitzig wurde es"));
        assertThat(s.quote("Bilanzfälscher").speaker()).isEqualTo("Rüdiger Haberkorn");
    }

    @Test
    void theProfessorIsTheScholarJustNamed() {
        Suggestion quote = Suggestions.ofLanguage("Pflege\nDie Bremer Gesundheitsökonomin Miriam Oberholz hält wenig davon. „Ein Deckel "
                + "hilft vor allem denen, die lange im Heim leben“, sagte die Professorin im Interview mit dem Deutschlandfunk.", "de")
                .quote("Ein Deckel hilft vor allem denen, die lange im Heim leben");
        assertThat(quote.speaker()).isEqualTo("Miriam Oberholz");
    }
}
