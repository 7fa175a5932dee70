package dev.margin.service.change;

import dev.margin.service.SuggestionService;
import dev.margin.store.RejectedSuggestion;
import dev.margin.suggest.Suggestion;

import java.util.List;

/** Rejecting one suggestion: saved at once, so it is not offered again for the article; undo forgets the rejection. */
final class RejectSuggestion implements Change {
    private final SuggestionService service;
    private final String description;
    private final long articleId;
    private final Suggestion suggestion;
    private RejectedSuggestion rejection;

    RejectSuggestion(SuggestionService service, String description, long articleId, Suggestion suggestion) {
        this.service = service;
        this.description = description;
        this.articleId = articleId;
        this.suggestion = suggestion;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public ChangeEffect apply() {
        rejection = service.reject(articleId, suggestion);
        return nothingMarked();
    }

    @Override
    public ChangeEffect revert() {
        service.undoReject(rejection);
        return nothingMarked();
    }

    private static ChangeEffect nothingMarked() {
        return new ChangeEffect(List.of(), List.of(), List.of(), false);
    }
}
