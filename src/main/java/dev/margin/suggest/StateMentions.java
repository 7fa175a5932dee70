package dev.margin.suggest;

import dev.margin.domain.ActorType;

import java.util.List;
import java.util.Set;

/**
 * When a place's name stands for its state. A capital stands for its government only where the text makes it act
 * ("Ottawa said", "Beijing has"); a demonym does only before a word for the state's apparatus ("the Nigerian
 * government"); and a body may be named for its country ("Tourism Australia said"). Everywhere else a place is a place.
 */
final class StateMentions {
    /** Nouns after a demonym that make it stand for the state ("the Nigerian government"). */
    private static final Set<String> STATE_NOUNS = Set.of("government", "authorities", "administration", "cabinet",
            "presidency", "military", "army", "navy", "embassy");
    /** Words after a capital showing it acts, so it stands for its government ("Ottawa said", "Beijing has"). */
    private static final Set<String> ACTING_WORDS = Set.of("said", "says", "has", "have", "had", "is", "was", "will",
            "would", "wants", "announced", "warned", "accused", "rejected", "denied", "insisted", "responded", "refused",
            "agreed", "signed", "demanded", "called", "urged", "condemned", "welcomed", "threatened", "vowed",
            "retaliated", "imposed", "recalled", "summoned", "expelled", "protested", "insists", "denies", "argues",
            "approved", "approves", "plans", "planned", "launched", "ordered", "blamed", "backed", "opposed", "offered",
            "defended", "sent", "deployed", "confirmed", "declined", "hopes", "fears", "believes", "describes", "described",
            "calls");

    private final Lexicon lexicon;
    private final TextLayout layout;
    private final ActorRegistry registry;

    StateMentions(Lexicon lexicon, TextLayout layout, ActorRegistry registry) {
        this.lexicon = lexicon;
        this.layout = layout;
        this.registry = registry;
    }

    /** Whether the word right after {@code last} is one of acting ("said", "has", "warned"), so the name before it acts. */
    boolean acts(Token last) {
        int next = layout.firstTokenFrom(last.end());
        if (next >= layout.tokens.size() || last.possessive()) {
            return false;
        }
        Token after = layout.tokens.get(next);
        return layout.onlySpacesBetween(last.end(), after.start()) && ACTING_WORDS.contains(after.text());
    }

    /**
     * Whether {@code words}, no person's and no place's, end in a country's name and act or are described
     * ("Local Government New Zealand said", "Tourism Australia, which …"): an English national body named for its country.
     */
    boolean nationalBodyNamed(List<Token> words, String surface) {
        Token first = words.get(0);
        Token last = words.getLast();
        return words.size() > 1 && !lexicon.isGivenName(first.text()) && !lexicon.isPlace(surface)
                && (acts(last) || layout.text.startsWith(", which ", last.end())) && lexicon.stateNamed(first.text()) == null
                && words.stream().noneMatch(t -> t.text().equals("and"))
                && (lexicon.stateNamed(last.text()) != null
                    || lexicon.stateNamed(layout.text.substring(words.get(words.size() - 2).start(), last.end())) != null);
    }

    /** Adds the state of a capital that acts ("Ottawa said"); a capital that only stands there is no actor. */
    void capitalIfActing(List<Token> words, Lexicon.State state) {
        Token last = words.getLast();
        if (acts(last)) {
            registry.addMention(words.get(0).start(), last.end(), registry.entity(lexicon.nameOf(state), ActorType.STATE), 0.75);
        }
    }

    /** Adds the state of a demonym followed by a word for its apparatus ("the Nigerian government"). */
    void demonymForState(Token demonym, Lexicon.State state) {
        int next = layout.firstTokenFrom(demonym.end());
        if (next < layout.tokens.size()) {
            Token noun = layout.tokens.get(next);
            if (layout.onlySpacesBetween(demonym.end(), noun.start()) && STATE_NOUNS.contains(noun.text())) {
                registry.addMention(demonym.start(), noun.end(), registry.entity(lexicon.nameOf(state), ActorType.STATE), 0.75);
            }
        }
    }
}
