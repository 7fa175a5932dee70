package dev.margin.suggest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, nineteenth session, from the eighty-second held-out set (a debate night and a running-mate pick), read after
 * its blind run: words quoted after "and" in another quote's sentence go on with that quote's speaker; a participle after
 * "with" has its subject there; "and Whitlock firing back" opens the next clause, not the quote's attribution; an
 * age before a role ("The 54-year-old governor") still lets the role open the sentence a pronoun goes on with; and from
 * the ninety-sixth, a quote after ", adding:" goes on with the speaker of the quote before in its sentence.
 */
class CoordinatedQuotesCopyTest {
    @Test
    void wordsQuotedAfterAndGoOnWithTheSpeakerOfTheQuoteBefore() {
        Suggestions s = Suggestions.ofLanguage("Running mate named\nPHOENIX (AP) — Thomas Barrow on Monday named former Arizona Rep. Elena "
                + "Marsh as his running mate.\nBarrow, a two-term governor of Kansas, introduced Marsh at a rally, calling her \"the toughest "
                + "person I've ever lost an argument to\" and saying the pair would \"take the country back from the two parties that broke it.\"", "en");
        assertThat(s.quote("take the country back from the two parties that broke it.").speaker()).isEqualTo("Thomas Barrow");
    }

    @Test
    void germanWordsQuotedAfterUndGoOnWithTheSpeakerOfTheQuoteBefore() {
        Suggestions s = Suggestions.ofLanguage("Haushalt beschlossen\nDer Stadtrat hat den Haushalt für 2027 beschlossen. Deutlich rauer wurde der "
                + "Ton, als Ansgar Velten ans Pult trat. Der Fraktionschef nannte den Etat einen „Offenbarungseid“ und den Kämmerer einen "
                + "„Buchhalter ohne Kompass“.", "de");
        assertThat(s.quote("Buchhalter ohne Kompass").speaker()).isEqualTo("Ansgar Velten");
    }

    @Test
    void aParticipleAfterWithHasItsSubjectThere() {
        Suggestions s = Suggestions.ofLanguage("Debate turns bitter\nThe first debate turned into a brawl on Sunday, with Michigan Sen. Maren "
                + "Holloway accusing Colorado Gov. Dana Whitlock of running on “a plan written by insurance lobbyists” and Whitlock firing back "
                + "that her rival had “never run anything bigger than a Senate office.”", "en");
        assertThat(s.quote("a plan written by insurance lobbyists").speaker()).isEqualTo("Maren Holloway");
        assertThat(s.quote("never run anything bigger than a Senate office.").speaker()).isEqualTo("Dana Whitlock");
    }

    @Test
    void anAgeBeforeTheRoleOpeningTheSentenceBeforeKeepsThePronounWithTheRole() {
        Suggestions s = Suggestions.ofLanguage("Debate turns bitter\nMichigan Sen. Maren Holloway accused Colorado Gov. Dana Whitlock of running "
                + "on a bad plan.\n“Governor Whitlock likes to tell you she balanced four budgets,” Holloway said, turning to face the governor.\n"
                + "The 54-year-old governor did not wait to be called on. “That is false, and Maren knows it is false,” she said.", "en");
        assertThat(s.quote("That is false, and Maren knows it is false,").speaker()).isEqualTo("Dana Whitlock");
    }

    @Test
    void aQuoteAfterAddingGoesOnWithTheSpeakerOfTheQuoteBefore() {
        Suggestions s = Suggestions.ofLanguage("Senate race\nThe independent in the race, Dolores Haight, said in a statement that both nominees had "
                + "“spent more time attacking each other than reading the report,” adding: “I have read it. It is not good news.”", "en");
        assertThat(s.quote("I have read it. It is not good news.").speaker()).isEqualTo("Dolores Haight");
    }
}
