package dev.margin.service;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorMention;
import dev.margin.domain.ActorType;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Article;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.QuoteDetails;
import dev.margin.domain.Span;
import dev.margin.domain.SpeakerResolution;
import dev.margin.store.RejectedSuggestion;
import dev.margin.store.Store;
import dev.margin.store.StoreException;
import dev.margin.suggest.Suggester;
import dev.margin.suggest.Suggestion;
import dev.margin.suggest.SuggestionFilter;
import dev.margin.suggest.SuggestionKind;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Suggestions for a stored article, and the user's answers to them. {@link #suggest} runs the suggester
 * over the article with the library's actors (so "Okafor" finds the stored Adaeze Okafor by alias) and
 * leaves out what the user rejected or already marked. {@link #accept} turns a suggestion into an
 * annotation through {@link AnnotationService} and {@link ActorService}, creating or linking its actor,
 * in one transaction; {@link #reject} remembers a rejection. Every answer can be undone. Slow (the
 * suggester reads the whole text): call it off the UI thread.
 */
public final class SuggestionService {
    /** An article with the suggestions still open for it, in text order. */
    public record ArticleSuggestions(Article article, List<Suggestion> suggestions) {
        public ArticleSuggestions {
            Objects.requireNonNull(article, "article");
            suggestions = List.copyOf(suggestions);
        }
    }

    private final Store store;
    private final Clock clock;
    private final Supplier<Suggester> suggester;
    private Suggester loaded;
    private final AnnotationService annotations;
    private final ActorService actors;

    public SuggestionService(Store store, Clock clock, Suggester suggester, AnnotationService annotations, ActorService actors) {
        this(store, clock, () -> suggester, annotations, actors);
        Objects.requireNonNull(suggester, "suggester");
    }

    /**
     * As the other constructor, with the suggester made on first use: loading its word lists takes a
     * moment, which the window spends on the background thread at the first suggestion, not at start.
     */
    public SuggestionService(Store store, Clock clock, Supplier<Suggester> suggester, AnnotationService annotations,
                             ActorService actors) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.suggester = Objects.requireNonNull(suggester, "suggester");
        this.annotations = Objects.requireNonNull(annotations, "annotations");
        this.actors = Objects.requireNonNull(actors, "actors");
    }

    /** The suggestions for the article that are neither rejected nor already marked by the user, one per actor. */
    public ArticleSuggestions suggest(long articleId) {
        Article article = article(articleId);
        List<Suggestion> all = suggester().suggest(article.text(), store.actors().list(), article.language());
        RejectedSuggestions rejected = new RejectedSuggestions(store.rejectedSuggestions().forArticle(articleId), article.revision());
        Set<String> rejectedIds = rejected.idsAmong(all);
        List<Suggestion> unmarked = SuggestionFilter.withoutMarkedOrRejected(all, store.annotations().forArticle(articleId), Set.of());
        // one actor suggestion per actor, standing for all its mentions (accepting it links them all): a wire story
        // naming a few states forty times would otherwise bury its quotes and claims under the same names
        List<Suggestion> grouped = Suggester.oneSuggestionPerActor(unmarked);
        // A rejection is kept under the id of the mention the group stood on; the group is turned down as a whole,
        // so a rejected mention anywhere in it keeps the actor away (not its next mention in the group's place).
        Set<Span> rejectedActorSpans = new HashSet<>();
        for (Suggestion s : all) {
            if (s.kind() == SuggestionKind.ACTOR && rejectedIds.contains(s.id())) {
                rejectedActorSpans.add(new Span(s.start(), s.end()));
            }
        }
        List<Suggestion> open = grouped.stream().filter(s -> !rejectedIds.contains(s.id()))
                .filter(s -> s.kind() != SuggestionKind.ACTOR || s.mentions().stream().noneMatch(rejectedActorSpans::contains))
                .toList();
        return new ArticleSuggestions(article, open);
    }

    /**
     * Saves the suggestion as an annotation with its actor created or linked, in one transaction.
     * {@code context} (the other suggestions of the article) gives a speaker or claimant its type from
     * the actor suggestion of the same name. Refuses a suggestion made on other words than the article's
     * current ones, and one over words already marked as the same kind.
     */
    public AcceptedSuggestion accept(long articleId, Suggestion suggestion, List<Suggestion> context) {
        return store.inTransaction(() -> {
            Article article = article(articleId);
            checkStillApplies(article, suggestion);
            SuggestionAcceptance acceptance = new SuggestionAcceptance(store, actors, article, context);
            Annotation saved = switch (suggestion.kind()) {
                case QUOTE -> acceptQuote(article, suggestion, acceptance);
                case ACTOR -> acceptActor(article, suggestion, acceptance);
                case CLAIM -> acceptClaim(article, suggestion, acceptance);
            };
            List<Annotation> further = suggestion.kind() == SuggestionKind.ACTOR
                    ? linkFurtherMentions(article, suggestion, saved) : List.of();
            return new AcceptedSuggestion(suggestion, saved, further, acceptance.created(), acceptance.changedBefore());
        });
    }

    /** Accepts every suggestion of the kind among {@code open}, skipping those overlapping one accepted before; all or none. */
    public List<AcceptedSuggestion> acceptAll(long articleId, SuggestionKind kind, List<Suggestion> open) {
        return store.inTransaction(() -> {
            List<AcceptedSuggestion> accepted = new ArrayList<>();
            List<Annotation> marked = new ArrayList<>(store.annotations().forArticle(articleId));
            for (Suggestion suggestion : open) {
                if (suggestion.kind() == kind && !overlapsMarked(suggestion, marked)) {
                    AcceptedSuggestion one = accept(articleId, suggestion, open);
                    marked.addAll(one.annotations());
                    accepted.add(one);
                }
            }
            return accepted;
        });
    }

    /** Takes an acceptance back: the annotation is deleted, changed actors restored, created ones deleted when unused. */
    public void undoAccept(AcceptedSuggestion accepted) {
        store.inTransaction(() -> {
            annotations.delete(accepted.annotation().id());
            for (Annotation mention : accepted.furtherMentions()) {
                // a further mention deleted by hand since is simply gone already
                if (store.annotations().find(mention.id()).isPresent()) {
                    annotations.delete(mention.id());
                }
            }
            // An acceptance only adds a role to an existing actor: put back its roles, and keep what was edited
            // meanwhile elsewhere (a rename or new aliases in the review window).
            for (Actor before : accepted.changedActorsBefore()) {
                store.actors().find(before.id()).ifPresent(now -> store.actors().update(new Actor(now.id(), now.name(),
                        now.aliases(), now.type(), now.description(), now.externalId(), now.parentId(), before.roles())));
            }
            for (Actor created : accepted.createdActors()) {
                if (store.annotations().forActor(created.id()).isEmpty() && !isParentOfAnother(created.id())) {
                    store.actors().delete(created.id());
                }
            }
        });
    }

    /** Takes back several acceptances (an "accept all") together, the last first. */
    public void undoAcceptAll(List<AcceptedSuggestion> accepted) {
        store.inTransaction(() -> {
            for (int i = accepted.size() - 1; i >= 0; i--) {
                undoAccept(accepted.get(i));
            }
        });
    }

    /** Makes undone acceptances again together, each with its annotation id. */
    public List<AcceptedSuggestion> redoAcceptAll(List<AcceptedSuggestion> undone) {
        return store.inTransaction(() -> {
            List<AcceptedSuggestion> again = new ArrayList<>();
            for (AcceptedSuggestion one : undone) {
                again.add(redoAccept(one));
            }
            return again;
        });
    }

    /**
     * Makes an undone acceptance again with the same annotation id (so later changes in the undo history
     * still find it); actors it had created come back as new actors and the annotation points to them.
     */
    public AcceptedSuggestion redoAccept(AcceptedSuggestion undone) {
        return store.inTransaction(() -> {
            Annotation annotation = undone.annotation();
            List<Annotation> further = new ArrayList<>(undone.furtherMentions());
            List<Actor> created = new ArrayList<>();
            for (Actor gone : undone.createdActors()) {
                Optional<Actor> still = store.actors().find(gone.id());
                Actor now = still.orElseGet(() -> store.actors().insert(gone.withId(0)));
                created.add(now);
                annotation = annotation.withActorRepointed(gone.id(), now.id(), annotation.modified());
                further.replaceAll(mention -> mention.withActorRepointed(gone.id(), now.id(), mention.modified()));
            }
            List<Actor> changedBefore = new ArrayList<>();
            for (Actor before : undone.changedActorsBefore()) {
                Actor current = store.actors().find(before.id()).orElseThrow(() -> new StoreException(
                        "The actor \"" + before.name() + "\" is no longer in " + store.file() + "; the suggestion cannot be accepted again."));
                changedBefore.add(current);
                store.actors().update(SuggestionAcceptance.withRolesOf(current, undone.suggestion(), article(annotation.articleId())));
            }
            annotations.restore(new AnnotationService.DeletedAnnotation(annotation, List.of()));
            List<Annotation> marked = store.annotations().forArticle(annotation.articleId());
            List<Annotation> restored = new ArrayList<>();
            for (Annotation mention : further) {
                if (marked.stream().noneMatch(other -> other.kind() == AnnotationKind.ACTOR && other.start() < mention.end()
                        && mention.start() < other.end())) {
                    annotations.restore(new AnnotationService.DeletedAnnotation(mention, List.of()));
                    restored.add(mention);
                }
            }
            return new AcceptedSuggestion(undone.suggestion(), annotation, restored, created, changedBefore);
        });
    }

    /** Remembers that the user rejected the suggestion in this article; it is not offered there again. */
    public RejectedSuggestion reject(long articleId, Suggestion suggestion) {
        return store.inTransaction(() -> {
            Article article = article(articleId);
            checkStillApplies(article, suggestion);
            RejectedSuggestion rejection = new RejectedSuggestion(articleId, article.revision(), suggestion.id(),
                    annotationKind(suggestion.kind()), suggestion.start(), suggestion.end(), suggestion.exact(), clock.instant());
            store.rejectedSuggestions().reject(rejection);
            return rejection;
        });
    }

    /** Takes a rejection back (undo): the suggestion is offered again. */
    public void undoReject(RejectedSuggestion rejection) {
        store.inTransaction(() -> {
            store.rejectedSuggestions().unreject(rejection.articleId(), rejection.revision(), rejection.suggestionId());
        });
    }

    private Annotation acceptQuote(Article article, Suggestion s, SuggestionAcceptance acceptance) {
        boolean named = s.speaker() != null && !s.speaker().isBlank()
                && (s.resolution() == SpeakerResolution.EXPLICIT || s.resolution() == SpeakerResolution.PRONOUN);
        Long speakerId = named ? acceptance.actorFor(s.speaker(), null, acceptance.typeOf(s.speaker())).id() : null;
        SpeakerResolution resolution = s.resolution() == null
                ? (speakerId == null ? SpeakerResolution.UNATTRIBUTED : SpeakerResolution.EXPLICIT) : s.resolution();
        QuoteDetails details = new QuoteDetails(speakerId, s.speakerSpan(), s.cue(), s.cueSpan(), s.quoteType(), resolution);
        return annotations.createQuote(article.id(), s.start(), s.end(), details);
    }

    private Annotation acceptActor(Article article, Suggestion s, SuggestionAcceptance acceptance) {
        String name = s.actor() == null || s.actor().isBlank() ? s.exact() : s.actor();
        Actor actor = acceptance.actorFor(name, s.knownActorId(), s.actorType() == null ? ActorType.OTHER : s.actorType());
        if (s.role() != null && !s.role().isBlank()) {
            acceptance.recordRole(actor, s.role().strip());
        }
        return annotations.createActorMention(article.id(), s.start(), s.end(), actor.id());
    }

    /**
     * Links the actor's other mentions the suggestion found (every mention of the same actor stands in one suggestion)
     * to the same actor: each still reading as it did and not yet marked as an actor is marked now.
     */
    private List<Annotation> linkFurtherMentions(Article article, Suggestion s, Annotation first) {
        long actorId = ((ActorMention) first.body()).actorId();
        List<Annotation> marked = new ArrayList<>(store.annotations().forArticle(article.id()));
        List<Annotation> linked = new ArrayList<>();
        String text = article.text();
        for (Span mention : s.mentions()) {
            boolean sameAsFirst = mention.start() == s.start() && mention.end() == s.end();
            boolean inText = mention.start() >= 0 && mention.end() <= text.length() && mention.start() < mention.end();
            if (sameAsFirst || !inText || marked.stream().anyMatch(other -> other.kind() == AnnotationKind.ACTOR
                    && other.start() < mention.end() && mention.start() < other.end())) {
                continue;
            }
            Annotation saved = annotations.createActorMention(article.id(), mention.start(), mention.end(), actorId);
            marked.add(saved);
            linked.add(saved);
        }
        return linked;
    }

    private Annotation acceptClaim(Article article, Suggestion s, SuggestionAcceptance acceptance) {
        Long claimantId = s.claimant() == null || s.claimant().isBlank() ? null
                : acceptance.actorFor(s.claimant(), null, acceptance.typeOf(s.claimant())).id();
        UUID quoteId = store.annotations().forArticle(article.id()).stream()
                .filter(a -> a.kind() == AnnotationKind.QUOTE && a.start() <= s.start() && a.end() >= s.end())
                .min(Comparator.comparingInt(a -> a.end() - a.start()))
                .map(Annotation::id).orElse(null);
        ClaimDetails details = new ClaimDetails("", claimantId, false, s.claimKind(), ClaimStatus.UNVERIFIED, List.of(), quoteId);
        return annotations.createClaim(article.id(), s.start(), s.end(), details);
    }

    private synchronized Suggester suggester() {
        if (loaded == null) {
            loaded = Objects.requireNonNull(suggester.get(), "suggester");
        }
        return loaded;
    }

    private void checkStillApplies(Article article, Suggestion s) {
        String text = article.text();
        if (s.end() > text.length() || !text.substring(s.start(), s.end()).equals(s.exact())) {
            throw new StoreException("The article \"" + article.displayTitle() + "\" changed since the suggestion \""
                    + s.exact() + "\" was made; suggest again.");
        }
        List<Annotation> marked = store.annotations().forArticle(article.id());
        if (overlapsMarked(s, marked)) {
            throw new StoreException("\"" + s.exact() + "\" is already marked as a " + s.kind().name().toLowerCase(Locale.ROOT)
                    + " in \"" + article.displayTitle() + "\"; the suggestion was not saved over it.");
        }
    }

    private static boolean overlapsMarked(Suggestion s, List<Annotation> marked) {
        return !SuggestionFilter.withoutMarkedOrRejected(List.of(s), marked, Set.of()).contains(s);
    }

    private boolean isParentOfAnother(long actorId) {
        return store.actors().list().stream().anyMatch(a -> Objects.equals(a.parentId(), actorId));
    }

    private Article article(long articleId) {
        return store.articles().find(articleId)
                .orElseThrow(() -> new StoreException("There is no article " + articleId + " in " + store.file() + "."));
    }

    /** The annotation kind a suggestion of this kind becomes. */
    public static AnnotationKind annotationKind(SuggestionKind kind) {
        return switch (kind) {
            case QUOTE -> AnnotationKind.QUOTE;
            case ACTOR -> AnnotationKind.ACTOR;
            case CLAIM -> AnnotationKind.CLAIM;
        };
    }
}
