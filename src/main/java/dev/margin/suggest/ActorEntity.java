package dev.margin.suggest;

import dev.margin.domain.ActorType;

/**
 * One actor as the suggester pieces it together within one article: its canonical name, type, the role
 * a title or apposition gave it, and the gender a title, given name or earlier pronoun suggests. Mutable
 * only while one {@link Suggester#suggest} call runs; never shared between calls.
 */
final class ActorEntity {
    final String name;
    final ActorType type;
    final Long knownActorId;
    String role;
    char gender = '-';

    ActorEntity(String name, ActorType type, Long knownActorId) {
        this.name = name;
        this.type = type;
        this.knownActorId = knownActorId;
    }

    String surname() {
        int space = name.lastIndexOf(' ');
        return space < 0 ? name : name.substring(space + 1);
    }

    String givenName() {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    boolean fitsGender(char wanted) {
        return gender == '-' || gender == wanted;
    }

    void learnRole(String newRole) {
        if (role == null && newRole != null && !newRole.isBlank()) {
            role = newRole;
        }
    }

    void learnGender(char newGender) {
        if (gender == '-' && newGender != '-') {
            gender = newGender;
        }
    }
}
