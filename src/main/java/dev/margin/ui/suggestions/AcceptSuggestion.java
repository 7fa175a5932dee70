package dev.margin.ui.suggestions;

import dev.margin.service.AcceptedSuggestion;
import dev.margin.service.SuggestionService;
import dev.margin.suggest.Suggestion;
import dev.margin.ui.annotations.AnnotationChange;
import dev.margin.service.change.ChangeEffect;

import java.util.List;

/** Accepting one suggestion: undo deletes the annotation (and the actor it created); redo brings it back with its id. */
final class AcceptSuggestion implements AnnotationChange {
    private final SuggestionService service;
    private final String description;
    private final long articleId;
    private final Suggestion suggestion;
    private final List<Suggestion> context;
    private AcceptedSuggestion accepted;
    private AcceptedSuggestion undone;

    AcceptSuggestion(SuggestionService service, String description, long articleId, Suggestion suggestion, List<Suggestion> context) {
        this.service = service;
        this.description = description;
        this.articleId = articleId;
        this.suggestion = suggestion;
        this.context = List.copyOf(context);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public ChangeEffect apply() {
        accepted = undone == null ? service.accept(articleId, suggestion, context) : service.redoAccept(undone);
        undone = null;
        return ChangeEffect.added(accepted.annotation(), touchedActors(accepted));
    }

    @Override
    public ChangeEffect revert() {
        service.undoAccept(accepted);
        undone = accepted;
        return ChangeEffect.removed(accepted.annotation(), touchedActors(accepted));
    }

    static boolean touchedActors(AcceptedSuggestion accepted) {
        return !accepted.createdActors().isEmpty() || !accepted.changedActorsBefore().isEmpty();
    }
}
