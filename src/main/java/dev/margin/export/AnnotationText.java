package dev.margin.export;

import dev.margin.domain.Actor;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.Evidence;

import dev.margin.domain.ActorRole;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Plain-text renderings of annotation details shared by the human-readable formats. */
final class AnnotationText {
    private final Map<Long, Actor> actors;

    AnnotationText(Map<Long, Actor> actors) {
        this.actors = actors;
    }

    String actorName(Long actorId) {
        if (actorId == null) {
            return "";
        }
        Actor actor = actors.get(actorId);
        return actor == null ? "" : actor.name();
    }

    /**
     * The roles an actor held, latest first, each with the day it was known ("transport minister as
     * of 2026-11-20"); a role given several times is named once, with its latest day.
     */
    List<String> roles(Long actorId) {
        Actor actor = actorId == null ? null : actors.get(actorId);
        if (actor == null) {
            return List.of();
        }
        List<ActorRole> ordered = new ArrayList<>(actor.roles());
        ordered.sort(Comparator.comparing(ActorRole::asOf, Comparator.nullsLast(Comparator.reverseOrder())));
        Map<String, ActorRole> latest = new LinkedHashMap<>();
        ordered.forEach(role -> latest.putIfAbsent(role.role().strip().toLowerCase(java.util.Locale.ROOT), role));
        return latest.values().stream().filter(role -> !role.role().isBlank())
                .map(role -> role.role().strip() + (role.asOf() == null ? "" : " as of " + role.asOf())).toList();
    }

    /** {@link #roles} in one line, separated by "; ". */
    String rolesLine(Long actorId) {
        return String.join("; ", roles(actorId));
    }

    String speaker(Annotation annotation) {
        return annotation.quote() == null ? "" : actorName(annotation.quote().speakerActorId());
    }

    /** The claimant's name, or the outlet's name (or "the outlet" when it has none) when the outlet itself makes the claim. */
    String claimant(Annotation annotation, Article article) {
        ClaimDetails claim = annotation.claim();
        if (claim == null) {
            return "";
        }
        if (claim.claimantActorId() != null) {
            return actorName(claim.claimantActorId());
        }
        if (claim.claimantIsOutlet()) {
            return article.outlet().isBlank() ? "the outlet" : article.outlet();
        }
        return "";
    }

    static String evidence(Evidence evidence) {
        StringBuilder line = new StringBuilder(Labels.of(evidence.stance())).append(": ").append(evidence.url());
        if (evidence.archivedUrl() != null && !evidence.archivedUrl().isBlank()) {
            line.append(" (archived: ").append(evidence.archivedUrl()).append(')');
        }
        if (!evidence.note().isBlank()) {
            line.append(" - ").append(evidence.note());
        }
        return line.toString();
    }

    static String allEvidence(ClaimDetails claim) {
        return claim == null ? "" : claim.evidence().stream().map(AnnotationText::evidence).collect(Collectors.joining("\n"));
    }
}
