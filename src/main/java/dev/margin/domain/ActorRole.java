package dev.margin.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A role an actor held, as an article of a given date describes it ("transport minister").
 *
 * @param asOf      the publication date of the article it came from, or null when unknown
 * @param articleId the article it came from, or null when entered by hand
 */
public record ActorRole(String role, LocalDate asOf, Long articleId) {
    public ActorRole {
        Objects.requireNonNull(role, "role");
    }
}
