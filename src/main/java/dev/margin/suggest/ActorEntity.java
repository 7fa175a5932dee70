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
        String bare = name;
        for (String suffix : GENERATIONS) {
            if (bare.endsWith(suffix) && bare.length() > suffix.length()) {
                bare = bare.substring(0, bare.length() - suffix.length()); // "Harold Pruett Jr." is Pruett
                break;
            }
        }
        int space = bare.lastIndexOf(' ');
        return space < 0 ? bare : bare.substring(space + 1);
    }

    private static final java.util.List<String> GENERATIONS = java.util.List.of(" Jr.", " Sr.", " Jr", " Sr", " III", " II", " IV");

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
