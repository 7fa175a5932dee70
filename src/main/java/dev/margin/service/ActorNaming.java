package dev.margin.service;

import dev.margin.domain.Actor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The one rule for which actor a typed name means, and for when a mention's words become an alias. The window
 * (over its in-memory list of actors) and the command line (through {@link ActorService#resolve}) both ask here.
 *
 * <p>A typed name means, in this order: the actor with that name; else the actor with that alias; else the
 * only actor whose name ends with it ("Okafor" for "Adaeze Okafor"); else the only actor whose name holds it as
 * whole words ("Okafor" for "Okafor Holdings"). Case and outer spaces do not count; among several actors with
 * the same name or alias the oldest wins; when several actors end with or hold the name, it means none of them,
 * and a new actor is made. A typed name never becomes an alias by itself: only an actor mention worded
 * otherwise than its actor's name and aliases adds its words ("Okafor’s" adds "Okafor").
 */
public final class ActorNaming {
    private static final Comparator<Actor> OLDEST_FIRST = Comparator.comparingLong(Actor::id);

    private ActorNaming() {
    }

    /** The actor {@code typed} means among {@code actors}, or empty when it means none (or is blank). */
    public static Optional<Actor> resolve(Collection<Actor> actors, String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String wanted = lower(typed);
        Optional<Actor> byName = actors.stream().filter(actor -> lower(actor.name()).equals(wanted)).min(OLDEST_FIRST);
        if (byName.isPresent()) {
            return byName;
        }
        Optional<Actor> byAlias = actors.stream().filter(actor -> actor.answersTo(typed)).min(OLDEST_FIRST);
        if (byAlias.isPresent()) {
            return byAlias;
        }
        Optional<Actor> bySurname = only(actors, actor -> lower(actor.name()).endsWith(" " + wanted));
        return bySurname.isPresent() ? bySurname : only(actors, actor -> holdsWords(lower(actor.name()), wanted));
    }

    /** The words of a mention as an actor's name: stripped, without a possessive "’s". */
    public static String mentionWords(String exact) {
        String words = exact == null ? "" : exact.strip();
        if (words.length() > 2 && (words.endsWith("’s") || words.endsWith("'s"))) {
            words = words.substring(0, words.length() - 2).strip();
        }
        return words;
    }

    /** The actor with the mention's words as one more alias when it does not answer to them already. */
    public static Actor withMentionAlias(Actor actor, String mentionExact) {
        String words = mentionWords(mentionExact);
        if (words.isEmpty() || actor.answersTo(words)) {
            return actor;
        }
        List<String> aliases = new ArrayList<>(actor.aliases());
        aliases.add(words);
        return actor.withAliases(aliases);
    }

    private static Optional<Actor> only(Collection<Actor> actors, Predicate<Actor> test) {
        List<Actor> matching = actors.stream().filter(test).toList();
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }

    private static boolean holdsWords(String name, String words) {
        return (" " + name + " ").contains(" " + words + " ");
    }

    private static String lower(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
