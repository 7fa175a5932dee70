package dev.margin.suggest;

import dev.margin.domain.SpeakerResolution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the fortieth held-out set (a politics live blog, a markets wrap, a Nigerian wire story; a tabloid story,
 * a German live blog, a market report), read after its one blind run on 9e4e668.
 */
class LiveBlogAndWireCopyTest {
    @Test
    void aLiveBlogTimeStampOpensNoName() {
        Suggestions s = Suggestions.ofLanguage("Live\n12.58 GMT Claire Whitcombe, the shadow housing secretary, has responded on X. "
                + "She posted:\n“This is a raid on aspiration.”", "en");
        assertThat(s.actorNames()).contains("Claire Whitcombe");
        assertThat(s.quote("This is a raid on aspiration.").speaker()).isEqualTo("Claire Whitcombe");
    }

    @Test
    void aShortLineEndingInAColonHandsTheNextQuoteToItsSubject() {
        Suggestions s = Suggestions.ofLanguage("Live\nAsked about probate, Helen Marchbank said there would be an exemption.\n"
                + "She went on:\n“I have had letters from people in Cornwall.”", "en");
        assertThat(s.quote("I have had letters from people in Cornwall.").speaker()).isEqualTo("Helen Marchbank");
    }

    @Test
    void westAfricanHonorificsAndPoliceRanksAreTitlesNotNames() {
        Suggestions s = Suggestions.ofLanguage("Clash\nThe Police Public Relations Officer in the state, SP Olumide Adeoye-Bakare, said "
                + "14 suspects had been arrested.\nThe Olu of Oke-Agbede, Oba Samuel Adeyemo-Olatunji, said the land \"has belonged "
                + "to our forefathers\".\nHe said the Commissioner of Police had deployed more teams.", "en");
        assertThat(s.quote("14 suspects had been arrested").speaker()).isEqualTo("Olumide Adeoye-Bakare");
        assertThat(s.quote("has belonged to our forefathers").speaker()).isEqualTo("Samuel Adeyemo-Olatunji");
        assertThat(s.actorNames()).doesNotContain("of Police", "Police Public Relations Officer");
    }

    @Test
    void aPoliceRankIsATitleOnlyInEnglish() {
        // the Swiss "SP" is a party, not a superintendent of police
        Lexicon lexicon = Lexicon.load();
        assertThat(lexicon.forLanguage("en").isTitle("SP")).isTrue();
        assertThat(lexicon.forLanguage("de").isTitle("SP")).isFalse();
    }

    @Test
    void anUnnamedSpokespersonIsAnAnonymousSource() {
        Suggestions s = Suggestions.ofLanguage("Live\nThe prime minister’s official spokesperson has been briefing the lobby. "
                + "The spokesperson told reporters that the prime minister had “full confidence” in the policy.", "en");
        assertThat(s.quote("full confidence").resolution()).isEqualTo(SpeakerResolution.ANONYMOUS);
    }

    @Test
    void aSentenceAdverbIsNoSubjectBeforeTwoAsides() {
        Suggestions s = Suggestions.ofLanguage("Clash\nHowever, a senior police officer at the divisional headquarters, who spoke "
                + "on condition of anonymity, told our correspondent that the death toll could rise.", "en");
        Suggestion quote = s.quote("the death toll could rise");
        assertThat(quote.resolution()).isEqualTo(SpeakerResolution.ANONYMOUS);
        assertThat(quote.speaker()).startsWith("a senior police officer");
    }

    @Test
    void aBodysWordThatActsIsNoPerson() {
        Suggestions s = Suggestions.ofLanguage("Live\n“Cabinet agreed the policy and cabinet supports it,” Anna Kellaway said.", "en");
        assertThat(s.actors()).noneMatch(a -> a.actor().equals("Cabinet") && a.actorType() == dev.margin.domain.ActorType.PERSON);
    }

    @Test
    void aWordMarkedInAKonjunktivSentenceIsTheReportedSpeakers() {
        Suggestions s = Suggestions.ofLanguage("Brand\nSein Anwalt Jörg Pfitzner sagte, sein Mandant bestreite die Tat. Die "
                + "Vorverurteilung in der Nachbarschaft sei „unerträglich“. Sein Mandant arbeite am Projekt „Aerolog 2030“.\n"
                + "Das habe ich gelesen, eine „Wasserpolizistin“ bin ich nicht.", "de");
        assertThat(s.quote("unerträglich").speaker()).isEqualTo("Jörg Pfitzner");
        assertThat(s.quoteTexts()).doesNotContain("Aerolog 2030", "Wasserpolizistin");
    }

    @Test
    void germanDatesAndInitialsAreNoNewPeople() {
        Suggestions s = Suggestions.ofLanguage("Brand\nDetlef K. fühlte sich um sein Licht gebracht. Sein Anwalt sagte: „Herr K. hat "
                + "geschlafen.“ Sie kündigte an, im Mai Fragen zur Vergütung zu stellen. Die Vereinigten Staaten seien bereit, sagte sie.", "de");
        assertThat(s.actorOf("K")).isEqualTo("Detlef K.");
        assertThat(s.actorNames()).doesNotContain("Mai Fragen", "Vereinigten Staaten");
        assertThat(s.actors()).filteredOn(a -> a.exact().equals("Vereinigten Staaten"))
                .singleElement().satisfies(a -> assertThat(a.actorType()).isEqualTo(dev.margin.domain.ActorType.STATE));
    }

    @Test
    void aChannelCitingItsSourceGivesTheWordsToTheSource() {
        Suggestions s = Suggestions.ofLanguage("Gipfel\nDie ägyptische Delegation habe den Saal verlassen, berichtet die "
                + "Nachrichtenagentur Reuters unter Berufung auf zwei Diplomaten.\nReuters reported, citing the Egyptian "
                + "Foreign Ministry, that talks would resume.", "de");
        Suggestion left = s.quote("Die ägyptische Delegation habe den Saal verlassen");
        assertThat(left.resolution()).isEqualTo(SpeakerResolution.ANONYMOUS);
        assertThat(left.speaker()).isEqualTo("zwei Diplomaten");
    }

    @Test
    void aFrontedPhraseIsNoSubjectBeforeTwoAsides() {
        Suggestions s = Suggestions.ofLanguage("Ports\nThe Nigerian Ports Authority runs the harbour. In a statement made available to "
                + "journalists in Lagos, the authority, which also runs the airports, said the strike was illegal.", "en");
        assertThat(s.quote("the strike was illegal").speaker()).isEqualTo("Nigerian Ports Authority");
    }

    @Test
    void aClauseAfterTheVerbIsWhatWasSaidWhateverOpensTheSentence() {
        Suggestions s = Suggestions.ofLanguage("Ports\nIn a statement to journalists, Musa Bello said the strike was illegal.", "en");
        assertThat(s.quoteTexts()).containsExactly("the strike was illegal");
    }

    @Test
    void theOneAStatementQuotesSpeaks() {
        Suggestions s = Suggestions.ofLanguage("Curfew\nThe Kwara State Governor, Ibrahim Adebisi, imposed a curfew. His spokesman, Rafiu Ajibola-Sanni, "
                + "signed the statement.\n\"No community "
                + "has the right to take the law into its own hands,\" the statement quoted the governor as saying.", "en");
        assertThat(s.quote("No community has the right to take the law into its own hands,").speaker()).isEqualTo("Ibrahim Adebisi");
    }

    @Test
    void anotherWordForARoleFindsWhoHoldsIt() {
        Suggestions s = Suggestions.ofLanguage("Clash\nSenator Folake Ojo-Aremu condemned the attack. The lawmaker said the clashes had "
                + "become a threat to food security.\nThe Olu of Oke-Agbede, Oba Samuel Adeyemo-Olatunji, spoke on Sunday. The "
                + "monarch said his subjects would not retaliate.", "en");
        assertThat(s.quote("the clashes had become a threat to food security").speaker()).isEqualTo("Folake Ojo-Aremu");
        assertThat(s.quote("his subjects would not retaliate").speaker()).isEqualTo("Samuel Adeyemo-Olatunji");
    }
}
