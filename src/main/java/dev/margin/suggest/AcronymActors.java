package dev.margin.suggest;

import dev.margin.domain.ActorType;

import java.util.Locale;

/**
 * An acronym standing alone as a name, for the {@link ActorFinder}: a state ("USA"), another name of the body just
 * before it ("World Health Organization (WHO)"), a body named earlier by its initials, else a body of its own; never a
 * dateline ("LAGOS, March 3"), a state's postal abbreviation ("Fargo, N.D.") or a listed non-actor ("GDP").
 */
final class AcronymActors {
    private final Lexicon lexicon;
    private final String text;
    private final ActorRegistry registry;

    AcronymActors(Lexicon lexicon, TextLayout layout, ActorRegistry registry) {
        this.lexicon = lexicon;
        this.text = layout.text;
        this.registry = registry;
    }

    /** Registers what the acronym {@code acronym}, a run of its own, names; nothing when it names no actor. */
    void classify(Token acronym) {
        String word = acronym.text();
        // ("counsel assisting Dominic Farrell, SC, asked": letters after a name, set off by commas, are no actor)
        if (lexicon.isNonActorAcronym(word) || Furniture.isDateline(text, acronym) || AppositionBounds.isSetOffPostNominal(lexicon, text, acronym)
                || word.contains(".") && lexicon.language().stateTags.containsKey(word.toLowerCase(Locale.ROOT))) {
            return; // ("Fargo, N.D.": a state's abbreviation after a town)
        }
        String titleCase = word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
        if (word.length() > 4 && (lexicon.isPlace(titleCase) || lexicon.stateWithCapital(titleCase) != null
                || lexicon.stateNamed(titleCase) != null)) {
            // a dateline ("LAGOS, March 3") names where the story was filed, not who acts in it
            return;
        }
        Lexicon.State state = lexicon.stateNamed(word);
        if (state != null) {
            registry.addMention(acronym.start(), acronym.end(), registry.entity(lexicon.nameOf(state), ActorType.STATE), 0.85);
            return;
        }
        // "World Health Organization (WHO)": the acronym is another name of the organisation just before it
        Mention previous = registry.lastMention();
        if (acronym.start() >= 2 && text.charAt(acronym.start() - 1) == '(' && previous != null) {
            if (previous.end() == acronym.start() - 2 && previous.entity().type == ActorType.ORGANISATION) {
                registry.alias(word, previous.entity());
                registry.addMention(acronym.start(), acronym.end(), previous.entity(), 0.85);
                return;
            }
        }
        ActorEntity existing = registry.named(word) != null ? registry.named(word) : registry.organisationWithInitials(word);
        registry.addMention(acronym.start(), acronym.end(), existing != null ? existing : registry.entity(word, ActorType.ORGANISATION), 0.7);
    }
}
