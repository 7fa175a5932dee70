package dev.margin.suggest;

import dev.margin.domain.Anchor;
import dev.margin.domain.Annotation;
import dev.margin.domain.QuoteDetails;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Rejected suggestions stay away, and marked spans get no second suggestion of the same kind. */
class SuggestionFilterTest {
    private static final String TEXT = "“Inflation has halved,” said Ama Mensah. Ama Mensah said rates would fall by 2 percent.";

    @Test
    void rejectedAndAlreadyMarkedSuggestionsAreLeftOut() {
        List<Suggestion> all = new Suggester(Lexicon.load()).suggest(TEXT);
        Suggestion directQuote = all.stream().filter(s -> s.exact().equals("Inflation has halved,")).findFirst().orElseThrow();
        Suggestion reported = all.stream().filter(s -> s.exact().equals("rates would fall by 2 percent")
                && s.kind() == SuggestionKind.QUOTE).findFirst().orElseThrow();
        Annotation marked = Annotation.quote(1, 1, Anchor.of(TEXT, directQuote.start(), directQuote.end() - 1),
                QuoteDetails.direct(null, "said"), Instant.parse("2026-11-24T10:00:00Z"));

        List<Suggestion> kept = SuggestionFilter.withoutMarkedOrRejected(all, List.of(marked), Set.of(reported.id()));

        assertThat(kept).doesNotContain(directQuote, reported);
        assertThat(kept).anyMatch(s -> s.kind() == SuggestionKind.ACTOR && s.actor().equals("Ama Mensah"));
        assertThat(kept).anyMatch(s -> s.kind() == SuggestionKind.CLAIM && s.exact().equals("Inflation has halved"));
    }

    @Test
    void idsAreStableForTheSameKindAndSpan() {
        List<Suggestion> first = new Suggester(Lexicon.load()).suggest(TEXT);
        List<Suggestion> second = new Suggester(Lexicon.load()).suggest(TEXT);
        assertThat(first).extracting(Suggestion::id).containsExactlyElementsOf(second.stream().map(Suggestion::id).toList());
        assertThat(first).extracting(Suggestion::id).doesNotHaveDuplicates();
    }
}
