package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the fiftieth and fifty-first held-out sets (a council vote, a wildfire evacuation, a results call; a
 * Berlin school, a maternity ward, a cable in the Baltic, a downhill), read after their one blind run: people known by
 * one name, bodies named after a place, words that only look like names in German.
 */
class CouncilsFiresAndSlopesCopyTest {
    @Test
    void someoneWhoGaveOnlyAFirstNameIsAPerson() {
        Suggestions s = Suggestions.ofLanguage("Fire\nA woman who gave only her first name, Marisol, said she had grabbed her two dogs "
                + "before driving out with the hills behind her house “glowing orange.”\n"
                + "Nearby, a retired trucker who would give only his first name, Ray, sat on a folding chair. "
                + "He said he had stayed behind until a deputy “basically ordered me into the truck.”", "en");
        assertThat(s.quote("glowing orange.").speaker()).isEqualTo("Marisol");
        assertThat(s.quote("basically ordered me into the truck.").speaker()).isEqualTo("Ray");
    }

    @Test
    void aNameOpeningWithAPlaceIsABodysButAPartysMemberIsNone() {
        Suggestions s = Suggestions.ofLanguage("Fire\nSouthern California Edison said in a filing that it had detected activity on a line. "
                + "The Texas Republican said the bill would pass.", "en");
        assertThat(s.actors()).anyMatch(a -> a.actor().equals("Southern California Edison") && a.actorType() == dev.margin.domain.ActorType.ORGANISATION);
        assertThat(s.actorNames()).doesNotContain("Texas Republican");
    }

    @Test
    void twoUnknownWordsAfterFromThatWhoFollowsAreAPerson() {
        Suggestions s = Suggestions.ofLanguage("Levy\nThe meeting opened with a mihi from Hineroa Paenga, who represents the iwi on the council. "
                + "A disaster official from Nueva Ecija, who asked not to be named, said two bodies had been found.", "en");
        assertThat(s.actorNames()).contains("Hineroa Paenga").doesNotContain("Nueva Ecija");
    }

    @Test
    void thePersonIsTheSourceNotTheSpokesperson() {
        Suggestions s = Suggestions.ofLanguage("Results\nThe dividend cut drew criticism from DSW, whose spokesperson Hendrik Sommer said investors "
                + "were being asked to pay. The board has discussed a sale, according to a person familiar with the matter. "
                + "The person said two private equity groups had expressed interest.", "en");
        assertThat(s.quote("two private equity groups had expressed interest").speaker()).isNotEqualTo("Hendrik Sommer");
    }

    @Test
    void aQuantifierOrANumberOpeningAGermanSentenceIsNoName() {
        Suggestions s = Suggestions.ofLanguage("Klinik\nDer Weg sei kürzer, rechnete der Geschäftsführer vor. Allen Hebammen werde ein Arbeitsplatz in Herne angeboten.\n"
                + "„Sieben Hundertstel, das ist ja nichts“, sagte Anna Wörndl.", "de");
        assertThat(s.actorNames()).doesNotContain("Allen Hebammen", "Hebammen", "Sieben Hundertstel", "Hundertstel");
    }

    @Test
    void theForeignOfficeAndAShippingCompanyAreBodiesByTheirNames() {
        Suggestions s = Suggestions.ofLanguage("Kabel\nDas Auswärtige Amt erklärte am Abend, die Bundesregierung unterstütze den Plan. "
                + "Die Reederei Ocean Harvest Shipping in Hongkong teilte mit, der Anker habe sich gelöst.", "de");
        assertThat(s.quote("die Bundesregierung unterstütze den Plan").speaker()).isEqualTo("Auswärtiges Amt");
        assertThat(s.quote("der Anker habe sich gelöst").speaker()).isEqualTo("Ocean Harvest Shipping");
    }

    @Test
    void aGermanVerbOfSayingAfterACommaHasItsSubjectAfterIt() {
        Suggestions s = Suggestions.ofLanguage("Abfahrt\nMagdalena Stockhammer wurde Dritte.\n"
                + "Stockhammer haderte mit der Sicht. Im oberen Teil habe sich „genau bei meiner Fahrt“ eine Wolke vor die Sonne geschoben, "
                + "sagte die Salzburgerin dem ORF. „Aber Dritte in Garmisch, das ist trotzdem ein Tag zum Feiern.“", "de");
        assertThat(s.quote("Aber Dritte in Garmisch, das ist trotzdem ein Tag zum Feiern.").speaker()).isEqualTo("Magdalena Stockhammer");
    }

    @Test
    void wordsInMarksAfterAQuoteAndTheSubjunctiveAfterThemStayWithTheOneQuoted() {
        Suggestions s = Suggestions.ofLanguage("Abstimmung\nReto Casutt sagte, er sei «nicht bitter, aber hellwach».\n"
                + "Zufrieden zeigte sich die SVP. «Die Landbevölkerung hat sich nicht kaufen lassen», sagte Parteipräsident Hanspeter Rohner. "
                + "Die Initiative hätte Milliarden gekostet und am Ende «leere Busse durch leere Täler» geschickt. "
                + "Den Graben zwischen Stadt und Land habe nicht die SVP aufgerissen, sondern die Initianten.", "de");
        assertThat(s.quote("leere Busse durch leere Täler").speaker()).isEqualTo("Hanspeter Rohner");
        assertThat(s.quote("Den Graben zwischen Stadt und Land habe nicht die SVP aufgerissen, sondern die Initianten").speaker())
                .isEqualTo("Hanspeter Rohner");
    }
}
