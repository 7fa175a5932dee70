package dev.margin.export;

import dev.margin.domain.Actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refuses actors of a file that are their own ancestors (a parent chain that comes back to where it started): stored,
 * such a chain would send every walk up an actor's parents round for ever.
 */
final class ActorAncestry {
    private ActorAncestry() {
    }

    /** @param items the actors' places in the file, in the same order as {@code actors}, for the message */
    static void refuseCycles(List<Actor> actors, List<JsonLdReader.Item> items) {
        Map<Long, Actor> byId = new HashMap<>();
        Map<Long, JsonLdReader.Item> itemById = new HashMap<>();
        for (int i = 0; i < actors.size(); i++) {
            byId.put(actors.get(i).id(), actors.get(i));
            itemById.put(actors.get(i).id(), items.get(i));
        }
        Set<Long> known = new HashSet<>();
        for (Actor actor : actors) {
            List<Actor> chain = new ArrayList<>();
            Set<Long> onChain = new HashSet<>();
            Actor step = actor;
            while (step != null && !known.contains(step.id())) {
                if (!onChain.add(step.id())) {
                    throw cycle(chain, step, itemById.get(step.id()));
                }
                chain.add(step);
                step = step.parentId() == null ? null : byId.get(step.parentId());
            }
            onChain.forEach(known::add);
        }
    }

    private static JsonLdFormatException cycle(List<Actor> chain, Actor repeated, JsonLdReader.Item item) {
        StringBuilder path = new StringBuilder();
        boolean inCycle = false;
        for (Actor actor : chain) {
            inCycle |= actor.id() == repeated.id();
            if (inCycle) {
                path.append('\u201c').append(actor.name()).append("\u201d \u2192 ");
            }
        }
        path.append('\u201c').append(repeated.name()).append('\u201d');
        return new JsonLdFormatException("actor \u201c" + repeated.name() + "\u201d (" + item.id() + ") " + item.at()
                + " is its own ancestor: its parents lead back to it (" + path + ")");
    }
}
