package dev.margin.service.change;

import dev.margin.domain.Annotation;
import dev.margin.service.AcceptedSuggestion;
import dev.margin.service.SuggestionService;
import dev.margin.store.Store;
import dev.margin.suggest.Suggestion;
import dev.margin.suggest.SuggestionKind;

import java.util.List;
import java.util.UUID;

/** "Accept all of this kind": one change in the history, made, undone and redone as a whole in one transaction. */
final class AcceptAllSuggestions extends StoredChange {
    private final SuggestionService service;
    private final long articleId;
    private final SuggestionKind kind;
    private final List<Suggestion> open;
    private List<AcceptedSuggestion> accepted;
    private List<AcceptedSuggestion> undone;

    AcceptAllSuggestions(Store store, SuggestionService service, String description, long articleId, SuggestionKind kind,
                         List<Suggestion> open) {
        super(store, description);
        this.service = service;
        this.articleId = articleId;
        this.kind = kind;
        this.open = List.copyOf(open);
    }

    @Override
    protected ChangeEffect applyStep() {
        if (undone == null && accepted != null && !accepted.isEmpty()
                && store.annotations().find(accepted.get(0).annotation().id()).isPresent()) {
            // an earlier try was committed (all of it: one transaction) but its answer lost: accepting again would double
            return new ChangeEffect(accepted.stream().flatMap(one -> one.annotations().stream()).toList(), List.of(), List.of(), actorsTouched());
        }
        if (undone == null) {
            accepted = service.acceptAll(articleId, kind, open);
        } else {
            for (AcceptedSuggestion one : undone) {
                guard.absent(one.annotation(), Guard.Step.REDO);
                guard.fitsArticle(one.annotation(), Guard.Step.REDO);
            }
            accepted = service.redoAcceptAll(undone);
        }
        undone = null;
        List<Annotation> added = accepted.stream().flatMap(one -> one.annotations().stream()).toList();
        return new ChangeEffect(added, List.of(), List.of(), actorsTouched());
    }

    @Override
    protected ChangeEffect revertStep() {
        for (AcceptedSuggestion one : accepted) {
            guard.sameDetails(one.annotation(), Guard.Step.UNDO);
        }
        service.undoAcceptAll(accepted);
        undone = accepted;
        List<UUID> removed = accepted.stream().flatMap(one -> one.annotations().stream()).map(Annotation::id).toList();
        return new ChangeEffect(List.of(), List.of(), removed, actorsTouched());
    }

    private boolean actorsTouched() {
        return accepted.stream().anyMatch(AcceptSuggestion::touchedActors);
    }
}
