package dev.margin.suggest;

import dev.margin.domain.ActorType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, twentieth session, from the German halves of held-out sets 83 to 100 (read after their blind runs), where
 * a body or a common noun was offered as a person: a compound naming a kind of company ("Pharmakonzern",
 * "Verkehrsunternehmen") is nobody's name; "des Verbands Deutscher Verkehrsunternehmen", "der Helferkreis Asyl
 * Thalbrunn", "Hellweg Asset Management" and "die Grüne Jugend" are bodies; in "Herr Kollege Zankl" only "Zankl" is a
 * name. German copy names states by their German names, and in either language a state named only as where something
 * happens ("in Deutschland", "a plant in Germany") is offered as no actor.
 */
class BodiesAndStatesCopyTest {
    private static ActorType typeOf(Suggestions s, String actor) {
        return s.actors().stream().filter(a -> a.actor().equals(actor)).map(Suggestion::actorType).findFirst().orElse(null);
    }

    @Test
    void aCompoundNamingAKindOfCompanyIsNobodysName() {
        Suggestions s = Suggestions.ofLanguage("Werk schließt\n„Die Nachfrage ist schlicht nicht da“, sagte die Managerin, die vor ihrem "
                + "Wechsel nach Düsseldorf acht Jahre für einen Schweizer Pharmakonzern gearbeitet hatte.\nVerkehrsunternehmen warnen vor "
                + "Defizit\nNach Berechnungen des Verbands Deutscher Verkehrsunternehmen fehlen den Betrieben 2027 rund 800 Millionen Euro.", "de");
        assertThat(s.actorNames()).doesNotContain("Pharmakonzern");
        assertThat(typeOf(s, "Verbands Deutscher Verkehrsunternehmen")).isNotEqualTo(ActorType.PERSON);
    }

    @Test
    void circlesYouthWingsAndFirmsAreBodies() {
        Suggestions s = Suggestions.ofLanguage("Streit um die Unterkunft\nDie pensionierte Lehrerin leitet den Helferkreis Asyl Thalbrunn, der "
                + "sich 2015 gegründet hat. Die Grüne Jugend teilte danach mit, man werde „weiter Druck machen“. Annika Voss, Fondsmanagerin "
                + "bei Hellweg Asset Management, sieht ein anderes Problem: „Die Rückstellungen fehlen.“", "de");
        assertThat(typeOf(s, "Helferkreis Asyl Thalbrunn")).isEqualTo(ActorType.ORGANISATION);
        assertThat(typeOf(s, "Grüne Jugend")).isEqualTo(ActorType.ORGANISATION);
        assertThat(s.actors()).noneMatch(a -> a.actorType() == ActorType.PERSON && a.actor().contains("Asset"));
        assertThat(s.quote("weiter Druck machen").speaker()).isEqualTo("Grüne Jugend");
    }

    @Test
    void aNounOfAddressAfterHerrIsNoPartOfTheName() {
        Suggestions s = Suggestions.ofLanguage("Haushaltsdebatte\nFür die CSU sprach Florian Zankl. Bundestagsvizepräsidentin Renate Hollweg "
                + "unterbrach ihn: „Herr Kollege Zankl, wir bleiben bitte beim Haushalt.“", "de");
        assertThat(s.actorNames()).doesNotContain("Kollege Zankl");
        assertThat(s.actorOf("Zankl")).isEqualTo("Florian Zankl");
    }

    @Test
    void germanCopyNamesAStateInGermanAndOnlyAnActingStateIsAnActor() {
        Suggestions s = Suggestions.ofLanguage("Ostsee-Kabel beschädigt\nDie Reederei betreibt ein Terminal in Deutschland. Schweden teilte mit, "
                + "man werde die Küstenwache verstärken. Als Vorbild nannte der CDU-Politiker Dänemark.", "de");
        assertThat(typeOf(s, "Dänemark")).isNotEqualTo(ActorType.PERSON);
        assertThat(s.quote("man werde die Küstenwache verstärken").speaker()).isEqualTo("Schweden");
        assertThat(typeOf(s, "Schweden")).isEqualTo(ActorType.STATE);
        assertThat(s.actorNames()).doesNotContain("Deutschland", "Germany");
    }

    @Test
    void aStateNamedOnlyAsWhereSomethingHappensIsNoActor() {
        Suggestions s = Suggestions.ofLanguage("Plant closes\nThe company built a plant in Germany last year. France said it would "
                + "review the deal.", "en");
        assertThat(s.actorNames()).contains("France").doesNotContain("Germany");
    }
}
