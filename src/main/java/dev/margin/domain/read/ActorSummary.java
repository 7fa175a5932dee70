package dev.margin.domain.read;

import dev.margin.domain.ActorType;

import java.util.List;

/** One line of the actors list: who, and how often the library quotes, mentions and cites them as claimant. */
public record ActorSummary(long id, String name, ActorType type, List<String> aliases, int quotes, int mentions, int claims) {
    public ActorSummary {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public int total() {
        return quotes + mentions + claims;
    }
}
