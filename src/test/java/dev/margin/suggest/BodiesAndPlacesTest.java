package dev.margin.suggest;

import dev.margin.domain.ActorType;
import dev.margin.domain.SpeakerResolution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the fourth held-out set (French, Spanish, Italian, Portuguese, Dutch): bodies with a hyphen or an
 * "and" in their names, a person's particle before a surname that looks like a place word, where a speaker comes from
 * (no actor of its own), a street, a portfolio, and a call quoted after "a appelé … à".
 */
class BodiesAndPlacesTest {
    @Test
    void aCapitalisedCompoundThatSpeaksIsABody() {
        Suggestions s = Suggestions.ofLanguage("« En quatre heures, il est tombé deux mois de pluie », a indiqué Météo-France dans un "
                + "communiqué. Hier, Météo-France a indiqué que la pluie continuait.", "fr");
        assertThat(s.quote("En quatre heures, il est tombé deux mois de pluie").speaker()).isEqualTo("Météo-France");
        assertThat(s.quote("la pluie continuait").speaker()).isEqualTo("Météo-France");
        assertThat(s.actors()).allMatch(a -> a.actorType() == ActorType.ORGANISATION);
    }

    @Test
    void aBodysNameGoesOnPastItsAndAndAPersonStopsBeforeTheirEmployer() {
        Suggestions pt = Suggestions.ofLanguage("Segundo o Instituto Português do Mar e da Atmosfera, o inverno será mais seco.", "pt");
        assertThat(pt.actorNames()).containsExactly("Instituto Português do Mar e da Atmosfera");
        Suggestions nl = Suggestions.ofLanguage("\"We hebben de bodem onderschat,\" zei projectdirecteur Marleen Bosch van Waterschap "
                + "Rivierenland. Minister Wouter van Dam liet weten dat het Rijk de kosten deels zal dragen.", "nl");
        assertThat(nl.quote("We hebben de bodem onderschat,").speaker()).isEqualTo("Marleen Bosch");
        assertThat(nl.actorNames()).containsExactlyInAnyOrder("Marleen Bosch", "Waterschap Rivierenland", "Wouter van Dam");
        assertThat(nl.quote("het Rijk de kosten deels zal dragen").speaker()).isEqualTo("Wouter van Dam");
    }

    @Test
    void whereSomeoneUnnamedComesFromOrLivesIsNoActor() {
        Suggestions it = Suggestions.ofLanguage("Un commerciante di Sampierdarena ha detto che il traffico gli è costato metà del "
                + "fatturato.", "it");
        Suggestions nl = Suggestions.ofLanguage("Een bewoner van de Achterweg vertelde dat zijn huis al twee keer is verzakt.", "nl");
        for (Suggestions s : new Suggestions[] {it, nl}) {
            assertThat(s.actors()).isEmpty();
            assertThat(s.quotes()).singleElement().satisfies(q -> assertThat(q.resolution()).isEqualTo(SpeakerResolution.ANONYMOUS));
        }
    }

    @Test
    void aPortfolioAfterARegionalMinisterIsNoPersonAndACallIsQuotedToItsCaller() {
        Suggestions es = Suggestions.ofLanguage("La consejera de Medio Ambiente, Pilar Lasheras, aseguró que el fuego estaba "
                + "estabilizado.", "es");
        assertThat(es.actorNames()).containsExactly("Pilar Lasheras");
        Suggestions fr = Suggestions.ofLanguage("Le préfet du Var, Étienne Marchal, a annoncé la fermeture des écoles. Il a appelé "
                + "les habitants à « ne prendre aucun risque ».", "fr");
        assertThat(fr.quote("ne prendre aucun risque").speaker()).isEqualTo("Étienne Marchal");
        Suggestions it = Suggestions.ofLanguage("Il ministero delle Infrastrutture ha fatto sapere che i fondi sono già stati "
                + "stanziati.", "it");
        assertThat(it.quote("i fondi sono già stati stanziati").speaker()).isEqualTo("Il ministero delle Infrastrutture");
    }

    @Test
    void aDocumentSpeaksForItsMakerWithoutItsArticleOrWhenItWasPublished() {
        Suggestions fr = Suggestions.ofLanguage("Le déficit public atteindra 5,4 % du PIB en 2027, selon un rapport de la Cour des "
                + "comptes publié mardi.", "fr");
        assertThat(fr.quote("Le déficit public atteindra 5,4 % du PIB en 2027").speaker()).isEqualTo("Cour des comptes");
        assertThat(fr.actorNames()).doesNotContain("PIB");
        Suggestions it = Suggestions.ofLanguage("La disoccupazione è scesa al 6,1 per cento, secondo un rapporto dell’Istat "
                + "pubblicato ieri.", "it");
        assertThat(it.quote("La disoccupazione è scesa al 6,1 per cento").speaker()).isEqualTo("Istat");
        Suggestions nl = Suggestions.ofLanguage("De werkloosheid steeg naar 4,1 procent, volgens een analyse van het Centraal "
                + "Planbureau.", "nl");
        assertThat(nl.quote("De werkloosheid steeg naar 4,1 procent").speaker()).isEqualTo("Centraal Planbureau");
        assertThat(nl.actors()).singleElement().satisfies(a -> assertThat(a.actorType()).isEqualTo(ActorType.ORGANISATION));
    }
}
