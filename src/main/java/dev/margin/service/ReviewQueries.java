package dev.margin.service;

import dev.margin.domain.Actor;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleSummary;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.read.ActorPage;
import dev.margin.domain.read.ActorSummary;
import dev.margin.domain.read.AnnotationFilter;
import dev.margin.domain.read.ReviewCount;
import dev.margin.domain.read.ReviewOrder;
import dev.margin.domain.read.ReviewRow;
import dev.margin.domain.read.ReviewStats;
import dev.margin.domain.read.SavedFilter;
import dev.margin.domain.read.SearchHit;
import dev.margin.domain.read.SearchQuery;
import dev.margin.export.AnnotationActors;
import dev.margin.store.Store;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the review window and the read-only commands ({@code list}, {@code show}, {@code export --query}) read
 * from the library: search, the annotations browser's filtered rows, actors and their pages, claims by status,
 * statistics, the choices the filter controls offer, one article with its annotations, and the saved filters.
 * It hands out the read-model records of {@code dev.margin.domain.read}; each call reads the library as it
 * stands at one moment. The only writes are the user's saved filters, which belong to the browser's reading.
 */
public final class ReviewQueries {
    /** What the browser's filter controls offer: actors with their counts, tags, outlets, articles and annotators. */
    public record FilterChoices(List<ActorSummary> actors, List<String> tags, List<String> outlets, List<ArticleSummary> articles,
                                List<String> annotators) {
        public FilterChoices {
            actors = List.copyOf(actors);
            tags = List.copyOf(tags);
            outlets = List.copyOf(outlets);
            articles = List.copyOf(articles);
            annotators = List.copyOf(annotators);
        }

        public FilterChoices(List<ActorSummary> actors, List<String> tags, List<String> outlets, List<ArticleSummary> articles) {
            this(actors, tags, outlets, articles, List.of());
        }
    }

    /** An article with its annotations and, by id, every actor they name (a missing actor is simply absent). */
    public record AnnotatedArticle(Article article, List<Annotation> annotations, Map<Long, Actor> actors) {
        public AnnotatedArticle {
            annotations = List.copyOf(annotations);
            actors = Map.copyOf(actors);
        }
    }

    private final Store store;
    private final Clock clock;

    public ReviewQueries(Store store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Annotations whose words, note or article title match what the user typed (words all must match,
     * "a phrase", prefix*), best first, at most {@code limit}. Input with nothing to search for finds nothing.
     */
    public List<SearchHit> search(String userInput, int limit) {
        String ftsQuery = SearchQuery.fromUserInput(userInput);
        return ftsQuery.isEmpty() ? List.of() : store.search().search(ftsQuery, limit);
    }

    /** One page of what {@code filter} selects, in {@code order}: at most {@code limit} rows from position {@code offset}. */
    public List<ReviewRow> rows(AnnotationFilter filter, ReviewOrder order, int offset, int limit) {
        return store.review().rows(filter, order, offset, limit);
    }

    /** How many annotations {@code filter} selects. */
    public int count(AnnotationFilter filter) {
        return store.review().count(filter);
    }

    /** How many annotations {@code filter} selects, as the browser shows it (a large number may be estimated). */
    public ReviewCount tally(AnnotationFilter filter) {
        return store.review().tally(filter);
    }

    /** Every actor, by name, with its counts of quotes, mentions and claims. */
    public List<ActorSummary> actorSummaries() {
        return store.review().actorSummaries();
    }

    /** The actor's summary, or empty when there is no such actor (any more). */
    public Optional<ActorSummary> actorSummary(long actorId) {
        return actorSummaries().stream().filter(actor -> actor.id() == actorId).findFirst();
    }

    /** The actor's page (roles, quotes, claims, mentions), or empty when there is no such actor. */
    public Optional<ActorPage> actorPage(long actorId) {
        return store.review().actorPage(actorId);
    }

    /** How many claims among what {@code filter} selects have each status; every status is present. */
    public Map<ClaimStatus, Integer> claimCounts(AnnotationFilter filter) {
        return store.review().claimCounts(filter);
    }

    /** The statistics of what {@code filter} selects, with the {@code topSpeakers} most-quoted speakers. */
    public ReviewStats stats(AnnotationFilter filter, int topSpeakers) {
        return store.review().stats(filter, topSpeakers);
    }

    /** Every article, newest import first, with its annotation counts. */
    public List<ArticleSummary> articles() {
        return store.articles().listSummaries();
    }

    /** What the filter controls offer, read together so the lists agree with each other. */
    public FilterChoices filterChoices() {
        return store.inTransaction(() -> new FilterChoices(store.review().actorSummaries(), List.copyOf(store.tags().counts().keySet()),
                store.review().outlets(), store.articles().listSummaries(), store.provenance().annotators()));
    }

    /** Everyone who made an annotation in the library, by name. */
    public List<String> annotators() {
        return store.provenance().annotators();
    }

    /** The article with its annotations and the actors they name, read together; empty when there is no such article. */
    public Optional<AnnotatedArticle> annotatedArticle(long articleId) {
        return store.inTransaction(() -> store.articles().find(articleId).map(article -> {
            List<Annotation> annotations = store.annotations().forArticle(articleId);
            Map<Long, Actor> actors = new LinkedHashMap<>();
            for (Annotation annotation : annotations) {
                for (Long actorId : AnnotationActors.named(annotation)) {
                    if (!actors.containsKey(actorId)) {
                        store.actors().find(actorId).ifPresent(actor -> actors.put(actorId, actor));
                    }
                }
            }
            return new AnnotatedArticle(article, annotations, actors);
        }));
    }

    /** The saved filters, by name. */
    public List<SavedFilter> savedFilters() {
        return store.review().savedFilters();
    }

    public Optional<SavedFilter> savedFilter(String name) {
        return store.review().savedFilter(name);
    }

    /** Saves {@code filter} under {@code name} (stripped, not blank), replacing a saved filter of that name. */
    public SavedFilter saveFilter(String name, AnnotationFilter filter) {
        return store.inTransaction(() -> store.review().saveFilter(name, filter, clock.instant()));
    }

    /** Deletes the saved filter; nothing happens when there is none of that id. */
    public void deleteSavedFilter(long id) {
        store.inTransaction(() -> store.review().deleteSavedFilter(id));
    }
}
