package dev.margin.domain.read;

import dev.margin.domain.AnchorState;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ClaimStatus;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * What the annotations browser shows: every condition that is set must hold. An empty set or a null
 * value sets no condition; within one set any member will do (kinds QUOTE and CLAIM: quotes and claims).
 *
 * @param text         what the user typed into the search box: words (all must match), {@code "a phrase"},
 *                     {@code prefix*}; matched against the annotated words, the note and the article title.
 *                     Punctuation never becomes query syntax ({@link SearchQuery#fromUserInput}); text
 *                     without any letter or digit sets no condition.
 * @param actorId      an actor the annotation names ...
 * @param actorLinks   ... in one of these ways (empty: any way)
 * @param tags         carries at least one of these tags
 * @param statuses     a claim with one of these statuses (so only claims)
 * @param outlets      from an article of one of these outlets
 * @param articleId    from this article
 * @param from         from an article dated on or after this day (undated articles drop out)
 * @param to           from an article dated on or before this day (undated articles drop out)
 * @param anchorStates whose anchor is in one of these states (ORPHANED: needs re-attaching)
 * @param annotators   made by one of these people (the names a library records as makers)
 */
public record AnnotationFilter(String text, Set<AnnotationKind> kinds, Long actorId, Set<ActorLink> actorLinks,
                               Set<String> tags, Set<ClaimStatus> statuses, Set<String> outlets, Long articleId,
                               LocalDate from, LocalDate to, Set<AnchorState> anchorStates, Set<String> annotators) {
    private static final AnnotationFilter NONE = new AnnotationFilter("", Set.of(), null, Set.of(), Set.of(), Set.of(),
            Set.of(), null, null, null, Set.of(), Set.of());

    public AnnotationFilter {
        text = text == null ? "" : text;
        kinds = copy(kinds);
        actorLinks = copy(actorLinks);
        tags = copy(tags);
        statuses = copy(statuses);
        outlets = copy(outlets);
        anchorStates = copy(anchorStates);
        annotators = copy(annotators);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("The date range starts on " + from + ", after it ends on " + to + ".");
        }
    }

    /** A filter on everyone's annotations (no annotator condition). */
    public AnnotationFilter(String text, Set<AnnotationKind> kinds, Long actorId, Set<ActorLink> actorLinks,
                            Set<String> tags, Set<ClaimStatus> statuses, Set<String> outlets, Long articleId,
                            LocalDate from, LocalDate to, Set<AnchorState> anchorStates) {
        this(text, kinds, actorId, actorLinks, tags, statuses, outlets, articleId, from, to, anchorStates, Set.of());
    }

    private static <T> Set<T> copy(Collection<T> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }

    /** Every annotation. */
    public static AnnotationFilter none() {
        return NONE;
    }

    /** The FTS5 query for {@link #text}; empty when it holds no words. */
    public String ftsQuery() {
        return SearchQuery.fromUserInput(text);
    }

    /** True when no condition is set. */
    public boolean isEmpty() {
        return ftsQuery().isEmpty() && kinds.isEmpty() && actorId == null && tags.isEmpty() && statuses.isEmpty()
                && outlets.isEmpty() && articleId == null && from == null && to == null && anchorStates.isEmpty()
                && annotators.isEmpty();
    }

    public AnnotationFilter withText(String newText) {
        return new AnnotationFilter(newText, kinds, actorId, actorLinks, tags, statuses, outlets, articleId, from, to, anchorStates, annotators);
    }

    public AnnotationFilter withKinds(Collection<AnnotationKind> newKinds) {
        return new AnnotationFilter(text, Set.copyOf(newKinds), actorId, actorLinks, tags, statuses, outlets, articleId, from, to, anchorStates, annotators);
    }

    public AnnotationFilter withActor(Long newActorId, Collection<ActorLink> links) {
        return new AnnotationFilter(text, kinds, newActorId, links == null ? Set.of() : Set.copyOf(links), tags, statuses, outlets,
                articleId, from, to, anchorStates, annotators);
    }

    public AnnotationFilter withTags(Collection<String> newTags) {
        return new AnnotationFilter(text, kinds, actorId, actorLinks, Set.copyOf(newTags), statuses, outlets, articleId, from, to, anchorStates, annotators);
    }

    public AnnotationFilter withStatuses(Collection<ClaimStatus> newStatuses) {
        return new AnnotationFilter(text, kinds, actorId, actorLinks, tags, Set.copyOf(newStatuses), outlets, articleId, from, to, anchorStates, annotators);
    }

    public AnnotationFilter withOutlets(Collection<String> newOutlets) {
        return new AnnotationFilter(text, kinds, actorId, actorLinks, tags, statuses, Set.copyOf(newOutlets), articleId, from, to, anchorStates, annotators);
    }

    public AnnotationFilter withArticle(Long newArticleId) {
        return new AnnotationFilter(text, kinds, actorId, actorLinks, tags, statuses, outlets, newArticleId, from, to, anchorStates, annotators);
    }

    public AnnotationFilter withDates(LocalDate newFrom, LocalDate newTo) {
        return new AnnotationFilter(text, kinds, actorId, actorLinks, tags, statuses, outlets, articleId, newFrom, newTo, anchorStates, annotators);
    }

    public AnnotationFilter withAnchorStates(Collection<AnchorState> states) {
        return new AnnotationFilter(text, kinds, actorId, actorLinks, tags, statuses, outlets, articleId, from, to, Set.copyOf(states), annotators);
    }

    public AnnotationFilter withAnnotators(Collection<String> names) {
        return new AnnotationFilter(text, kinds, actorId, actorLinks, tags, statuses, outlets, articleId, from, to, anchorStates,
                Set.copyOf(names));
    }
}
