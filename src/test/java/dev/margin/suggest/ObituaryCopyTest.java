package dev.margin.suggest;

import dev.margin.domain.ActorType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the thirteenth held-out set (tributes to a musician): song and album titles in marks, a band named
 * with "the", a role capitalised at a sentence's start, "her family" as a speaker, and a verb followed by a clause of
 * time that reports nothing.
 */
class ObituaryCopyTest {
    @Test
    void titlesOfWorksAreNoQuotesWhenAWorksNounStandsBeforeOrAfterThem() {
        Suggestions s = Suggestions.of("The story appears in the liner notes of the band's 1994 greatest-hits collection, \"Long Way Round.\"\n"
                + "In a 1998 interview, she described \"Gravel Road Hymn,\" the ballad she wrote after her father was killed in a "
                + "mining accident, as \"the only song I can't get through.\"");
        assertThat(s.quoteTexts()).noneMatch(q -> q.startsWith("Long Way Round") || q.startsWith("Gravel Road Hymn"))
                .noneMatch(q -> q.startsWith("her father was killed"));
    }

    @Test
    void aBandNamedWithTheIsAGroupAndARoleOpeningTheSentenceIsNoPartOfTheName() {
        Suggestions s = Suggestions.of("Lorna Vance fronted the Halfway Stars for 50 years. Drummer Wendell Haskins, who left the band "
                + "in 1984, was among the first to pay tribute.");
        assertThat(s.actors()).filteredOn(a -> a.actor().equals("Halfway Stars"))
                .isNotEmpty().allSatisfy(a -> assertThat(a.actorType()).isEqualTo(ActorType.GROUP));
        assertThat(s.actorNames()).contains("Wendell Haskins").doesNotContain("Drummer Wendell Haskins");
    }

    @Test
    void herFamilySpeaksAsTheFamilyNamedForHer() {
        Suggestions s = Suggestions.of("Lorna Vance, the singer, has died.\nVance died Tuesday at her home in Nashville, her family said "
                + "in a statement.");
        assertThat(s.quote("Vance died Tuesday at her home in Nashville").speaker()).isEqualTo("Vance family");
    }

    @Test
    void aGivenNameSaysWhoHeCanBe() {
        Suggestions s = Suggestions.of("Lorna Vance has died. Drummer Wendell Haskins, who fell out with Vance over credits, paid "
                + "tribute.\n\"We fought like family because we were family,\" he wrote on X.");
        assertThat(s.quote("We fought like family because we were family,").speaker()).isEqualTo("Wendell Haskins");
    }
}
