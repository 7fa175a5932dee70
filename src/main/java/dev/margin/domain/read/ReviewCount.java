package dev.margin.domain.read;

/**
 * How many annotations a filter selects, as the annotations browser shows it. {@code annotations} is exact when
 * {@code exact}; otherwise an estimate, made because counting every match of a common word in a large team library
 * takes longer than the search itself. {@code rankedByRelevance} is how many of the matches a best-match-first
 * order ranks: all of them, or only the newest ones when there are many (the rest follow newest first).
 */
public record ReviewCount(int annotations, boolean exact, int rankedByRelevance) {
    public ReviewCount {
        if (annotations < 0 || rankedByRelevance < 0 || rankedByRelevance > annotations) {
            throw new IllegalArgumentException("a count needs 0 <= ranked <= annotations, not " + rankedByRelevance + " of " + annotations);
        }
    }

    /** An exact count whose matches are all ranked. */
    public static ReviewCount exactly(int annotations) {
        return new ReviewCount(annotations, true, annotations);
    }

    /** Whether a best-match-first order leaves some matches unranked. */
    public boolean rankingPartial() {
        return rankedByRelevance < annotations;
    }
}
