package dev.margin.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A person, organisation, state or group, shared by every article that mentions it.
 *
 * @param id          0 for an actor not yet stored
 * @param externalId  an identifier elsewhere (a Wikidata QID), or null
 * @param parentId    the actor this one belongs to (a minister's government), or null
 */
public record Actor(long id, String name, List<String> aliases, ActorType type, String description,
                    String externalId, Long parentId, List<ActorRole> roles) {
    public Actor {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an actor needs a name");
        }
        name = name.strip();
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        type = type == null ? ActorType.OTHER : type;
        description = description == null ? "" : description;
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** A new, unsaved actor with just a name and a type. */
    public static Actor named(String name, ActorType type) {
        return new Actor(0, name, List.of(), type, "", null, null, List.of());
    }

    public Actor withId(long newId) {
        return new Actor(newId, name, aliases, type, description, externalId, parentId, roles);
    }

    public Actor withName(String newName) {
        return new Actor(id, newName, aliases, type, description, externalId, parentId, roles);
    }

    public Actor withAliases(List<String> newAliases) {
        return new Actor(id, name, newAliases, type, description, externalId, parentId, roles);
    }

    public Actor withType(ActorType newType) {
        return new Actor(id, name, aliases, newType, description, externalId, parentId, roles);
    }

    public Actor withDescription(String newDescription) {
        return new Actor(id, name, aliases, type, newDescription, externalId, parentId, roles);
    }

    public Actor withRole(ActorRole role) {
        List<ActorRole> more = new ArrayList<>(roles);
        more.add(role);
        return new Actor(id, name, aliases, type, description, externalId, parentId, more);
    }

    /** True when {@code candidate} is this actor's name or one of its aliases, ignoring case and outer spaces. */
    public boolean answersTo(String candidate) {
        String wanted = candidate.strip().toLowerCase(Locale.ROOT);
        if (name.toLowerCase(Locale.ROOT).equals(wanted)) {
            return true;
        }
        return aliases.stream().anyMatch(alias -> alias.strip().toLowerCase(Locale.ROOT).equals(wanted));
    }
}
