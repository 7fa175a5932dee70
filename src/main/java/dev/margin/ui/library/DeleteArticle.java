package dev.margin.ui.library;

import dev.margin.domain.Annotation;
import dev.margin.service.DeletedArticle;
import dev.margin.ui.annotations.AnnotationChange;
import dev.margin.service.change.ChangeEffect;
import dev.margin.ui.common.Services;

import java.util.List;

/**
 * Deletes an article with its revisions and annotations; undo puts all of it back under the same ids
 * (see {@link dev.margin.service.LibraryService#restore}) and opens it again. The library list follows
 * on the UI thread through {@link LibraryViewModel}.
 */
final class DeleteArticle implements AnnotationChange {
    private final Services services;
    private final LibraryViewModel library;
    private final long articleId;
    private final String title;
    private final String description;
    private DeletedArticle deleted;

    DeleteArticle(Services services, LibraryViewModel library, long articleId, String title, String description) {
        this.services = services;
        this.library = library;
        this.articleId = articleId;
        this.title = title;
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public ChangeEffect apply() {
        deleted = services.library().deleteArticleForUndo(articleId);
        return new ChangeEffect(List.of(), List.of(), deleted.annotations().stream().map(Annotation::id).toList(), false);
    }

    @Override
    public ChangeEffect revert() {
        services.library().restore(deleted);
        // The article is not open while deleted, so the restored annotations reach the window by reopening it.
        return new ChangeEffect(List.of(), List.of(), List.of(), false);
    }

    @Override
    public void applied() {
        library.articleDeleted(articleId, title);
    }

    @Override
    public void reverted() {
        library.articleRestored(articleId, title);
    }
}
