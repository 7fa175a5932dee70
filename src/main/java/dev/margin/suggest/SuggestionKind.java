package dev.margin.suggest;

/** What a suggestion proposes to mark. */
public enum SuggestionKind {
    QUOTE, ACTOR, CLAIM
}
