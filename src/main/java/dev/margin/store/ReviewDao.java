package dev.margin.store;

import dev.margin.domain.read.SearchQuery;
import dev.margin.domain.read.SavedFilter;
import dev.margin.domain.read.ReviewStats;
import dev.margin.domain.read.ReviewCount;
import dev.margin.domain.read.ReviewRow;
import dev.margin.domain.read.ReviewOrder;
import dev.margin.domain.read.AnnotationFilter;
import dev.margin.domain.read.ActorSummary;
import dev.margin.domain.read.ActorPage;
import dev.margin.domain.ClaimStatus;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read-side queries of the review views: the annotations browser (filtered, sorted, paged rows and their
 * count), actors with their counts and pages, claims by status, statistics, and the saved filters.
 *
 * <p>Every filter is an {@link AnnotationFilter}; a search text in it goes through
 * {@link SearchQuery#fromUserInput}, so anything a user types is safe. Failures throw {@link StoreException}.
 */
public interface ReviewDao {
    /**
     * One page of the annotations {@code filter} selects, in {@code order}: the rows from position {@code offset}
     * (0-based), at most {@code limit}. With search words, each row's text, note and article title carry the
     * matches marked. Best match first ({@link ReviewOrder#byDefault}) may rank only the newest matches of a search
     * that matches many and put the others after them, newest first ({@link #tally} says how many are ranked).
     */
    List<ReviewRow> rows(AnnotationFilter filter, ReviewOrder order, int offset, int limit);

    /** How many annotations {@code filter} selects. */
    int count(AnnotationFilter filter);

    /**
     * How many annotations {@code filter} selects, for showing beside its rows: exact up to at least 10,000, above
     * that possibly an estimate; and how many of them {@link #rows} ranks when ordered best match first. A store
     * that counts and ranks every match exactly keeps this default.
     */
    default ReviewCount tally(AnnotationFilter filter) {
        return ReviewCount.exactly(count(filter));
    }

    /** Every actor, by name, with how many quotes it gave, mentions it has and claims it made. */
    List<ActorSummary> actorSummaries();

    /** The actor's page, or empty when there is no such actor. */
    Optional<ActorPage> actorPage(long actorId);

    /** Claims among what {@code filter} selects, per status; every status present, zero included. */
    Map<ClaimStatus, Integer> claimCounts(AnnotationFilter filter);

    /** Counts for the statistics view over what {@code filter} selects, with the {@code topSpeakers} most-quoted speakers. */
    ReviewStats stats(AnnotationFilter filter, int topSpeakers);

    /** Every outlet that has an article, by name. */
    List<String> outlets();

    /** Saves {@code filter} under {@code name} (stripped, not blank), replacing a saved filter of the same name. */
    SavedFilter saveFilter(String name, AnnotationFilter filter, Instant now);

    /** The saved filters, by name. */
    List<SavedFilter> savedFilters();

    Optional<SavedFilter> savedFilter(String name);

    /** Deletes the saved filter; nothing happens when there is none of that id. */
    void deleteSavedFilter(long id);
}
