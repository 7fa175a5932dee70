package dev.margin.service.change;

import dev.margin.domain.Annotation;
import dev.margin.service.DeletedArticle;
import dev.margin.service.LibraryService;

import java.util.List;

/**
 * Deletes an article with its revisions, annotations and rejected suggestions; undo puts all of it back under
 * the same ids (see {@link LibraryService#restore}, which refuses, changing nothing, when the library moved on
 * meanwhile). Both steps are one transaction each, opened by the library service.
 */
final class DeleteArticle implements Change {
    private final LibraryService library;
    private final String description;
    private final long articleId;
    private DeletedArticle deleted;

    DeleteArticle(LibraryService library, String description, long articleId) {
        this.library = library;
        this.description = description;
        this.articleId = articleId;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public ChangeEffect apply() {
        deleted = library.deleteArticleForUndo(articleId);
        return new ChangeEffect(List.of(), List.of(), deleted.annotations().stream().map(Annotation::id).toList(), false);
    }

    @Override
    public ChangeEffect revert() {
        library.restore(deleted);
        // The article is not open while deleted, so the restored annotations reach a window by reopening it.
        return new ChangeEffect(List.of(), List.of(), List.of(), false);
    }
}
