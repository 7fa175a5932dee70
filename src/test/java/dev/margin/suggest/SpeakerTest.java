package dev.margin.suggest;

import dev.margin.domain.SpeakerResolution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Speakers and cues: before and after the quote, appositions, pronouns, unnamed sources, titles. */
class SpeakerTest {
    @Test
    void speakerBeforeAColon() {
        Suggestion quote = Suggestions.of("Interior Minister Tunde Bakare said: “The border stays closed.”").quote("The border stays closed.");
        assertThat(quote.speaker()).isEqualTo("Tunde Bakare");
        assertThat(quote.cue()).isEqualTo("said");
        assertThat(quote.resolution()).isEqualTo(SpeakerResolution.EXPLICIT);
        assertThat(quote.speakerSpan()).isNotNull();
    }

    @Test
    void speakerWithAnAppositionBetweenNameAndVerb() {
        String text = "“Rents have outpaced wages for a decade,” Jane Roe, a professor at Lagos State University, said.";
        assertThat(Suggestions.of(text).quote("Rents have outpaced wages for a decade,").speaker()).isEqualTo("Jane Roe");
    }

    @Test
    void accordingToNamesTheSource() {
        Suggestion quote = Suggestions.of("According to Musa Bello, “the strike starts on Monday.”").quote("the strike starts on Monday.");
        assertThat(quote.speaker()).isEqualTo("Musa Bello");
        assertThat(quote.cue()).isEqualTo("according to");
    }

    @Test
    void pronounResolvesToTheMostRecentPersonOfFittingGender() {
        String text = "Finance Minister Ngozi Adeyemi met union leader Musa Bello on Monday. "
                + "“We found no common ground,” she said. “They walked out,” he said.";
        Suggestions s = Suggestions.of(text);
        Suggestion hers = s.quote("We found no common ground,");
        assertThat(hers.speaker()).isEqualTo("Ngozi Adeyemi");
        assertThat(hers.resolution()).isEqualTo(SpeakerResolution.PRONOUN);
        assertThat(s.text(hers.speakerSpan())).isEqualTo("she");
        assertThat(s.quote("They walked out,").speaker()).isEqualTo("Musa Bello");
    }

    @Test
    void titleGivesTheGenderAPronounNeeds() {
        String text = "Mrs Okafor and Mr Obi spoke after the vote. “It was close,” he said.";
        assertThat(Suggestions.of(text).quote("It was close,").speaker()).isEqualTo("Obi");
    }

    @Test
    void unnamedSourcesAreAnonymous() {
        String text = "“This is a disaster,” said a senior diplomat who asked not to be named. "
                + "A spokesman for the Ministry of Finance said: “We do not comment on leaks.” "
                + "“Nobody told us,” officials said.";
        Suggestions s = Suggestions.of(text);
        Suggestion diplomat = s.quote("This is a disaster,");
        assertThat(diplomat.resolution()).isEqualTo(SpeakerResolution.ANONYMOUS);
        assertThat(diplomat.speaker()).isEqualTo("a senior diplomat who asked not to be named");
        assertThat(s.quote("We do not comment on leaks.").resolution()).isEqualTo(SpeakerResolution.ANONYMOUS);
        assertThat(s.quote("Nobody told us,").resolution()).isEqualTo(SpeakerResolution.ANONYMOUS);
    }

    @Test
    void definiteDescriptionResolvesToTheActorWithThatRole() {
        String text = "Transport minister Adaeze Okafor opened the line on Monday. “It will carry 40,000 people a day,” the minister said.";
        assertThat(Suggestions.of(text).quote("It will carry 40,000 people a day,").speaker()).isEqualTo("Adaeze Okafor");
    }

    @Test
    void aQuoteWithNoSpeakerAnywhereIsUnattributed() {
        Suggestion quote = Suggestions.of("The crowd gathered early.\n“Enough is enough.”").quote("Enough is enough.");
        assertThat(quote.resolution()).isEqualTo(SpeakerResolution.UNATTRIBUTED);
        assertThat(quote.speaker()).isNull();
    }

    @Test
    void usPartyTagsAndStackedAppositionsBetweenNameAndVerb() {
        String text = "Sen. Rand Paul, R-Ky., who voted against it, said the debt had grown by $2 trillion. "
                + "Senate Majority Leader Chuck Schumer, D-N.Y., called the vote \"a victory for the American people.\"";
        Suggestions s = Suggestions.of(text);
        assertThat(s.quote("the debt had grown by $2 trillion").speaker()).isEqualTo("Rand Paul");
        assertThat(s.quote("a victory for the American people.").speaker()).isEqualTo("Chuck Schumer");
    }

    @Test
    void aPronounNeverGoesToSomeoneWhoseCommonGivenNameSaysOtherwise() {
        Suggestions s = Suggestions.of("Rep. Tom Malley said the plan was bad. Gretchen Hale, a nurse, disagreed.\n"
                + "\"We need the money now,\" she said. \"Not next year,\" he said.");
        assertThat(s.quote("We need the money now,").speaker()).isEqualTo("Gretchen Hale");
        assertThat(s.quote("Not next year,").speaker()).isEqualTo("Tom Malley");
        Suggestions alone = Suggestions.of("Rep. Tom Malley said the plan was bad.\n\"We need the money now,\" she said.");
        // left unresolved rather than given to the only man named (and not named "she")
        assertThat(alone.quote("We need the money now,").speaker()).isNull();
    }
}
