package dev.margin.suggest;

import dev.margin.domain.Actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The actors already in the library, indexed so that their names and aliases are found in an article in
 * one pass over its tokens: each name is kept as its token sequence under its first token.
 */
final class KnownActors {
    private record Alias(String[] words, boolean capitalised, Actor actor) {
    }

    /** A known actor's name found at a token: how many tokens it covers. */
    record Match(Actor actor, int tokenCount) {
    }

    private final Map<String, List<Alias>> byFirstWord = new HashMap<>();

    KnownActors(List<Actor> actors) {
        for (Actor actor : actors) {
            List<String> names = new ArrayList<>(actor.aliases());
            names.add(0, actor.name());
            for (String name : names) {
                List<Token> tokens = Tokenizer.tokenize(name);
                if (tokens.isEmpty()) {
                    continue;
                }
                String[] words = tokens.stream().map(t -> t.text().toLowerCase(Locale.ROOT)).toArray(String[]::new);
                byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>())
                        .add(new Alias(words, tokens.get(0).isCapitalised(), actor));
            }
        }
    }

    boolean isEmpty() {
        return byFirstWord.isEmpty();
    }

    /** The longest known name starting at token {@code index}, or null. */
    Match matchAt(List<Token> tokens, int index) {
        Token first = tokens.get(index);
        List<Alias> candidates = byFirstWord.get(first.text().toLowerCase(Locale.ROOT));
        if (candidates == null) {
            return null;
        }
        Match best = null;
        for (Alias alias : candidates) {
            if (alias.capitalised() && !first.isCapitalised() || index + alias.words().length > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < alias.words().length && all; k++) {
                Token token = tokens.get(index + k);
                all = token.text().toLowerCase(Locale.ROOT).equals(alias.words()[k])
                        && token.start() - tokens.get(index + k - 1).end() <= 2;
            }
            if (all && (best == null || alias.words().length > best.tokenCount())) {
                best = new Match(alias.actor(), alias.words().length);
            }
        }
        return best;
    }
}
