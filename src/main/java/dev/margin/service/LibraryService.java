package dev.margin.service;

import dev.margin.anchoring.Reanchorer;
import dev.margin.domain.Anchor;
import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleDraft;
import dev.margin.domain.QuoteDetails;
import dev.margin.domain.Span;
import dev.margin.store.Store;
import dev.margin.store.StoreException;

import java.time.Clock;
import java.time.Instant;
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
 * <p>On a new revision every annotation is re-anchored by {@link Reanchorer} on its own exact words: OK and
 * MOVED annotations move to the new revision; an ORPHANED one keeps its anchor, words and revision number
 * (its offsets still point into that older revision's text, which the store keeps), so nothing the user
 * marked is lost or silently attached to other words, and a later revision may find it again. A quote's
 * speaker and cue spans are re-anchored the same way and dropped (the speaker actor kept) when they cannot be.
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
        return store.inTransaction(() -> {
            Optional<Article> sameUrl = draft.url() == null ? Optional.empty() : store.articles().findByUrl(draft.url());
            if (sameUrl.isPresent()) {
                Article existing = sameUrl.get();
                return existing.contentHash().equals(draft.contentHash())
                        ? new ImportOutcome(ImportStatus.DUPLICATE, existing, 0, 0, 0)
                        : revise(existing, draft);
            }
            Optional<Article> sameText = store.articles().findByContentHash(draft.contentHash());
            if (sameText.isPresent()) {
                return new ImportOutcome(ImportStatus.DUPLICATE, sameText.get(), 0, 0, 0);
            }
            return new ImportOutcome(ImportStatus.NEW, store.articles().insert(draft, clock.instant()), 0, 0, 0);
        });
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
                    store.annotations().forArticle(articleId), store.rejectedSuggestions().forArticle(articleId));
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
            store.annotations().insertAll(deleted.annotations());
            deleted.rejectedSuggestions().forEach(store.rejectedSuggestions()::reject);
        });
    }

    /** Attaches an annotation (typically an orphaned one) to {@code [start, end)} of its article's current text; state OK. */
    public Annotation reattach(UUID annotationId, int start, int end) {
        return store.inTransaction(() -> {
            Annotation annotation = store.annotations().find(annotationId)
                    .orElseThrow(() -> new StoreException("There is no annotation " + annotationId + " in " + store.file() + "."));
            Article article = store.articles().find(annotation.articleId()).orElseThrow();
            Anchor anchor = Spans.anchor(article.text(), start, end);
            Annotation attached = annotation.reanchored(article.revision(), anchor, AnchorState.OK, clock.instant());
            if (annotation.revision() != article.revision() && attached.quote() != null) {
                // The speaker and cue spans pointed into an older text; the user re-marks them if wanted.
                QuoteDetails q = attached.quote();
                attached = attached.withQuote(new QuoteDetails(q.speakerActorId(), null, q.cue(), null, q.type(), q.resolution()),
                        attached.modified());
            }
            store.annotations().update(attached);
            return attached;
        });
    }

    private ImportOutcome revise(Article existing, ArticleDraft draft) {
        Instant now = clock.instant();
        List<Annotation> annotations = store.annotations().forArticle(existing.id());
        Article revised = store.articles().saveRevision(existing.id(), draft, now);
        String newText = revised.text();
        Map<Integer, String> oldTexts = new HashMap<>();
        int ok = 0;
        int moved = 0;
        int orphaned = 0;
        // one index of the new text for all annotations, instead of a scan of it per annotation
        Reanchorer reanchorer = Reanchorer.forText(newText);
        for (Annotation annotation : annotations) {
            Reanchorer.Result result = reanchorer.find(annotation.anchor());
            Annotation updated;
            switch (result.state()) {
                case OK -> {
                    ok++;
                    updated = annotation.reanchored(revised.revision(), result.anchor(), AnchorState.OK, now);
                }
                case MOVED -> {
                    moved++;
                    updated = annotation.reanchored(revised.revision(), result.anchor(), AnchorState.MOVED, now);
                }
                default -> {
                    orphaned++;
                    updated = annotation.reanchored(annotation.revision(), annotation.anchor(), AnchorState.ORPHANED, now);
                }
            }
            if (result.state() != AnchorState.ORPHANED && annotation.quote() != null) {
                String oldText = oldTexts.computeIfAbsent(annotation.revision(),
                        revision -> store.articles().revisionText(existing.id(), revision).orElse(""));
                updated = updated.withQuote(reanchorSpans(annotation.quote(), oldText, newText), now);
            }
            store.annotations().update(updated);
        }
        return new ImportOutcome(ImportStatus.REVISED, revised, ok, moved, orphaned);
    }

    private static QuoteDetails reanchorSpans(QuoteDetails quote, String oldText, String newText) {
        return new QuoteDetails(quote.speakerActorId(), reanchor(quote.speakerSpan(), oldText, newText), quote.cue(),
                reanchor(quote.cueSpan(), oldText, newText), quote.type(), quote.resolution());
    }

    private static Span reanchor(Span span, String oldText, String newText) {
        if (span == null || span.end() > oldText.length() || span.length() == 0) {
            return null;
        }
        Reanchorer.Result result = Reanchorer.reanchor(Anchor.of(oldText, span.start(), span.end()), newText);
        return result.state() == AnchorState.ORPHANED ? null : new Span(result.anchor().start(), result.anchor().end());
    }

    /** The article with this id, as it is now, or empty. */
    public Optional<Article> article(long articleId) {
        return store.articles().find(articleId);
    }
}
