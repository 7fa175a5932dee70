package dev.margin.store;

import dev.margin.domain.Article;
import dev.margin.domain.ArticleAssessment;
import dev.margin.domain.ArticleDraft;
import dev.margin.domain.ArticleInfo;
import dev.margin.domain.ArticleSummary;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Articles and their revisions. */
public interface ArticleDao {
    /** Stores a new article at revision 1 and returns it with its id. */
    Article insert(ArticleDraft draft, Instant importedAt);

    Optional<Article> find(long id);

    Optional<Article> findByUrl(String url);

    /** The article whose current text has this content hash. */
    Optional<Article> findByContentHash(String contentHash);

    /** Every article, newest import first, with annotation counts per kind. */
    List<ArticleSummary> listSummaries();

    /**
     * Replaces the article's text and metadata by a changed version as the next revision; the previous
     * text is kept and stays readable through {@link #revisionText}. Returns the article as now stored.
     * Annotations are not touched here: re-anchoring them is the caller's job, in the same transaction.
     */
    Article saveRevision(long articleId, ArticleDraft draft, Instant importedAt);

    /** The text of an earlier (or the current) revision. */
    Optional<String> revisionText(long articleId, int revision);

    /** Every revision of the article, oldest first (the current one last); empty when there is no such article. */
    List<ArticleRevision> revisions(long articleId);

    /**
     * Puts back an article under its own id ({@code article.id()}) with these revisions, which must include
     * its current one ({@code article.revision()}); used to undo a delete. Fails with a {@link StoreException}
     * when the id (or the article's URL) is taken.
     */
    void restore(Article article, List<ArticleRevision> revisions);

    /**
     * Saves what a user edits about the article (title, byline, outlet, address, date, language, note, tags,
     * verdict) over what is stored, leaving its text and revisions alone; returns the article as now stored.
     * Fails with a {@link StoreException} when there is no such article or another article has this address.
     */
    Article updateInfo(long articleId, ArticleInfo info);

    /** The article's note, tags and verdict ({@link ArticleAssessment#NONE} when it has none, or there is no such article). */
    ArticleAssessment assessment(long articleId);

    /** Deletes the article, its revisions and its annotations. */
    void delete(long articleId);

    int count();
}
