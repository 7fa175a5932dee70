package dev.margin.suggest;

import dev.margin.domain.Actor;
import dev.margin.domain.Span;

import java.util.List;

/** Test helper: runs the shipped suggester and picks suggestions out of its result. */
final class Suggestions {
    private static final Suggester SUGGESTER = new Suggester(Lexicon.load());

    private final String text;
    private final List<Suggestion> all;

    private Suggestions(String text, List<Suggestion> all) {
        this.text = text;
        this.all = all;
    }

    static Suggestions of(String text) {
        return new Suggestions(text, SUGGESTER.suggest(text));
    }

    /** The suggestions for {@code text} read in {@code language} (the article's metadata). */
    static Suggestions ofLanguage(String text, String language) {
        return new Suggestions(text, SUGGESTER.suggest(text, List.of(), language));
    }

    static Suggestions of(String text, List<Actor> known) {
        return new Suggestions(text, SUGGESTER.suggest(text, known));
    }

    List<Suggestion> all() {
        return all;
    }

    List<Suggestion> quotes() {
        return all.stream().filter(s -> s.kind() == SuggestionKind.QUOTE).toList();
    }

    List<Suggestion> actors() {
        return all.stream().filter(s -> s.kind() == SuggestionKind.ACTOR).toList();
    }

    List<Suggestion> claims() {
        return all.stream().filter(s -> s.kind() == SuggestionKind.CLAIM).toList();
    }

    /** The quote whose exact text is {@code exact}; fails when there is none. */
    Suggestion quote(String exact) {
        return quotes().stream().filter(s -> s.exact().equals(exact)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote [" + exact + "] among " + quotes().stream().map(Suggestion::exact).toList()));
    }

    List<String> quoteTexts() {
        return quotes().stream().map(Suggestion::exact).toList();
    }

    List<String> actorNames() {
        return actors().stream().map(Suggestion::actor).distinct().toList();
    }

    /** The text a secondary span covers. */
    String text(Span span) {
        return text.substring(span.start(), span.end());
    }

    /** The canonical actor name of the mention with exact text {@code mention}, or null. */
    String actorOf(String mention) {
        return actors().stream().filter(s -> s.exact().equals(mention)).map(Suggestion::actor).findFirst().orElse(null);
    }
}
