package dev.margin.ui.suggestions;

import dev.margin.domain.Annotation;
import dev.margin.service.AcceptedSuggestion;
import dev.margin.service.SuggestionService;
import dev.margin.suggest.Suggestion;
import dev.margin.suggest.SuggestionKind;
import dev.margin.ui.annotations.AnnotationChange;
import dev.margin.service.change.ChangeEffect;

import java.util.List;
import java.util.UUID;

/** "Accept all of this kind": one change in the history, undone and redone as a whole. */
final class AcceptAllSuggestions implements AnnotationChange {
    private final SuggestionService service;
    private final String description;
    private final long articleId;
    private final SuggestionKind kind;
    private final List<Suggestion> open;
    private List<AcceptedSuggestion> accepted;
    private List<AcceptedSuggestion> undone;

    AcceptAllSuggestions(SuggestionService service, String description, long articleId, SuggestionKind kind, List<Suggestion> open) {
        this.service = service;
        this.description = description;
        this.articleId = articleId;
        this.kind = kind;
        this.open = List.copyOf(open);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public ChangeEffect apply() {
        accepted = undone == null ? service.acceptAll(articleId, kind, open) : service.redoAcceptAll(undone);
        undone = null;
        List<Annotation> added = accepted.stream().map(AcceptedSuggestion::annotation).toList();
        return new ChangeEffect(added, List.of(), List.of(), actorsTouched());
    }

    @Override
    public ChangeEffect revert() {
        service.undoAcceptAll(accepted);
        undone = accepted;
        List<UUID> removed = accepted.stream().map(a -> a.annotation().id()).toList();
        return new ChangeEffect(List.of(), List.of(), removed, actorsTouched());
    }

    private boolean actorsTouched() {
        return accepted.stream().anyMatch(AcceptSuggestion::touchedActors);
    }
}
