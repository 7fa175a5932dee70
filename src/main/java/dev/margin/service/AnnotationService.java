package dev.margin.service;

import dev.margin.domain.Actor;
import dev.margin.domain.Anchor;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Article;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.QuoteDetails;
import dev.margin.domain.SpeakerResolution;
import dev.margin.store.Store;
import dev.margin.store.StoreException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Creating, changing and deleting annotations, each in one transaction. New annotations are anchored on
 * the article's current revision; offsets are UTF-16 units of its text, half-open.
 */
public final class AnnotationService {
    /** A quote saved together with the actor created as its speaker. */
    public record QuoteWithSpeaker(Annotation quote, Actor speaker) {
    }

    /**
     * What {@link #delete} removed, and all {@link #restore} needs to put it back as it was: the
     * annotation (same id, tags, evidence) and the claims that cited it as their quote.
     */
    public record DeletedAnnotation(Annotation annotation, List<UUID> claimsThatCitedIt) {
        public DeletedAnnotation {
            Objects.requireNonNull(annotation, "annotation");
            claimsThatCitedIt = List.copyOf(claimsThatCitedIt);
        }
    }

    private final Store store;
    private final Clock clock;

    public AnnotationService(Store store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /*
     * A new highlight, quote or claim is one row, which the store inserts all or nothing by itself, anchored on the
     * article's text as read just before. No transaction is wrapped around the read and the insert: on a team library
     * it would cost two more round trips and still not keep out another person's new revision committed in between
     * (PostgreSQL reads committed rows); the mark then carries the revision it was made on, which is what happens
     * when that revision comes a moment after the mark, and the reader never lays it on the newer text.
     */

    public Annotation createHighlight(long articleId, int start, int end) {
        Article article = article(articleId);
        return save(Annotation.highlight(articleId, article.revision(), Spans.anchor(article.text(), start, end), clock.instant()));
    }

    public Annotation createQuote(long articleId, int start, int end, QuoteDetails details) {
        Objects.requireNonNull(details, "details");
        Article article = article(articleId);
        return save(Annotation.quote(articleId, article.revision(), Spans.anchor(article.text(), start, end), details, clock.instant()));
    }

    /** Saves {@code newSpeaker} as a new actor and the quote spoken by it, together or not at all. */
    public QuoteWithSpeaker createQuoteWithNewSpeaker(long articleId, int start, int end, QuoteDetails details, Actor newSpeaker) {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(newSpeaker, "newSpeaker");
        return store.inTransaction(() -> {
            Article article = article(articleId);
            Anchor anchor = Spans.anchor(article.text(), start, end);
            Actor speaker = store.actors().insert(newSpeaker);
            Annotation quote = save(Annotation.quote(articleId, article.revision(), anchor, spokenBy(details, speaker.id()), clock.instant()));
            return new QuoteWithSpeaker(quote, speaker);
        });
    }

    public Annotation createActorMention(long articleId, int start, int end, long actorId) {
        return store.inTransaction(() -> {
            Article article = article(articleId);
            Anchor anchor = Spans.anchor(article.text(), start, end);
            if (store.actors().find(actorId).isEmpty()) {
                throw new StoreException("There is no actor " + actorId + " in " + store.file() + " to mention.");
            }
            return save(Annotation.actorMention(articleId, article.revision(), anchor, actorId, clock.instant()));
        });
    }

    public Annotation createClaim(long articleId, int start, int end, ClaimDetails details) {
        Objects.requireNonNull(details, "details");
        Article article = article(articleId);
        return save(Annotation.claim(articleId, article.revision(), Spans.anchor(article.text(), start, end), details, clock.instant()));
    }

    /** Saves a changed annotation (same id), stamping it modified now; returns it as saved. */
    public Annotation update(Annotation changed) {
        Annotation stamped = Annotations.modified(changed, clock.instant());
        // the store's update is all or nothing by itself (AnnotationDao); a transaction of ours around it would only
        // cost the team library two more round trips
        store.annotations().update(stamped);
        return stamped;
    }

    /** Deletes an annotation; claims that cited it as their quote lose that link. The result can {@link #restore} it. */
    public DeletedAnnotation delete(UUID id) {
        return store.inTransaction(() -> {
            Annotation annotation = store.annotations().find(id)
                    .orElseThrow(() -> new StoreException("There is no annotation " + id + " in " + store.file() + " to delete."));
            List<UUID> citing = new ArrayList<>();
            if (annotation.kind() == AnnotationKind.QUOTE) {
                for (Annotation other : store.annotations().forArticle(annotation.articleId())) {
                    if (other.claim() != null && id.equals(other.claim().quoteId())) {
                        citing.add(other.id());
                    }
                }
            }
            store.annotations().delete(id);
            return new DeletedAnnotation(annotation, citing);
        });
    }

    /** Undoes {@link #delete}: the annotation comes back with its id, and the claims that cited it cite it again. */
    public void restore(DeletedAnnotation deleted) {
        store.inTransaction(() -> {
            store.annotations().insert(deleted.annotation());
            for (UUID claimId : deleted.claimsThatCitedIt()) {
                store.annotations().find(claimId).ifPresent(claim -> store.annotations().update(
                        Annotations.withClaimQuote(claim, deleted.annotation().id())));
            }
        });
    }

    /** The details with their speaker set; "unattributed" (the default without a speaker) becomes "explicit". */
    private static QuoteDetails spokenBy(QuoteDetails details, long speakerId) {
        SpeakerResolution resolution = details.resolution() == SpeakerResolution.UNATTRIBUTED
                ? SpeakerResolution.EXPLICIT : details.resolution();
        return new QuoteDetails(speakerId, details.speakerSpan(), details.cue(), details.cueSpan(), details.type(), resolution);
    }

    private Article article(long articleId) {
        return store.articles().find(articleId)
                .orElseThrow(() -> new StoreException("There is no article " + articleId + " in " + store.file() + "."));
    }

    private Annotation save(Annotation annotation) {
        store.annotations().insert(annotation);
        return annotation;
    }
}
