package dev.margin.service;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorType;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Article;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.ClaimKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.QuoteType;
import dev.margin.store.Store;
import dev.margin.store.StoreException;
import dev.margin.suggest.QuoteProposal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Marks words of an article as the user describes the mark, by names rather than ids: what {@code margin annotate}
 * does, with the window's rules. A speaker, claimant or mentioned actor is found by {@link ActorNaming}'s rule and
 * created when new; a mention worded otherwise than its actor adds its words as an alias; a quote's type (when not
 * given), its speaker's mention and cue spans come from {@link QuoteProposals}; a claim inside a quote cites it.
 * Everything is saved through {@link AnnotationService} and {@link ActorService}, in one transaction.
 */
public final class MarkService {
    /**
     * What to mark and how; fields that do not apply to the kind are null. Names are as typed.
     *
     * @param quoteType null for the type proposed from the quotation marks
     * @param actorName the mentioned actor's name, null for the mention's own words
     * @param actorType the mentioned actor's type when it is new, null for a person
     */
    public record Request(AnnotationKind kind, String speaker, String cue, QuoteType quoteType, String actorName,
                          ActorType actorType, String claimant, ClaimStatus status, ClaimKind claimKind, String note,
                          List<String> tags) {
        public Request {
            Objects.requireNonNull(kind, "kind");
            tags = tags == null ? List.of() : List.copyOf(tags);
        }
    }

    private final Store store;
    private final AnnotationService annotations;
    private final ActorService actors;
    private final QuoteProposals proposals;

    public MarkService(Store store, AnnotationService annotations, ActorService actors, QuoteProposals proposals) {
        this.store = Objects.requireNonNull(store, "store");
        this.annotations = Objects.requireNonNull(annotations, "annotations");
        this.actors = Objects.requireNonNull(actors, "actors");
        this.proposals = Objects.requireNonNull(proposals, "proposals");
    }

    /**
     * Marks {@code [start, end)} of the article's current text, which must still read {@code expectedWords} (so
     * words found in one reading are not marked on another revision); returns the saved annotation.
     */
    public Annotation mark(long articleId, int start, int end, String expectedWords, Request request) {
        return store.inTransaction(() -> {
            Article article = store.articles().find(articleId)
                    .orElseThrow(() -> new StoreException("There is no article " + articleId + " in " + store.file() + "."));
            String text = article.text();
            if (start < 0 || end > text.length() || start >= end || !text.substring(start, end).equals(expectedWords)) {
                throw new StoreException("The article " + articleId + " changed while it was being marked; try again.");
            }
            Annotation saved = switch (request.kind()) {
                case QUOTE -> quote(article, start, end, request);
                case ACTOR -> mention(article, start, end, request);
                case CLAIM -> claim(article, start, end, request);
                case HIGHLIGHT -> annotations.createHighlight(articleId, start, end);
            };
            if (request.note() != null || !request.tags().isEmpty()) {
                Instant now = saved.modified();
                saved = annotations.update(saved.withNote(request.note() == null ? "" : request.note(), now).withTags(request.tags(), now));
            }
            return saved;
        });
    }

    private Annotation quote(Article article, int start, int end, Request request) {
        QuoteProposal proposal = proposals.propose(article.text(), start, end, actors.list());
        Long speakerId = request.speaker() == null || request.speaker().isBlank() ? null
                : actors.findOrCreate(request.speaker(), proposal.speakerType()).id();
        return annotations.createQuote(article.id(), start, end,
                QuoteProposals.details(proposal, request.speaker(), speakerId, request.cue(), request.quoteType()));
    }

    private Annotation mention(Article article, int start, int end, Request request) {
        String words = article.text().substring(start, end);
        String name = request.actorName() == null ? ActorNaming.mentionWords(words) : request.actorName();
        Actor actor = actors.findOrCreate(name, request.actorType() == null ? ActorType.PERSON : request.actorType());
        Actor withAlias = ActorNaming.withMentionAlias(actor, words);
        if (!withAlias.equals(actor)) {
            actors.setAliases(actor.id(), withAlias.aliases());
        }
        return annotations.createActorMention(article.id(), start, end, actor.id());
    }

    private Annotation claim(Article article, int start, int end, Request request) {
        Long claimantId = request.claimant() == null || request.claimant().isBlank() ? null
                : actors.findOrCreate(request.claimant(), ActorType.PERSON).id();
        UUID quoteId = store.annotations().forArticle(article.id()).stream()
                .filter(a -> a.kind() == AnnotationKind.QUOTE && a.start() <= start && a.end() >= end)
                .min(Comparator.comparingInt(a -> a.end() - a.start()))
                .map(Annotation::id).orElse(null);
        return annotations.createClaim(article.id(), start, end,
                new ClaimDetails("", claimantId, false, request.claimKind(), request.status(), List.of(), quoteId));
    }
}
