package dev.margin.suggest;

import dev.margin.domain.ActorType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17: the OpenNLP part-of-speech models tell proper from common nouns, and the rules use them. */
class PartOfSpeechTest {
    private static final Suggester SUGGESTER = new Suggester(Lexicon.load());

    private static Token token(TextLayout layout, String word) {
        return layout.tokens.stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow();
    }

    @Test
    void theGermanModelTellsNamesFromCapitalisedCommonNouns() {
        TextLayout layout = new TextLayout("Die Entscheidung sei falsch, sagte Wiebke Sönnichsen am Montag in 25 Meter Tiefe.");
        PosTags tags = new PosTags(layout, "de");
        assertThat(tags.available()).isTrue();
        assertThat(tags.isCommonNoun(token(layout, "Entscheidung"))).isTrue();
        assertThat(tags.isCommonNoun(token(layout, "Tiefe"))).isTrue();
        assertThat(tags.isProperNoun(token(layout, "Wiebke"))).isTrue();
        assertThat(tags.isProperNoun(token(layout, "Sönnichsen"))).isTrue();
        assertThat(tags.tagOf(token(layout, "sagte"))).isEqualTo("VERB");
    }

    @Test
    void aLanguageWithoutAModelAnswersDontKnow() {
        TextLayout layout = new TextLayout("Il ministro Marco Bellini ha detto che la decisione è giusta.");
        PosTags tags = new PosTags(layout, "it");
        assertThat(PosModels.isShipped("it")).isFalse();
        assertThat(tags.available()).isFalse();
        assertThat(tags.tagOf(token(layout, "Bellini"))).isNull();
        assertThat(tags.isProperNoun(token(layout, "Bellini"))).isFalse();
        assertThat(PosModels.isShipped("en")).isTrue();
        assertThat(PosModels.isShipped("fr")).isTrue();
    }

    @Test
    void aGermanNameNoListKnowsIsAPersonAndTheNounBeforeItARole() {
        String text = "Der Betreiber reagierte empört.\n"
                + "„Das ist ein schwerer Schlag für die Energiewende“, sagte Geschäftsführer Hauke Jessen.\n"
                + "Nach dem Hochwasser hat Oberbürgermeister Jürgen Dupré Versäumnisse eingeräumt.";
        List<Suggestion> suggestions = SUGGESTER.suggest(text, List.of(), "de");
        assertThat(suggestions).filteredOn(s -> s.kind() == SuggestionKind.ACTOR && s.actorType() == ActorType.PERSON)
                .extracting(Suggestion::actor).containsExactlyInAnyOrder("Hauke Jessen", "Jürgen Dupré");
        assertThat(suggestions).filteredOn(s -> s.kind() == SuggestionKind.ACTOR && s.actor().equals("Hauke Jessen"))
                .extracting(Suggestion::role).containsOnly("Geschäftsführer");
        assertThat(suggestions).filteredOn(s -> s.kind() == SuggestionKind.QUOTE)
                .extracting(Suggestion::speaker).containsExactly("Hauke Jessen");
    }

    @Test
    void aFrontedPhraseBeforeAParentheticalAttributionIsNotWhatWasReported() {
        String text = "Crews worked through the night.\n"
                + "For weeks after a flood, insurers say, the risk of mould in cellars stays high.";
        assertThat(SUGGESTER.suggest(text, List.of(), "en"))
                .filteredOn(s -> s.kind() == SuggestionKind.QUOTE)
                .extracting(Suggestion::exact).containsExactly("the risk of mould in cellars stays high");
    }

    @Test
    void aSecondReportingVerbJoinedByAndEndsTheReport() {
        String text = "Repairs began in March.\n"
                + "On Monday the mayor, Colin Ashdown, said that the repairs were “overdue” and promised new money for the bridges.";
        assertThat(SUGGESTER.suggest(text, List.of(), "en"))
                .filteredOn(s -> s.kind() == SuggestionKind.QUOTE && s.quoteType() == dev.margin.domain.QuoteType.INDIRECT)
                .extracting(Suggestion::exact).containsExactly("the repairs were “overdue”");
    }

    @Test
    void aModelIsLoadedOnceAndSharedAndAskingForALoadedOneLoadsNothing() {
        assertThat(PosModels.loadedTagger("xx")).isEmpty();
        var first = PosModels.tagger("fr").orElseThrow();
        assertThat(PosModels.tagger("FR").orElseThrow()).isSameAs(first);
        assertThat(PosModels.loadedTagger("fr")).containsSame(first);
        assertThat(PosModels.tagger("xx")).isEmpty();
    }
}
