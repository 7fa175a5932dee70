package dev.margin.store;

import dev.margin.domain.read.SearchQuery;
import dev.margin.domain.read.SearchHit;
import java.util.List;

/**
 * Full-text search over the library (SQLite FTS5).
 *
 * <p>An annotation is indexed with five columns: {@code exact} (the annotated words), {@code note},
 * {@code title} (its article's title), {@code actors} (the names and aliases of its speaker, mentioned actor or
 * claimant, or the outlet that makes a claim) and {@code article_notes} (its article's note and tags). The query is FTS5 syntax: words (all must match),
 * {@code "a phrase"}, {@code prefix*}, {@code OR}, {@code NOT}, {@code exact : word} for one column.
 * {@link SearchQuery#fromUserInput} turns what a user typed into a safe query of that kind.
 */
public interface SearchDao {
    /**
     * Annotations matching {@code ftsQuery}, best first (bm25, the annotated words weighing most),
     * at most {@code limit}. An empty or blank query finds nothing. A query FTS5 cannot parse
     * throws {@link StoreException} saying so. A store may rank only the newest of a very large number of matches
     * (the team library ranks the newest 500, see docs/TEAM.md); a query with fewer matches is ranked whole.
     */
    List<SearchHit> search(String ftsQuery, int limit);
}
