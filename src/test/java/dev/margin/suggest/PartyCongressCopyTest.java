package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, seventeenth session, from the sixty-seventh held-out set (a party congress, a presidential visit), read after
 * its blind run: a pronoun after a quote goes on with the subject of the sentence before even when an apposition follows
 * the subject's name ("Riesbeck, ein Vertrauter von Haddou, versuchte …") and the sentence before that one ends in a
 * preposition; a shout after a quote ("brüllt ein Mann") is the shouter's.
 */
class PartyCongressCopyTest {
    @Test
    void aPronounGoesOnWithASubjectSetOffByAnApposition() {
        Suggestions s = Suggestions.ofLanguage("Parteitag\nCo-Vorsitzender Tarek Haddou erhielt 81 Prozent. Als Bundesgeschäftsführer "
                + "Malte Riesbeck die Empfehlung begründen wollte, gingen seine Sätze in Pfiffen unter.\nRiesbeck, ein Vertrauter von "
                + "Haddou, versuchte es daraufhin mit Humor. „Ich weiß, dass ich heute nicht der beliebteste Mann bin“, sagte er.", "de");
        assertThat(s.quote("Ich weiß, dass ich heute nicht der beliebteste Mann bin").speaker()).isEqualTo("Malte Riesbeck");
    }

    @Test
    void anEnglishPronounGoesOnWithASubjectSetOffByAnApposition() {
        Suggestions s = Suggestions.ofLanguage("Congress\nPeter Haddou won 81 per cent. Martin Riesbeck spoke next.\nRiesbeck, a close "
                + "ally of Haddou, tried humour instead. \"I know I am not the most popular man in this hall,\" he said.", "en");
        assertThat(s.quote("I know I am not the most popular man in this hall,").speaker()).isEqualTo("Martin Riesbeck");
    }

    @Test
    void aShoutAfterAQuoteIsTheShoutersNotThePersonSpokenTo() {
        Suggestions s = Suggestions.ofLanguage("Besuch\nBundespräsident Ulrich Marwede ging auf die Demonstranten zu. „Ich bin gekommen, "
                + "um zuzuhören“, ruft er. „Hau ab!“, brüllt ein Mann mit Deutschlandfahne.", "de");
        assertThat(s.quote("Hau ab!").speaker()).isNotEqualTo("Ulrich Marwede");
    }
}
