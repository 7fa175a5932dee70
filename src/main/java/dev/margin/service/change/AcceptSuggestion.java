package dev.margin.service.change;

import dev.margin.domain.Annotation;
import dev.margin.service.AcceptedSuggestion;
import dev.margin.service.SuggestionService;
import dev.margin.store.Store;
import dev.margin.suggest.Suggestion;

import java.util.List;

/** Accepting one suggestion: undo deletes the annotation (and the actor it created); redo brings it back with its id. */
final class AcceptSuggestion extends StoredChange {
    private final SuggestionService service;
    private final long articleId;
    private final Suggestion suggestion;
    private final List<Suggestion> context;
    private AcceptedSuggestion accepted;
    private AcceptedSuggestion undone;

    AcceptSuggestion(Store store, SuggestionService service, String description, long articleId, Suggestion suggestion,
                     List<Suggestion> context) {
        super(store, description);
        this.service = service;
        this.articleId = articleId;
        this.suggestion = suggestion;
        this.context = List.copyOf(context);
    }

    @Override
    protected ChangeEffect applyStep() {
        if (undone == null && accepted != null && store.annotations().find(accepted.annotation().id()).isPresent()) {
            // an earlier try was committed but its answer lost (see CreateAnnotation): accepting again would double it
            return added(accepted);
        }
        if (undone == null) {
            accepted = service.accept(articleId, suggestion, context);
        } else {
            guard.absent(undone.annotation(), Guard.Step.REDO);
            guard.fitsArticle(undone.annotation(), Guard.Step.REDO);
            accepted = service.redoAccept(undone);
        }
        undone = null;
        return added(accepted);
    }

    @Override
    protected ChangeEffect revertStep() {
        guard.sameDetails(accepted.annotation(), Guard.Step.UNDO);
        service.undoAccept(accepted);
        undone = accepted;
        return new ChangeEffect(List.of(), List.of(), accepted.annotations().stream().map(Annotation::id).toList(),
                touchedActors(accepted));
    }

    /** The annotation and, for an actor, every further mention linked with it: all shown as added together. */
    private static ChangeEffect added(AcceptedSuggestion accepted) {
        return new ChangeEffect(accepted.annotations(), List.of(), List.of(), touchedActors(accepted));
    }

    static boolean touchedActors(AcceptedSuggestion accepted) {
        return !accepted.createdActors().isEmpty() || !accepted.changedActorsBefore().isEmpty();
    }
}
