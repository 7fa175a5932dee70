package dev.margin.service;

import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleDraft;
import dev.margin.domain.ArticleInfo;
import dev.margin.domain.ArticleTitle;
import dev.margin.domain.ArticleSummary;
import dev.margin.domain.QuoteDetails;
import dev.margin.domain.Span;
import dev.margin.store.Store;
import dev.margin.store.StoreException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The library of articles: importing a draft (new, duplicate, or a new revision of an annotated article),
 * deleting an article with its annotations, and re-attaching an annotation a revision orphaned.
 *
 * <p>On a new revision every annotation is placed by {@link AnnotationPlacement} on its own exact words: OK and
 * MOVED annotations move to the new revision; an ORPHANED one keeps its anchor, words and revision number
 * (its offsets still point into that older revision's text, which the store keeps), so nothing the user
 * marked is lost or silently attached to other words, and a later revision may find it again. A quote's
 * speaker and cue spans are re-anchored the same way and dropped (the speaker actor kept) when they cannot be.
 *
 * <p>Every article is stored with a title: one its source lacks is taken from its first line
 * ({@link ArticleTitle}), here, once, so that every view and export shows the same. A new revision keeps what the
 * user set (or the library gave) where the new version says nothing: a title, byline, outlet or language.
 */
public final class LibraryService {
    /** What an import did. */
    public enum ImportStatus {
        /** A new article was stored. */
        NEW,
        /** The article was there already (same URL and text, or the same text): nothing was stored. */
        DUPLICATE,
        /** The article was there with another text: the draft became its next revision, its annotations re-anchored. */
        REVISED
    }

    /**
     * The outcome of {@link #importDraft}: the article as stored now and, for a revision, how its annotations fared.
     */
    public record ImportOutcome(ImportStatus status, Article article, int ok, int moved, int orphaned) {
        public int reanchored() {
            return ok + moved + orphaned;
        }
    }

    /** An article with its annotations, read together, for reading it. */
    public record ArticleWithAnnotations(Article article, List<Annotation> annotations) {
        public ArticleWithAnnotations {
            Objects.requireNonNull(article, "article");
            annotations = List.copyOf(annotations);
        }
    }

    private final Store store;
    private final Clock clock;

    public LibraryService(Store store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public ImportOutcome importDraft(ArticleDraft draft) {
        Objects.requireNonNull(draft, "draft");
        if (draft.text().isBlank()) {
            throw new IllegalArgumentException("The article \"" + draft.title() + "\" has no text; nothing was imported.");
        }
        return importTitled(ArticleTitle.isMissing(draft.title()) ? draft.withTitle(ArticleTitle.fromText(draft.text())) : draft,
                ArticleTitle.isMissing(draft.title()));
    }

    /** {@code titleMadeUp}: the draft's title was made from its text or file name, and a stored article's own title wins. */
    private ImportOutcome importTitled(ArticleDraft draft, boolean titleMadeUp) {
        return store.inTransaction(() -> {
            Optional<Article> sameUrl = draft.url() == null ? Optional.empty() : store.articles().findByUrl(draft.url());
            if (sameUrl.isPresent()) {
                Article existing = sameUrl.get();
                return existing.contentHash().equals(draft.contentHash())
                        ? new ImportOutcome(ImportStatus.DUPLICATE, existing, 0, 0, 0)
                        : revise(existing, keepingStoredMetadata(existing, draft, titleMadeUp));
            }
            Optional<Article> sameText = store.articles().findByContentHash(draft.contentHash());
            if (sameText.isPresent()) {
                return new ImportOutcome(ImportStatus.DUPLICATE, sameText.get(), 0, 0, 0);
            }
            return new ImportOutcome(ImportStatus.NEW, store.articles().insert(draft, clock.instant()), 0, 0, 0);
        });
    }

    /**
     * Imports a draft read from a file called {@code fileName} (or null): as {@link #importDraft}, except that a
     * missing title is taken from the file's name when the text's first line holds no word ({@link ArticleTitle#forImport}).
     */
    public ImportOutcome importDraft(ArticleDraft draft, String fileName) {
        Objects.requireNonNull(draft, "draft");
        if (!ArticleTitle.isMissing(draft.title()) || draft.text().isBlank()) {
            return importDraft(draft);
        }
        return importTitled(draft.withTitle(ArticleTitle.forImport(draft.text(), fileName)), true);
    }

    /** The draft with the stored article's metadata wherever the draft has none (a made-up title counts as none). */
    private static ArticleDraft keepingStoredMetadata(Article stored, ArticleDraft draft, boolean titleMadeUp) {
        return new ArticleDraft(titleMadeUp ? stored.title() : draft.title(), or(draft.byline(), stored.byline()),
                or(draft.outlet(), stored.outlet()), draft.url() == null ? stored.url() : draft.url(),
                draft.publishedDate() == null ? stored.publishedDate() : draft.publishedDate(),
                or(draft.language(), stored.language()), draft.text(), draft.headings());
    }

    private static String or(String value, String otherwise) {
        return value.isBlank() ? otherwise : value;
    }

    /** The article's information as stored: what the information panel and {@code margin edit} start from. */
    public ArticleInfo info(long articleId) {
        return store.inTransaction(() -> {
            Article article = store.articles().find(articleId)
                    .orElseThrow(() -> new StoreException("The article " + articleId + " is no longer in the library " + store.file()));
            return ArticleInfo.of(article, store.articles().assessment(articleId));
        });
    }

    /**
     * Saves the article's information (see {@link ArticleInfoRules} for what is refused); returns the article as
     * now stored. The undoable way is {@code Changes.editArticle}.
     */
    public Article saveInfo(long articleId, ArticleInfo info) {
        ArticleInfoRules.check(info);
        return store.inTransaction(() -> store.articles().updateInfo(articleId, info));
    }

    /** Every article with its annotation counts, for the library list. */
    public List<ArticleSummary> summaries() {
        return store.articles().listSummaries();
    }

    /** The article and its annotations as they are now; refused when the article is no longer in the library. */
    public ArticleWithAnnotations read(long articleId) {
        return store.inTransaction(() -> {
            Article article = store.articles().find(articleId)
                    .orElseThrow(() -> new StoreException("The article " + articleId + " is no longer in the library " + store.file()));
            return new ArticleWithAnnotations(article, onCurrentText(article, store.annotations().forArticle(articleId)));
        });
    }

    /**
     * The annotations as the current text shows them. On a team library a mark can be saved on a text another person
     * has just replaced, after their re-import placed the others (the mark's insert and their revision commit side by
     * side); such a mark still carries the older revision. It is placed on the current text here as a re-import would
     * place it, on its own words or orphaned, never at its old offsets over other words; for reading only, since a
     * reader may not write. Orphaned marks keep their old text by design and are left as they are.
     */
    private List<Annotation> onCurrentText(Article article, List<Annotation> annotations) {
        if (annotations.stream().allMatch(a -> a.revision() == article.revision() || a.anchorState() == AnchorState.ORPHANED)) {
            return annotations;
        }
        AnnotationPlacement.Revision current = new AnnotationPlacement.Revision(article.revision(), article.text());
        Map<Integer, Optional<AnnotationPlacement.Revision>> madeOn = new HashMap<>();
        List<Annotation> shown = new ArrayList<>(annotations.size());
        for (Annotation annotation : annotations) {
            if (annotation.revision() == article.revision() || annotation.anchorState() == AnchorState.ORPHANED) {
                shown.add(annotation);
                continue;
            }
            AnnotationPlacement.Revision oldText = madeOn.computeIfAbsent(annotation.revision(), revision -> store.articles()
                    .revisionText(article.id(), revision).map(text -> new AnnotationPlacement.Revision(revision, text))).orElse(null);
            shown.add(AnnotationPlacement.place(annotation, oldText, current, annotation.modified()));
        }
        return shown;
    }

    /** Deletes the article with its revisions and annotations; returns it as it was. */
    public Article deleteArticle(long articleId) {
        return deleteArticleForUndo(articleId).article();
    }

    /**
     * Deletes the article with its revisions, annotations and rejected suggestions, and returns all of it,
     * read in the same transaction, so that {@link #restore} can undo the delete.
     */
    public DeletedArticle deleteArticleForUndo(long articleId) {
        return store.inTransaction(() -> {
            Article article = store.articles().find(articleId)
                    .orElseThrow(() -> new StoreException("There is no article " + articleId + " in " + store.file() + " to delete."));
            DeletedArticle deleted = new DeletedArticle(article, store.articles().revisions(articleId),
                    store.annotations().forArticle(articleId), store.rejectedSuggestions().forArticle(articleId),
                    store.articles().assessment(articleId));
            store.articles().delete(articleId);
            return deleted;
        });
    }

    /**
     * Undoes {@link #deleteArticleForUndo}: the article comes back under its own id with every revision, its
     * annotations under their own ids and its rejected suggestions, all in one transaction. Refused, with nothing
     * changed, when the article is in the library already (restored twice), when another article took its URL,
     * or when an actor its annotations name was deleted meanwhile.
     */
    public void restore(DeletedArticle deleted) {
        Objects.requireNonNull(deleted, "deleted");
        Article article = deleted.article();
        store.inTransaction(() -> {
            store.articles().find(article.id()).ifPresent(there -> {
                // SQLite hands the highest free id to the next import, so a new article may hold it now.
                throw new StoreException(there.importedAt().equals(article.importedAt())
                        ? "The article \u201c" + article.displayTitle() + "\u201d is in " + store.file()
                                + " already; it was not restored a second time."
                        : "The article \u201c" + article.displayTitle() + "\u201d cannot be restored: its number " + article.id()
                                + " now belongs to \u201c" + there.displayTitle() + "\u201d, imported since.");
            });
            if (article.url() != null) {
                store.articles().findByUrl(article.url()).ifPresent(other -> {
                    throw new StoreException("The article \u201c" + article.displayTitle() + "\u201d cannot be restored: \u201c"
                            + other.displayTitle() + "\u201d, imported since, has its address " + article.url() + ".");
                });
            }
            for (long actorId : Annotations.actorIds(deleted.annotations())) {
                if (store.actors().find(actorId).isEmpty()) {
                    throw new StoreException("The article \u201c" + article.displayTitle() + "\u201d cannot be restored: actor "
                            + actorId + ", named by its annotations, was deleted from " + store.file() + " since.");
                }
            }
            store.articles().restore(article, deleted.revisions());
            if (!deleted.assessment().isEmpty()) {
                store.articles().updateInfo(article.id(), ArticleInfo.of(article, deleted.assessment()));
            }
            store.annotations().insertAll(deleted.annotations());
            deleted.rejectedSuggestions().forEach(store.rejectedSuggestions()::reject);
        });
    }

    /**
     * Attaches an annotation (typically an orphaned one) to {@code [start, end)} of its article's current text; state
     * OK. A quote's speaker and cue spans are re-anchored from the text it was made on, or dropped when they cannot be.
     */
    public Annotation reattach(UUID annotationId, int start, int end) {
        return store.inTransaction(() -> {
            Annotation annotation = store.annotations().find(annotationId)
                    .orElseThrow(() -> new StoreException("There is no annotation " + annotationId + " in " + store.file() + "."));
            Article article = store.articles().find(annotation.articleId()).orElseThrow();
            AnnotationPlacement.Revision current = new AnnotationPlacement.Revision(article.revision(), article.text());
            AnnotationPlacement.Revision madeOn = store.articles().revisionText(article.id(), annotation.revision())
                    .map(text -> new AnnotationPlacement.Revision(annotation.revision(), text)).orElse(null);
            Annotation attached = AnnotationPlacement.attach(annotation, madeOn, current, start, end, clock.instant());
            store.annotations().update(attached);
            return attached;
        });
    }

    /**
     * Brings a block the import dropped back into the article's reading text, as a paragraph at {@code position}
     * (the number of paragraphs before it), and stores the result as the article's next revision: every annotation is
     * re-anchored on its own words as for a re-import (ok, moved or orphaned, never silently attached elsewhere).
     * Refused, changing nothing, when the article is gone or its text is no longer {@code expectedContentHash}'s (it
     * was revised since the import that dropped the block, so the place may be wrong).
     */
    public ImportOutcome restoreDroppedBlock(long articleId, String expectedContentHash, String block, int position) {
        String paragraph = block == null ? "" : block.replaceAll("\\s+", " ").strip();
        if (paragraph.isEmpty()) {
            throw new IllegalArgumentException("The dropped block is empty; there is nothing to bring back.");
        }
        return store.inTransaction(() -> {
            Article current = store.articles().find(articleId).orElseThrow(() -> new StoreException(
                    "The article " + articleId + " is no longer in the library " + store.file() + "; nothing was changed."));
            if (!current.contentHash().equals(expectedContentHash)) {
                throw new IllegalStateException("The article \"" + current.displayTitle() + "\" has changed since this"
                        + " import (it is at revision " + current.revision() + "); import it again to bring its dropped"
                        + " blocks back. Nothing was changed.");
            }
            List<String> paragraphs = new ArrayList<>(current.paragraphs());
            int at = Math.max(0, Math.min(position, paragraphs.size()));
            paragraphs.add(at, paragraph);
            List<Integer> headings = new ArrayList<>();
            for (int heading : current.headings()) {
                headings.add(heading >= at ? heading + 1 : heading);
            }
            ArticleDraft draft = new ArticleDraft(current.title(), current.byline(), current.outlet(), current.url(),
                    current.publishedDate(), current.language(), String.join("\n", paragraphs), headings,
                    current.publishedTime());
            return revise(current, draft);
        });
    }

    private ImportOutcome revise(Article existing, ArticleDraft draft) {
        Instant now = clock.instant();
        List<Annotation> annotations = store.annotations().forArticle(existing.id());
        Article revised = store.articles().saveRevision(existing.id(), draft, now);
        // one index of the new text for all annotations, and each older text read once
        AnnotationPlacement.Revision target = new AnnotationPlacement.Revision(revised.revision(), revised.text());
        Map<Integer, AnnotationPlacement.Revision> madeOn = new HashMap<>();
        Map<AnchorState, Integer> counts = new EnumMap<>(AnchorState.class);
        for (Annotation annotation : annotations) {
            AnnotationPlacement.Revision oldText = madeOn.computeIfAbsent(annotation.revision(), revision -> store.articles()
                    .revisionText(existing.id(), revision).map(text -> new AnnotationPlacement.Revision(revision, text)).orElse(null));
            Annotation placed = AnnotationPlacement.place(annotation, oldText, target, now);
            counts.merge(placed.anchorState(), 1, Integer::sum);
            store.annotations().update(placed);
        }
        return new ImportOutcome(ImportStatus.REVISED, revised, counts.getOrDefault(AnchorState.OK, 0),
                counts.getOrDefault(AnchorState.MOVED, 0), counts.getOrDefault(AnchorState.ORPHANED, 0));
    }

    /** The article with this id, as it is now, or empty. */
    public Optional<Article> article(long articleId) {
        return store.articles().find(articleId);
    }
}
