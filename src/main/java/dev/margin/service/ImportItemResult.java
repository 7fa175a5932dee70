package dev.margin.service;

import dev.margin.domain.Article;

import java.util.List;
import java.util.Objects;

/**
 * What became of one input of an import, for the window and the command line alike: the article it became
 * (or already was), how a revision's annotations fared, what the importer warned about, which lines it
 * dropped as boilerplate (related links, promotions), or why it failed.
 *
 * @param article      the article as stored now; null when the import failed
 * @param warnings     what the importer warned about (a charset it did not recognise, a fallback extractor)
 * @param droppedLines the lines kept out of the reading text as related-link or promotional boilerplate
 * @param failure      why the input could not be imported, naming it; null unless {@link Status#FAILED}
 */
public record ImportItemResult(ImportSource source, Status status, Article article, int ok, int moved, int orphaned,
                               List<String> warnings, List<String> droppedLines, String failure) {
    /** How an input ended. */
    public enum Status {
        /** A new article was stored. */
        NEW,
        /** The article was in the library already: nothing was stored. */
        DUPLICATE,
        /** A changed version of an article: stored as its next revision, its annotations re-anchored. */
        REVISED,
        /** Nothing was stored; {@link #failure()} says why. */
        FAILED
    }

    public ImportItemResult {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        warnings = List.copyOf(warnings);
        droppedLines = List.copyOf(droppedLines);
        if ((status == Status.FAILED) != (article == null) || (status == Status.FAILED) != (failure != null)) {
            throw new IllegalArgumentException("A failed import has a reason and no article; any other has an article: " + status);
        }
    }

    static ImportItemResult failed(ImportSource source, String reason, List<String> warnings, List<String> droppedLines) {
        return new ImportItemResult(source, Status.FAILED, null, 0, 0, 0, warnings, droppedLines, reason);
    }

    public boolean failed() {
        return status == Status.FAILED;
    }

    /** The article's id, or null when the import failed. */
    public Long articleId() {
        return article == null ? null : article.id();
    }

    /** How many annotations a revision re-anchored (ok, moved or orphaned). */
    public int reanchored() {
        return ok + moved + orphaned;
    }
}
