package dev.margin.domain.read;

import dev.margin.domain.Actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the library holds about one actor: the actor itself, its roles over time with the articles they
 * came from, every quote it gave and every claim it made, each in article-date order (undated last).
 */
public record ActorPage(Actor actor, List<RoleEntry> roles, List<ReviewRow> quotes, List<ReviewRow> claims, int mentions) {
    /** A role, with the date and title of the article it came from (both null when entered by hand). */
    public record RoleEntry(String role, LocalDate asOf, Long articleId, String articleTitle) {
        public RoleEntry {
            Objects.requireNonNull(role, "role");
        }
    }

    public ActorPage {
        Objects.requireNonNull(actor, "actor");
        roles = List.copyOf(roles);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
    }
}
