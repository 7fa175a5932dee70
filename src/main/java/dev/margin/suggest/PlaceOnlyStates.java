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
    static Set<ActorEntity> find(String text, List<Mention> mentions, Set<ActorEntity> speakers, LanguageProfile language) {
        Set<ActorEntity> acting = new HashSet<>(speakers);
        Set<ActorEntity> states = new HashSet<>();
        for (Mention mention : mentions) {
            if (mention.entity().type != ActorType.STATE) {
                continue;
            }
            states.add(mention.entity());
            if (!afterPlacePreposition(text, mention.start(), language)) {
                acting.add(mention.entity());
            }
        }
        states.removeAll(acting);
        return states;
    }

    /** Whether the word before {@code start}, past one article ("in der Türkei", "in the Netherlands"), places something. */
    private static boolean afterPlacePreposition(String text, int start, LanguageProfile language) {
        int before = wordStartBefore(text, start);
        if (before >= 0 && language.determiners.contains(word(text, before))) {
            before = wordStartBefore(text, before);
        }
        return before >= 0 && language.placePrepositions.contains(word(text, before));
    }

    /** Where the word right before {@code start} begins, when only spaces separate them, or -1. */
    private static int wordStartBefore(String text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int from = end;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        return end < start && from < end ? from : -1;
    }

    private static String word(String text, int from) {
        int to = from;
        while (to < text.length() && Character.isLetter(text.charAt(to))) {
            to++;
        }
        return text.substring(from, to).toLowerCase(Locale.ROOT);
    }
}
