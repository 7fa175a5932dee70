package dev.margin.service;

import dev.margin.domain.Actor;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleAssessment;
import dev.margin.domain.ArticleDraft;
import dev.margin.domain.ArticleInfo;
import dev.margin.domain.ArticleSummary;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.Provenance;
import dev.margin.domain.QuoteDetails;
import dev.margin.domain.read.AnnotationFilter;
import dev.margin.domain.read.SavedFilter;
import dev.margin.store.ArticleRevision;
import dev.margin.store.RejectedSuggestion;
import dev.margin.store.Store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;

/**
 * Copies one library into another through the store contracts alone, so a local library goes into a team library
 * and a team library (or one person's part of it) into a local file, losing nothing: articles with every revision,
 * annotations with their notes, tags, colours, evidence and verdicts, actors with aliases, roles and parents (a merge
 * is kept as its result), saved filters, rejected suggestions, and who made and last changed each record, with its
 * version and times.
 *
 * <p>The whole copy is one transaction of the library copied into: a failure or a cancel leaves it as it was.
 * Articles and actors get the numbers the destination gives them; annotations keep their ids. What is already there
 * is not copied twice: an article with the same address or the same current text and the same revisions, an actor of
 * the same name and type, an annotation with the same id, a saved filter of the same name.
 */
public final class LibraryCopy {
    /** What a copy did, in counts. */
    public record Result(int articles, int articlesAlreadyThere, int articlesInAnotherVersion, int revisions, int annotations,
                         int annotationsAlreadyThere, int actors, int actorsAlreadyThere, int savedFilters,
                         int rejectedSuggestions, int claimsUnlinked) {
    }

    /** Progress: articles copied so far out of all to copy. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(int done, int total);
    }

    private final Store from;
    private final Store to;

    LibraryCopy(Store from, Store to) {
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
    }

    /** Who the library copied into records as maker of what it saves. */
    public String destinationUser() {
        return to.provenance().currentUser();
    }

    /**
     * Copies everything, or only the annotations {@code annotator} made (with the articles and actors they need) when
     * it is not null. Throws {@link IllegalStateException} when the destination may not record who made the copied
     * work (a team library's annotator), {@link CancellationException} when cancelled; in both nothing is copied.
     */
    public Result copy(String annotator, Progress progress, Cancellation cancellation) {
        if (!to.provenance().mayRecordOthersWork()) {
            throw new IllegalStateException("A copy keeps who made each record, which only an editor or admin of the library "
                    + to.file() + " may record (you are " + to.provenance().currentUser() + "). Nothing was copied.");
        }
        Plan plan = plan(annotator);
        return to.inTransaction(() -> new Run(plan, progress, cancellation).run());
    }

    /** What to copy: the articles and, per article, the annotations with their makers. */
    private record Plan(List<Long> articleIds, Map<Long, List<Annotation>> annotations, Map<Long, Map<UUID, Provenance>> makers,
                        Set<Long> actorIds, boolean everything) {
    }

    private Plan plan(String annotator) {
        List<Long> articleIds = new ArrayList<>();
        Map<Long, List<Annotation>> annotations = new LinkedHashMap<>();
        Map<Long, Map<UUID, Provenance>> makers = new LinkedHashMap<>();
        Set<Long> actorIds = new LinkedHashSet<>();
        List<ArticleSummary> summaries = new ArrayList<>(from.articles().listSummaries());
        summaries.sort(Comparator.comparingLong(ArticleSummary::id));
        for (ArticleSummary summary : summaries) {
            Map<UUID, Provenance> made = from.provenance().annotations(summary.id());
            List<Annotation> chosen = from.annotations().forArticle(summary.id()).stream()
                    .filter(a -> annotator == null || annotator.equals(made.get(a.id()).createdBy())).toList();
            if (annotator != null && chosen.isEmpty()) {
                continue;
            }
            articleIds.add(summary.id());
            annotations.put(summary.id(), chosen);
            makers.put(summary.id(), made);
            chosen.forEach(a -> actorIds.addAll(actorsNamed(a)));
        }
        if (annotator == null) {
            from.actors().list().forEach(actor -> actorIds.add(actor.id()));
        }
        return new Plan(articleIds, annotations, makers, withParents(actorIds), annotator == null);
    }

    private static List<Long> actorsNamed(Annotation annotation) {
        List<Long> ids = new ArrayList<>(2);
        switch (annotation.body()) {
            case QuoteDetails quote when quote.speakerActorId() != null -> ids.add(quote.speakerActorId());
            case ClaimDetails claim when claim.claimantActorId() != null -> ids.add(claim.claimantActorId());
            default -> {
                if (annotation.actorId() != null) {
                    ids.add(annotation.actorId());
                }
            }
        }
        return ids;
    }

    private Set<Long> withParents(Set<Long> actorIds) {
        Set<Long> all = new LinkedHashSet<>();
        for (Long id : actorIds) {
            Long current = id;
            while (current != null && all.add(current)) {
                current = from.actors().find(current).map(Actor::parentId).orElse(null);
            }
        }
        return all;
    }

    /** One copy's work inside the destination's transaction. */
    private final class Run {
        private final Plan plan;
        private final Progress progress;
        private final Cancellation cancellation;
        private final CopiedIds ids = new CopiedIds();
        private final Set<Long> articlesThere = new HashSet<>();
        private int articles, articlesAlreadyThere, articlesInAnotherVersion, revisions, annotations, annotationsAlreadyThere;
        private int actors, actorsAlreadyThere, savedFilters, rejected, claimsUnlinked;

        Run(Plan plan, Progress progress, Cancellation cancellation) {
            this.plan = plan;
            this.progress = progress;
            this.cancellation = cancellation;
        }

        Result run() {
            int total = plan.articleIds().size();
            progress.update(0, total);
            for (long id : plan.articleIds()) {
                checkCancelled();
                copyArticle(id);
            }
            copyActors();
            int done = 0;
            for (long id : plan.articleIds()) {
                checkCancelled();
                copyAnnotations(id);
                progress.update(++done, total);
            }
            if (plan.everything()) {
                copySavedFilters();
            }
            return new Result(articles, articlesAlreadyThere, articlesInAnotherVersion, revisions, annotations,
                    annotationsAlreadyThere, actors, actorsAlreadyThere, savedFilters, rejected, claimsUnlinked);
        }

        private void checkCancelled() {
            if (cancellation.isCancelled()) {
                throw new CancellationException("The copy was cancelled; nothing was copied.");
            }
        }

        private void copyArticle(long sourceId) {
            Article article = from.articles().find(sourceId).orElseThrow();
            List<ArticleRevision> history = from.articles().revisions(sourceId);
            Optional<Article> there = sameArticleThere(article);
            if (there.isPresent()) {
                if (to.articles().revisions(there.get().id()).stream().map(ArticleRevision::contentHash).toList()
                        .equals(history.stream().map(ArticleRevision::contentHash).toList())) {
                    ids.article(sourceId, there.get().id());
                    articlesThere.add(sourceId);
                    articlesAlreadyThere++;
                } else {
                    articlesInAnotherVersion++;
                }
                return;
            }
            ArticleRevision first = history.getFirst();
            Article copied = to.articles().insert(draft(article, first), first.importedAt());
            for (ArticleRevision revision : history.subList(1, history.size())) {
                to.articles().saveRevision(copied.id(), draft(article, revision), revision.importedAt());
            }
            ArticleAssessment assessment = from.articles().assessment(sourceId);
            if (!assessment.isEmpty()) {
                to.articles().updateInfo(copied.id(), ArticleInfo.of(article, assessment));
            }
            from.provenance().article(sourceId).ifPresent(made -> to.provenance().stampArticle(copied.id(), made));
            ids.article(sourceId, copied.id());
            articles++;
            revisions += history.size();
        }

        private Optional<Article> sameArticleThere(Article article) {
            Optional<Article> byUrl = article.url() == null ? Optional.empty() : to.articles().findByUrl(article.url());
            return byUrl.isPresent() ? byUrl : to.articles().findByContentHash(article.contentHash());
        }

        private static ArticleDraft draft(Article article, ArticleRevision revision) {
            return new ArticleDraft(article.title(), article.byline(), article.outlet(), article.url(), article.publishedDate(),
                    article.language(), revision.text(), revision.headings(), article.publishedTime());
        }

        /** Parents before children; an actor of the same name and type already there is used as it is. */
        private void copyActors() {
            List<Actor> pending = new ArrayList<>();
            for (long id : plan.actorIds()) {
                from.actors().find(id).ifPresent(pending::add);
            }
            pending.sort(Comparator.comparingLong(Actor::id));
            List<Actor> inserted = new ArrayList<>();
            for (Actor actor : pending) {
                Optional<Actor> there = to.actors().findByNameOrAlias(actor.name()).stream()
                        .filter(a -> a.name().equals(actor.name()) && a.type() == actor.type()).findFirst();
                if (there.isPresent()) {
                    ids.actor(actor.id(), there.get().id());
                    actorsAlreadyThere++;
                    continue;
                }
                Actor copy = new Actor(0, actor.name(), actor.aliases(), actor.type(), actor.description(), actor.externalId(), null,
                        actor.roles().stream().map(ids::role).toList());
                ids.actor(actor.id(), to.actors().insert(copy).id());
                inserted.add(actor);
                actors++;
            }
            for (Actor actor : inserted) {
                long copyId = ids.actor(actor.id());
                if (actor.parentId() != null && ids.actor(actor.parentId()) != null) {
                    Actor copy = to.actors().find(copyId).orElseThrow();
                    to.actors().update(new Actor(copyId, copy.name(), copy.aliases(), copy.type(), copy.description(),
                            copy.externalId(), ids.actor(actor.parentId()), copy.roles()));
                }
                Optional<Provenance> made = from.provenance().actor(actor.id());
                made.ifPresent(provenance -> to.provenance().stampActor(copyId, provenance));
            }
        }

        private void copyAnnotations(long sourceArticle) {
            if (!ids.hasArticle(sourceArticle)) {
                return;
            }
            List<Annotation> chosen = plan.annotations().get(sourceArticle);
            Set<UUID> copiedIds = new HashSet<>();
            Set<UUID> quotesThere = new HashSet<>();
            List<Annotation> fresh = new ArrayList<>();
            for (Annotation annotation : chosen) {
                if (to.annotations().find(annotation.id()).isPresent()) {
                    annotationsAlreadyThere++;
                    quotesThere.add(annotation.id());
                } else {
                    fresh.add(annotation);
                    copiedIds.add(annotation.id());
                }
            }
            quotesThere.addAll(copiedIds);
            for (Annotation annotation : fresh) {
                UUID cited = annotation.claim() == null ? null : annotation.claim().quoteId();
                if (cited != null && !quotesThere.contains(cited)) {
                    if (to.annotations().find(cited).isPresent()) {
                        quotesThere.add(cited);
                    } else {
                        claimsUnlinked++;
                    }
                }
            }
            List<Annotation> copies = fresh.stream().map(annotation -> ids.annotation(annotation, quotesThere)).toList();
            to.annotations().insertAll(copies);
            Map<UUID, Provenance> made = new LinkedHashMap<>();
            Map<UUID, Provenance> sourceMakers = plan.makers().get(sourceArticle);
            copiedIds.forEach(id -> made.put(id, sourceMakers.get(id)));
            to.provenance().stampAnnotations(made);
            annotations += copies.size();
            if (plan.everything() && !articlesThere.contains(sourceArticle)) {
                long target = ids.article(sourceArticle);
                for (RejectedSuggestion r : from.rejectedSuggestions().forArticle(sourceArticle)) {
                    to.rejectedSuggestions().reject(new RejectedSuggestion(target, r.revision(), r.suggestionId(), r.kind(), r.start(),
                            r.end(), r.exact(), r.rejectedAt()));
                    rejected++;
                }
            }
        }

        private void copySavedFilters() {
            for (SavedFilter saved : from.review().savedFilters()) {
                AnnotationFilter filter = ids.filter(saved.filter());
                if (filter == null || to.review().savedFilter(saved.name()).isPresent()) {
                    continue;
                }
                to.review().saveFilter(saved.name(), filter, saved.saved());
                savedFilters++;
            }
        }
    }
}
