package dev.margin.ui.annotations;

import dev.margin.domain.ActorType;

/** What the actor-mention dialog hands back: the actor as typed, the type a new actor gets, and a role (may be empty). */
public record ActorInput(String name, ActorType type, String role) {
    public ActorInput {
        name = name == null ? "" : name.strip();
        role = role == null ? "" : role.strip();
    }
}
