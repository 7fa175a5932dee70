package dev.margin.service;

import dev.margin.domain.Actor;
import dev.margin.domain.Annotation;
import dev.margin.suggest.Suggestion;

import java.util.List;
import java.util.Objects;

/**
 * What accepting a suggestion saved, and all {@link SuggestionService#undoAccept} needs to take it back:
 * the annotation, the actor's further mentions linked with it (an actor suggestion stands for every mention of
 * its actor), the actors it created (deleted again on undo when nothing else uses them), and the actors it
 * changed as they were before (an actor mention records the role the article gives).
 */
public record AcceptedSuggestion(Suggestion suggestion, Annotation annotation, List<Annotation> furtherMentions,
                                 List<Actor> createdActors, List<Actor> changedActorsBefore) {
    public AcceptedSuggestion {
        Objects.requireNonNull(suggestion, "suggestion");
        Objects.requireNonNull(annotation, "annotation");
        furtherMentions = List.copyOf(furtherMentions);
        createdActors = List.copyOf(createdActors);
        changedActorsBefore = List.copyOf(changedActorsBefore);
    }

    /** Everything the acceptance saved: the annotation, then the further mentions in text order. */
    public List<Annotation> annotations() {
        List<Annotation> all = new java.util.ArrayList<>(List.of(annotation));
        all.addAll(furtherMentions);
        return List.copyOf(all);
    }
}
