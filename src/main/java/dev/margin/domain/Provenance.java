package dev.margin.domain;

import java.util.Objects;

/**
 * Who made a record (an article, an actor, an annotation), who changed it last, and how many times it was
 * saved. A local library records the computer's user name, a team library the database user (set by the server).
 * Kept beside the record rather than in it, so that copying a library between the two keeps it.
 *
 * @param createdBy  the name of whoever made the record; never empty once stored
 * @param modifiedBy the name of whoever saved it last (the maker until someone else changes it)
 * @param version    1 when made, raised by each change
 */
public record Provenance(String createdBy, String modifiedBy, int version) {
    public Provenance {
        Objects.requireNonNull(createdBy, "createdBy");
        modifiedBy = modifiedBy == null || modifiedBy.isEmpty() ? createdBy : modifiedBy;
        if (version < 1) {
            throw new IllegalArgumentException("a record's version starts at 1, not " + version);
        }
    }

    /** A record just made by {@code who}. */
    public static Provenance madeBy(String who) {
        return new Provenance(who, who, 1);
    }
}
