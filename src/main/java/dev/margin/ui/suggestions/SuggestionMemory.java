package dev.margin.ui.suggestions;

import dev.margin.domain.Article;
import dev.margin.suggest.Suggestion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The suggestions made for each article in this session, kept while the user reads another article, so that those
 * not yet answered are still there on coming back (issue 16, item 4). Accepted ones need no record here (they are
 * annotations by then) and rejected ones are also in the library; what is kept is the suggester's result and the
 * ids rejected since, for the article's revision it was made for: an edited text gets no stale offsets. The
 * articles used longest ago are forgotten first, past {@link #ARTICLES}.
 */
final class SuggestionMemory {
    /** How many articles' suggestions are kept at most. */
    static final int ARTICLES = 50;

    /** What was suggested for an article (at one revision) and what of it was rejected. */
    record Kept(Article article, List<Suggestion> suggestions, Set<String> rejectedIds) {
        Kept {
            suggestions = List.copyOf(suggestions);
            rejectedIds = Set.copyOf(rejectedIds);
        }
    }

    private final Map<Long, Kept> byArticle = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Kept> eldest) {
            return size() > ARTICLES;
        }
    };

    /** Keeps {@code suggestions} made for {@code article}, with the ids rejected since, replacing what was kept for it. */
    void keep(Article article, List<Suggestion> suggestions, Set<String> rejectedIds) {
        byArticle.put(article.id(), new Kept(article, suggestions, rejectedIds));
    }

    /** What was kept for {@code article}, if it was made for the same revision of its text. */
    Optional<Kept> recall(Article article) {
        Kept kept = byArticle.get(article.id());
        if (kept == null || kept.article().revision() != article.revision()) {
            return Optional.empty();
        }
        return Optional.of(kept);
    }
}
