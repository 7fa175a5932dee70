package dev.margin.service.change;

import dev.margin.domain.ActorMention;
import dev.margin.domain.Annotation;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.Highlight;
import dev.margin.domain.QuoteDetails;
import dev.margin.service.ActorService;
import dev.margin.service.AnnotationService;
import dev.margin.store.Store;

/**
 * Creates an annotation through the annotation service, optionally with the new actor it names, in
 * one transaction. Undo deletes it (and the actor it created, when nothing else refers to it);
 * redo restores it with the same id, so later changes in the history still find it. Applying it again after a try
 * whose commit went through unanswered finds the annotation that try made and makes no second one.
 */
final class CreateAnnotation extends StoredChange {
    private final AnnotationService annotations;
    private final Annotation requested;
    private final CreatedActor newActor;
    private Annotation current;
    private AnnotationService.DeletedAnnotation undone;

    /** @param requested the annotation to create (its id is replaced by the service's); @param newActor or null */
    CreateAnnotation(Store store, AnnotationService annotations, ActorService actors, String description, Annotation requested,
                     NewActor newActor) {
        super(store, description);
        this.annotations = annotations;
        this.requested = requested;
        this.newActor = new CreatedActor(store, actors, newActor);
    }

    @Override
    protected ChangeEffect applyStep() {
        if (undone != null) {
            return redo();
        }
        if (current != null && store.annotations().find(current.id()).isPresent()) {
            // A try before this one was committed, but its answer never came back (a team library's connection lost
            // during the commit): the history retries the change, and a second annotation would be a silent double.
            return ChangeEffect.added(current, newActor.wanted());
        }
        current = createThroughService(newActor.createAndBind(requested, requested.created()));
        return ChangeEffect.added(current, newActor.wanted());
    }

    private ChangeEffect redo() {
        Annotation restored = undone.annotation();
        guard.absent(restored, Guard.Step.REDO);
        guard.fitsArticle(restored, Guard.Step.REDO);
        if (!newActor.exists()) {
            restored = newActor.createAndBind(restored, restored.modified());
        }
        annotations.restore(new AnnotationService.DeletedAnnotation(restored, undone.claimsThatCitedIt()));
        undone = null;
        current = restored;
        return ChangeEffect.added(restored, newActor.wanted());
    }

    private Annotation createThroughService(Annotation wanted) {
        long article = wanted.articleId();
        return switch (wanted.body()) {
            case Highlight highlight -> annotations.createHighlight(article, wanted.start(), wanted.end());
            case QuoteDetails quote -> annotations.createQuote(article, wanted.start(), wanted.end(), quote);
            case ActorMention mention -> annotations.createActorMention(article, wanted.start(), wanted.end(), mention.actorId());
            case ClaimDetails claim -> annotations.createClaim(article, wanted.start(), wanted.end(), claim);
        };
    }

    @Override
    protected ChangeEffect revertStep() {
        Annotation stored = guard.sameDetails(current, Guard.Step.UNDO);
        undone = annotations.delete(stored.id());
        boolean actorRemoved = newActor.removeIfUnused();
        return ChangeEffect.removed(current, actorRemoved);
    }
}
