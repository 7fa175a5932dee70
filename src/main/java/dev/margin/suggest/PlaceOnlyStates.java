package dev.margin.suggest;

import dev.margin.domain.ActorType;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * States an article names only as where something happens ("a plant in Germany", "Exporte nach China", "in der
 * Schweiz"): no one who speaks or acts, so they are offered as no actor. A state that speaks anywhere in the article
 * ("Sweden said", "Schweden teilte mit") or is named once outside such a phrase is kept, with all its mentions.
 */
final class PlaceOnlyStates {
    private PlaceOnlyStates() {
    }

    /** The states among {@code mentions} named only after a place's preposition and speaking no quote. */
    static Set<ActorEntity> find(TextLayout layout, List<Mention> mentions, Set<ActorEntity> speakers, LanguageProfile language) {
        Set<ActorEntity> acting = new HashSet<>(speakers);
        Set<ActorEntity> states = new HashSet<>();
        for (Mention mention : mentions) {
            if (mention.entity().type != ActorType.STATE) {
                continue;
            }
            states.add(mention.entity());
            if (!afterPlacePreposition(layout, mention.start(), language)) {
                acting.add(mention.entity());
            }
        }
        states.removeAll(acting);
        return states;
    }

    /** Whether the word before {@code start}, past one article ("in der Türkei", "in the Netherlands"), places something. */
    private static boolean afterPlacePreposition(TextLayout layout, int start, LanguageProfile language) {
        int before = wordBefore(layout, layout.firstTokenFrom(start));
        if (before >= 0 && language.determiners.contains(lower(layout, before))) {
            before = wordBefore(layout, before);
        }
        return before >= 0 && language.placePrepositions.contains(lower(layout, before));
    }

    /** The index of the token before token {@code index} when only spaces stand between them, else -1. */
    private static int wordBefore(TextLayout layout, int index) {
        int before = index - 1;
        int at = index < layout.tokens.size() ? layout.tokens.get(index).start() : layout.text.length();
        return before >= 0 && layout.onlySpacesBetween(layout.tokens.get(before).end(), at) ? before : -1;
    }

    private static String lower(TextLayout layout, int index) {
        return layout.tokens.get(index).text().toLowerCase(Locale.ROOT);
    }
}
