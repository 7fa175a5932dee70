package dev.margin.ui.suggestions;

import dev.margin.service.SuggestionService;
import dev.margin.store.RejectedSuggestion;
import dev.margin.suggest.Suggestion;
import dev.margin.ui.annotations.AnnotationChange;
import dev.margin.service.change.ChangeEffect;

import java.util.List;
import java.util.Set;

/**
 * Rejecting one suggestion: saved at once, so it does not come back for the article; undo forgets the
 * rejection. {@code rejectedIds} is the window's record of this session's rejections (a concurrent set:
 * changes run on the background thread, the list is refiltered on the UI thread).
 */
final class RejectSuggestion implements AnnotationChange {
    private final SuggestionService service;
    private final String description;
    private final long articleId;
    private final Suggestion suggestion;
    private final Set<String> rejectedIds;
    private RejectedSuggestion rejection;

    RejectSuggestion(SuggestionService service, String description, long articleId, Suggestion suggestion, Set<String> rejectedIds) {
        this.service = service;
        this.description = description;
        this.articleId = articleId;
        this.suggestion = suggestion;
        this.rejectedIds = rejectedIds;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public ChangeEffect apply() {
        rejection = service.reject(articleId, suggestion);
        rejectedIds.add(suggestion.id());
        return nothingMarked();
    }

    @Override
    public ChangeEffect revert() {
        service.undoReject(rejection);
        rejectedIds.remove(suggestion.id());
        return nothingMarked();
    }

    private static ChangeEffect nothingMarked() {
        return new ChangeEffect(List.of(), List.of(), List.of(), false);
    }
}
