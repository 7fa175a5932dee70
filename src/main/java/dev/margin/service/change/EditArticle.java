package dev.margin.service.change;

import dev.margin.domain.ArticleInfo;
import dev.margin.service.LibraryService;
import dev.margin.store.Store;

import java.util.List;

/**
 * Saves an article's information (title, byline, outlet, address, date, language, note, tags, verdict) through
 * the library service. Undo puts back what the library held before; both undo and redo first check that the
 * information is still as this change left it, so an edit made since (in another window, by {@code margin edit})
 * is never overwritten. Annotations are not touched, so the effect lists none.
 */
final class EditArticle extends StoredChange {
    private final LibraryService library;
    private final long articleId;
    private final ArticleInfo after;
    /** What the library held before the first apply; null until then. */
    private ArticleInfo before;
    /** What the last apply or revert left in the library; null before the first apply. */
    private ArticleInfo left;

    EditArticle(Store store, LibraryService library, String description, long articleId, ArticleInfo after) {
        super(store, description);
        this.library = library;
        this.articleId = articleId;
        this.after = after;
    }

    @Override
    protected ChangeEffect applyStep() {
        Guard.Step step = left == null ? Guard.Step.APPLY : Guard.Step.REDO;
        ArticleInfo stored = unchanged(step);
        if (before == null) {
            before = stored;
        }
        library.saveInfo(articleId, after);
        left = library.info(articleId);
        return nothing();
    }

    @Override
    protected ChangeEffect revertStep() {
        unchanged(Guard.Step.UNDO);
        library.saveInfo(articleId, before);
        left = library.info(articleId);
        return nothing();
    }

    /** The information stored now, refused when it is not what this change last left (or the article is gone). */
    private ArticleInfo unchanged(Guard.Step step) {
        ArticleInfo stored = current(step);
        if (left != null && !stored.equals(left)) {
            throw guard.refused(step, "the article\u2019s information was edited since, elsewhere");
        }
        return stored;
    }

    private ArticleInfo current(Guard.Step step) {
        if (store.articles().find(articleId).isEmpty()) {
            throw guard.refused(step, "the article is no longer in the library");
        }
        return library.info(articleId);
    }

    private static ChangeEffect nothing() {
        return new ChangeEffect(List.of(), List.of(), List.of(), false);
    }
}
